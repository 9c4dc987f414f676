-- Serang Tatu marts: requests per month/kecamatan/service/channel, per desa and service, processing time, backlog.
CREATE OR REPLACE TABLE mart.service_monthly AS
SELECT
    periode, kode_kec, layanan, kanal,
    count(*) AS permohonan,
    count(*) FILTER (WHERE status = 'selesai') AS selesai,
    count(*) FILTER (WHERE status = 'selesai' AND durasi_hari <= sla_days) AS selesai_sla,
    count(*) FILTER (WHERE status = 'ditolak') AS ditolak,
    bool_or(is_demo) AS is_demo
FROM staging.service_request
GROUP BY ALL;

-- Per desa and service, so a partner OPD's desa drill-down can be limited to its own services.
CREATE OR REPLACE TABLE mart.service_desa_monthly AS
SELECT periode, kode_desa, kode_kec, layanan,
       count(*) AS permohonan,
       count(*) FILTER (WHERE kanal = 'daring') AS daring,
       bool_or(is_demo) AS is_demo
FROM staging.service_request
GROUP BY ALL;

-- Processing time of requests completed in the month, per service (kabupaten-wide).
CREATE OR REPLACE TABLE mart.service_processing_monthly AS
SELECT strftime(waktu_selesai, '%Y-%m') AS periode, layanan,
       any_value(sla_days) AS sla_hari,
       count(*) AS selesai,
       median(durasi_hari) AS median_hari,
       quantile_cont(durasi_hari, 0.9) AS p90_hari,
       avg(CASE WHEN durasi_hari <= sla_days THEN 100.0 ELSE 0.0 END) AS persen_sesuai_sla,
       bool_or(is_demo) AS is_demo
FROM staging.service_request
WHERE status = 'selesai' AND waktu_selesai IS NOT NULL
GROUP BY ALL;

-- Backlog at each month end: open requests already older than their standard time.
CREATE OR REPLACE TABLE mart.service_backlog_monthly AS
WITH late_requests AS (
    SELECT kode_kec, layanan, waktu_masuk + to_days(sla_days::INTEGER) AS overdue_from, waktu_selesai, is_demo
    FROM staging.service_request
    WHERE waktu_selesai IS NULL OR durasi_hari > sla_days
)
SELECT m.periode, r.kode_kec, r.layanan, count(*) AS tunggakan, bool_or(r.is_demo) AS is_demo
FROM staging.month AS m
JOIN late_requests AS r
  ON r.overdue_from < m.next_month_start
 AND (r.waktu_selesai IS NULL OR r.waktu_selesai >= m.next_month_start)
GROUP BY ALL;
