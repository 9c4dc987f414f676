-- Transformer per month over a window: riders per operating day, trips, km, avoided trips, fuel and CO2e.
SELECT periode, max(hari_operasi) AS hari_operasi, sum(penumpang) AS penumpang,
       sum(penumpang) / nullif(max(hari_operasi), 0) AS penumpang_per_hari,
       sum(perjalanan) AS perjalanan, sum(jarak_km) AS jarak_km,
       sum(perjalanan_pribadi_dihindari) AS perjalanan_pribadi_dihindari,
       sum(bbm_dihemat_liter) AS bbm_dihemat_liter, sum(co2e_dihindari_ton) AS co2e_dihindari_ton,
       bool_or(is_demo) AS is_demo
FROM mart.transformer_monthly
WHERE list_contains($programs, 'transformer') AND periode BETWEEN $start AND $end
GROUP BY periode
ORDER BY periode;
