-- Transformer per operating day of one month: riders, trips, km and what was avoided.
SELECT tanggal, sum(penumpang) AS penumpang, sum(perjalanan) AS perjalanan, sum(jarak_km) AS jarak_km,
       sum(perjalanan_pribadi_dihindari) AS perjalanan_pribadi_dihindari,
       sum(bbm_dihemat_liter) AS bbm_dihemat_liter, sum(co2e_dihindari_ton) AS co2e_dihindari_ton,
       bool_or(is_demo) AS is_demo
FROM mart.transformer_daily
WHERE list_contains($programs, 'transformer') AND periode = $bulan
GROUP BY tanggal
ORDER BY tanggal;
