-- Serang Tatu requests. Real rows replace sample rows month by month.
CREATE OR REPLACE TABLE staging.service_request AS
WITH source AS (
    SELECT *, strftime(waktu_masuk, '%Y-%m') AS periode FROM raw.service_request
),
real_months AS (
    SELECT DISTINCT periode FROM source WHERE NOT _is_demo
)
SELECT
    s.id_permohonan,
    s.layanan,
    s.kanal,
    s.kode_desa,
    d.kode_kec,
    s.waktu_masuk,
    s.waktu_selesai,
    s.status,
    s.periode,
    sv.sla_days,
    date_diff('minute', s.waktu_masuk, s.waktu_selesai) / 1440.0 AS durasi_hari,
    s._is_demo AS is_demo
FROM source AS s
JOIN ref.desa AS d ON d.kode = s.kode_desa
LEFT JOIN catalog.service AS sv ON sv.id = s.layanan
WHERE NOT s._is_demo OR s.periode NOT IN (SELECT periode FROM real_months);
