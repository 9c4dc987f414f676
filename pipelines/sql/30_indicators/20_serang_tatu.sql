-- ST-01..ST-05 per month for the kabupaten and each kecamatan (ST-01 also per desa).
CREATE OR REPLACE TABLE ind.computed_serang_tatu AS
WITH by_kecamatan AS (
    SELECT periode, kode_kec AS kode_wilayah,
           sum(permohonan) AS permohonan,
           sum(permohonan) FILTER (WHERE kanal = 'daring') AS daring,
           sum(selesai) AS selesai, sum(selesai_sla) AS selesai_sla,
           bool_or(is_demo) AS is_demo
    FROM mart.service_monthly GROUP BY ALL
),
levels AS (
    SELECT * FROM by_kecamatan
    UNION ALL
    SELECT periode, (SELECT region_code FROM meta.build), sum(permohonan), sum(daring), sum(selesai),
           sum(selesai_sla), bool_or(is_demo)
    FROM by_kecamatan GROUP BY periode
),
processing AS (
    SELECT strftime(waktu_selesai, '%Y-%m') AS periode, kode_kec, durasi_hari, is_demo
    FROM staging.service_request WHERE status = 'selesai' AND waktu_selesai IS NOT NULL
),
median_time AS (
    SELECT periode, kode_kec AS kode_wilayah, median(durasi_hari) AS hari, bool_or(is_demo) AS is_demo
    FROM processing GROUP BY ALL
    UNION ALL
    SELECT periode, (SELECT region_code FROM meta.build), median(durasi_hari), bool_or(is_demo)
    FROM processing GROUP BY periode
),
backlog AS (
    SELECT periode, kode_kec AS kode_wilayah, sum(tunggakan) AS tunggakan, bool_or(is_demo) AS is_demo
    FROM mart.service_backlog_monthly GROUP BY ALL
    UNION ALL
    SELECT periode, (SELECT region_code FROM meta.build), sum(tunggakan), bool_or(is_demo)
    FROM mart.service_backlog_monthly GROUP BY periode
)
SELECT 'ST-01' AS kode_indikator, periode, kode_wilayah, permohonan::DOUBLE AS nilai, is_demo FROM levels
UNION ALL
SELECT 'ST-01', periode, kode_desa, sum(permohonan)::DOUBLE, bool_or(is_demo) FROM mart.service_desa_monthly
GROUP BY periode, kode_desa
UNION ALL
SELECT 'ST-02', periode, kode_wilayah, 100.0 * coalesce(daring, 0) / permohonan, is_demo FROM levels WHERE permohonan > 0
UNION ALL
SELECT 'ST-03', periode, kode_wilayah, 100.0 * selesai_sla / selesai, is_demo FROM levels WHERE selesai > 0
UNION ALL
SELECT 'ST-04', periode, kode_wilayah, hari, is_demo FROM median_time
UNION ALL
SELECT 'ST-05', periode, kode_wilayah, tunggakan::DOUBLE, is_demo FROM backlog;
