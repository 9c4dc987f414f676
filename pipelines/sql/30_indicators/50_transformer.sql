-- TR-01 riders per operating day, TR-02 trips, TR-03 private trips avoided, TR-04 CO2e avoided (t),
-- TR-05 fuel saved (l); per month for the kabupaten (routes cross kecamatan boundaries).
CREATE OR REPLACE TABLE ind.computed_transformer AS
WITH monthly AS (
    SELECT periode,
           sum(penumpang) AS penumpang,
           count(DISTINCT tanggal) AS hari_operasi,
           sum(perjalanan) AS perjalanan,
           sum(perjalanan_pribadi_dihindari) AS dihindari,
           sum(co2e_dihindari_ton) AS co2e,
           sum(bbm_dihemat_liter) AS bbm,
           bool_or(is_demo) AS is_demo
    FROM mart.transformer_daily GROUP BY periode
),
region AS (SELECT region_code FROM meta.build)
SELECT 'TR-01' AS kode_indikator, periode, (SELECT region_code FROM region) AS kode_wilayah,
       penumpang / hari_operasi AS nilai, is_demo
FROM monthly WHERE hari_operasi > 0
UNION ALL SELECT 'TR-02', periode, (SELECT region_code FROM region), perjalanan::DOUBLE, is_demo FROM monthly
UNION ALL SELECT 'TR-03', periode, (SELECT region_code FROM region), dihindari::DOUBLE, is_demo FROM monthly
UNION ALL SELECT 'TR-04', periode, (SELECT region_code FROM region), co2e, is_demo FROM monthly
UNION ALL SELECT 'TR-05', periode, (SELECT region_code FROM region), bbm, is_demo FROM monthly;
