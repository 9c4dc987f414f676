-- SK-01 villages designated per year, SK-02 visitors per month, SK-03 share rated berkembang or
-- higher per year, SK-04 share of registered villages reporting visitors per month.
CREATE OR REPLACE TABLE ind.computed_sikonde AS
WITH category AS (
    SELECT tahun, kode_desa, kode_kec, kategori, is_demo FROM staging.desa_wisata_category
),
category_levels AS (
    SELECT tahun, kode_kec AS kode_wilayah, count(*) AS desa,
           count(*) FILTER (WHERE kategori <> 'rintisan') AS berkembang_ke_atas, bool_or(is_demo) AS is_demo
    FROM category GROUP BY ALL
    UNION ALL
    SELECT tahun, (SELECT region_code FROM meta.build), count(*),
           count(*) FILTER (WHERE kategori <> 'rintisan'), bool_or(is_demo)
    FROM category GROUP BY tahun
),
visits AS (
    SELECT periode, kode_desa, kode_kec, pengunjung, is_demo FROM staging.tourism_visit
),
reporting AS (
    SELECT m.periode,
           count(DISTINCT c.kode_desa) AS terdaftar,
           count(DISTINCT v.kode_desa) AS melapor,
           bool_or(c.is_demo) AS is_demo
    FROM staging.month AS m
    JOIN category AS c ON c.tahun = m.tahun
    LEFT JOIN visits AS v ON v.kode_desa = c.kode_desa AND v.periode = m.periode
    GROUP BY m.periode
)
SELECT 'SK-01' AS kode_indikator, tahun::VARCHAR AS periode, kode_wilayah, desa::DOUBLE AS nilai, is_demo
FROM category_levels
UNION ALL
SELECT 'SK-02', periode, kode_desa, pengunjung::DOUBLE, is_demo FROM visits
UNION ALL
SELECT 'SK-02', periode, kode_kec, sum(pengunjung)::DOUBLE, bool_or(is_demo) FROM visits GROUP BY periode, kode_kec
UNION ALL
SELECT 'SK-02', periode, (SELECT region_code FROM meta.build), sum(pengunjung)::DOUBLE, bool_or(is_demo)
FROM visits GROUP BY periode
UNION ALL
SELECT 'SK-03', tahun::VARCHAR, kode_wilayah, 100.0 * berkembang_ke_atas / desa, is_demo FROM category_levels
UNION ALL
SELECT 'SK-04', periode, (SELECT region_code FROM meta.build), 100.0 * melapor / terdaftar, is_demo
FROM reporting WHERE terdaftar > 0;
