-- Transformer per route in one month, with the kecamatan the route starts from when its name
-- begins with a kecamatan name ("Kramatwatu – Puspemkab"); routes inside the offices' area have none.
WITH daily AS (
    SELECT rute, moda, count(DISTINCT tanggal) AS hari_operasi, sum(perjalanan) AS perjalanan,
           sum(penumpang) AS penumpang, sum(jarak_km) AS jarak_km,
           sum(perjalanan_pribadi_dihindari) AS perjalanan_pribadi_dihindari,
           sum(km_pribadi_dihindari) AS km_pribadi_dihindari,
           sum(bbm_dihemat_liter) AS bbm_dihemat_liter, sum(co2e_dihindari_ton) AS co2e_dihindari_ton,
           bool_or(is_demo) AS is_demo
    FROM mart.transformer_daily
    WHERE list_contains($programs, 'transformer') AND periode = $bulan
    GROUP BY rute, moda
)
SELECT d.*, k.kode AS kode_kec, k.nama AS nama_kecamatan
FROM daily AS d
LEFT JOIN ref.kecamatan AS k ON lower(k.nama) = lower(trim(split_part(d.rute, '–', 1)))
ORDER BY d.penumpang DESC;
