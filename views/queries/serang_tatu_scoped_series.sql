-- ST-01, ST-02, ST-03 and ST-05 per month for a subset of services (a partner OPD's own), with the
-- same formulas as pipelines/sql/30_indicators/20_serang_tatu.sql. No targets: those are set for
-- all services together. ST-04 (median time) cannot be combined from per-service medians.
WITH requests AS (
    SELECT periode, sum(permohonan) AS permohonan,
           sum(permohonan) FILTER (WHERE kanal = 'daring') AS daring,
           sum(selesai) AS selesai, sum(selesai_sla) AS selesai_sla, bool_or(is_demo) AS is_demo
    FROM mart.service_monthly
    WHERE list_contains($programs, 'serang-tatu') AND list_contains($services, layanan) AND periode <= $bulan
    GROUP BY periode
),
backlog AS (
    SELECT periode, sum(tunggakan) AS tunggakan, bool_or(is_demo) AS is_demo
    FROM mart.service_backlog_monthly
    WHERE list_contains($programs, 'serang-tatu') AND list_contains($services, layanan) AND periode <= $bulan
    GROUP BY periode
)
SELECT 'ST-01' AS kode, periode, permohonan::DOUBLE AS nilai, is_demo FROM requests
UNION ALL
SELECT 'ST-02', periode, 100.0 * coalesce(daring, 0) / permohonan, is_demo FROM requests WHERE permohonan > 0
UNION ALL
SELECT 'ST-03', periode, 100.0 * selesai_sla / selesai, is_demo FROM requests WHERE selesai > 0
UNION ALL
SELECT 'ST-05', periode, tunggakan::DOUBLE, is_demo FROM backlog
ORDER BY kode, periode;
