-- SP-01 yearly production (complete years only), SP-02 monthly production,
-- SP-03 share of OVOP products certified and SP-04 villages with OVOP products (cumulative by year).
CREATE OR REPLACE TABLE ind.computed_sentra_perikanan AS
WITH production AS (
    SELECT periode, left(periode, 4) AS tahun, kode_desa, kode_kec, volume_ton, is_demo FROM staging.fish_production
),
complete_years AS (
    SELECT tahun FROM production GROUP BY tahun HAVING count(DISTINCT periode) = 12
),
years AS (
    SELECT DISTINCT tahun FROM staging.month
),
ovop_cumulative AS (
    SELECT y.tahun, o.kode_desa, o.kode_kec, o.sertifikasi, o.is_demo
    FROM years AS y
    JOIN staging.ovop_product AS o ON o.tahun_terdaftar <= y.tahun
    WHERE y.tahun <= (SELECT left(end_month, 4)::INTEGER FROM meta.build)
),
ovop_levels AS (
    SELECT tahun, kode_kec AS kode_wilayah, count(*) AS produk,
           count(*) FILTER (WHERE sertifikasi <> 'belum') AS bersertifikat,
           count(DISTINCT kode_desa) AS desa, bool_or(is_demo) AS is_demo
    FROM ovop_cumulative GROUP BY ALL
    UNION ALL
    SELECT tahun, (SELECT region_code FROM meta.build), count(*), count(*) FILTER (WHERE sertifikasi <> 'belum'),
           count(DISTINCT kode_desa), bool_or(is_demo)
    FROM ovop_cumulative GROUP BY tahun
)
SELECT 'SP-01' AS kode_indikator, tahun AS periode, kode_kec AS kode_wilayah, sum(volume_ton) AS nilai,
       bool_or(is_demo) AS is_demo
FROM production WHERE tahun IN (SELECT tahun FROM complete_years) GROUP BY tahun, kode_kec
UNION ALL
SELECT 'SP-01', tahun, (SELECT region_code FROM meta.build), sum(volume_ton), bool_or(is_demo)
FROM production WHERE tahun IN (SELECT tahun FROM complete_years) GROUP BY tahun
UNION ALL
SELECT 'SP-02', periode, kode_desa, sum(volume_ton), bool_or(is_demo) FROM production GROUP BY periode, kode_desa
UNION ALL
SELECT 'SP-02', periode, kode_kec, sum(volume_ton), bool_or(is_demo) FROM production GROUP BY periode, kode_kec
UNION ALL
SELECT 'SP-02', periode, (SELECT region_code FROM meta.build), sum(volume_ton), bool_or(is_demo)
FROM production GROUP BY periode
UNION ALL
SELECT 'SP-03', tahun::VARCHAR, kode_wilayah, 100.0 * bersertifikat / produk, is_demo FROM ovop_levels
UNION ALL
SELECT 'SP-04', tahun::VARCHAR, kode_wilayah, desa::DOUBLE, is_demo FROM ovop_levels;
