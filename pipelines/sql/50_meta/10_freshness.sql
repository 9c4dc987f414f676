-- Is each indicator's data on time? The expected latest period is the last one that ended at
-- least `freshness_grace_days.<frequency>` days before the build date (meta.build.as_of).
CREATE OR REPLACE TABLE meta.indicator_freshness AS
WITH expected AS (
    SELECT i.kode, i.opd, i.program, i.frequency,
           setting_value('freshness_grace_days.' || i.frequency) AS grace,
           b.as_of - to_days(setting_value('freshness_grace_days.' || i.frequency)::INTEGER) + INTERVAL 1 DAY AS cutoff
    FROM catalog.indicator AS i CROSS JOIN meta.build AS b
),
expected_period AS (
    SELECT *,
           CASE frequency
               WHEN 'monthly' THEN strftime(date_trunc('month', cutoff) - INTERVAL 1 MONTH, '%Y-%m')
               WHEN 'quarterly' THEN strftime(date_trunc('quarter', cutoff) - INTERVAL 3 MONTH, '%Y') || '-Q'
                                     || quarter(date_trunc('quarter', cutoff) - INTERVAL 3 MONTH)
               ELSE (year(cutoff) - 1)::VARCHAR
           END AS periode_diharapkan
    FROM expected
),
latest AS (
    SELECT kode_indikator, max(periode_akhir) AS akhir_terakhir, arg_max(periode, periode_akhir) AS periode_terakhir,
           arg_max(source_kind, periode_akhir) AS source_kind
    FROM ind.indicator_value GROUP BY kode_indikator
)
SELECT e.kode AS kode_indikator, e.opd, e.program, e.frequency, e.periode_diharapkan,
       l.periode_terakhir, l.source_kind,
       CASE WHEN l.periode_terakhir IS NULL THEN 'belum_pernah'
            WHEN l.akhir_terakhir >= period_end(e.periode_diharapkan) THEN 'tepat_waktu'
            ELSE 'terlambat' END AS status,
       CASE WHEN l.akhir_terakhir IS NULL OR l.akhir_terakhir >= period_end(e.periode_diharapkan) THEN 0
            ELSE date_diff('day', period_end(e.periode_diharapkan), (SELECT as_of FROM meta.build)) - e.grace::INTEGER
       END AS hari_terlambat
FROM expected_period AS e
LEFT JOIN latest AS l ON l.kode_indikator = e.kode;
