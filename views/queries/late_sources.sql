-- Sources overdue on the build date (meta.indicator_freshness: expected period by each
-- indicator's frequency and grace days), grouped by OPD: the OPD with the longest delay first.
SELECT f.opd, o.name_id AS opd_name_id, o.name_en AS opd_name_en,
       f.kode_indikator, i.name_id, i.name_en, f.frequency, f.periode_diharapkan, f.periode_terakhir,
       f.status, f.hari_terlambat, f.source_kind,
       max(f.hari_terlambat) OVER (PARTITION BY f.opd) AS hari_terlambat_opd,
       count(*) OVER (PARTITION BY f.opd) AS sumber_opd
FROM meta.indicator_freshness AS f
JOIN catalog.indicator AS i ON i.kode = f.kode_indikator
LEFT JOIN catalog.opd AS o ON o.id = f.opd
WHERE f.status <> 'tepat_waktu'
ORDER BY hari_terlambat_opd DESC, f.opd, f.hari_terlambat DESC, i.position;
