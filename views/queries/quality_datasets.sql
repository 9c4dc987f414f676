-- Each dataset: rows (sample and real), latest month, last load; monthly datasets are late when their
-- latest month is older than the last month that ended `freshness_grace_days.monthly` days ago.
WITH expected AS (
    SELECT strftime(date_trunc('month', as_of - to_days((SELECT value FROM catalog.setting
               WHERE key = 'freshness_grace_days.monthly')::INTEGER) + INTERVAL 1 DAY) - INTERVAL 1 MONTH, '%Y-%m')
           AS bulan_diharapkan
    FROM meta.build
)
SELECT s.opd, s.dataset, s.program, s.baris, s.baris_contoh, s.baris_nyata, s.periode_terakhir,
       e.bulan_diharapkan,
       CASE WHEN s.periode_terakhir IS NULL THEN NULL
            WHEN s.periode_terakhir >= e.bulan_diharapkan THEN 'tepat_waktu' ELSE 'terlambat' END AS status,
       s.file_name, s.oleh, s.dimuat_pada, s.status_muat
FROM meta.dataset_status AS s
CROSS JOIN expected AS e
ORDER BY s.opd, s.dataset;
