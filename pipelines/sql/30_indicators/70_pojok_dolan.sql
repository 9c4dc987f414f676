-- PD-01 active sites, PD-02 visits, PD-03 kecamatan with a site, PD-04 visits per active site (monthly).
CREATE OR REPLACE TABLE ind.computed_pojok_dolan AS
WITH visits AS (
    SELECT periode, kode_desa, kode_kec, nama_lokasi, kunjungan, is_demo FROM staging.pojok_dolan_visit
),
levels AS (
    SELECT periode, kode_desa AS kode_wilayah, count(*) FILTER (WHERE kunjungan > 0) AS aktif,
           sum(kunjungan) AS kunjungan, bool_or(is_demo) AS is_demo
    FROM visits GROUP BY periode, kode_desa
    UNION ALL
    SELECT periode, kode_kec, count(*) FILTER (WHERE kunjungan > 0), sum(kunjungan), bool_or(is_demo)
    FROM visits GROUP BY periode, kode_kec
    UNION ALL
    SELECT periode, (SELECT region_code FROM meta.build), count(*) FILTER (WHERE kunjungan > 0),
           sum(kunjungan), bool_or(is_demo)
    FROM visits GROUP BY periode
),
coverage AS (
    SELECT m.periode, count(DISTINCT s.kode_kec) AS kecamatan, bool_or(s.is_demo) AS is_demo
    FROM staging.month AS m
    JOIN staging.pojok_dolan_site AS s ON s.tahun_mulai <= m.tahun
    WHERE m.periode >= (SELECT min(periode) FROM visits)
    GROUP BY m.periode
)
SELECT 'PD-01' AS kode_indikator, periode, kode_wilayah, aktif::DOUBLE AS nilai, is_demo FROM levels
UNION ALL SELECT 'PD-02', periode, kode_wilayah, kunjungan::DOUBLE, is_demo FROM levels
UNION ALL SELECT 'PD-03', periode, (SELECT region_code FROM meta.build), kecamatan::DOUBLE, is_demo FROM coverage
UNION ALL SELECT 'PD-04', periode, kode_wilayah, kunjungan / aktif, is_demo FROM levels WHERE aktif > 0 AND length(kode_wilayah) <= 8;
