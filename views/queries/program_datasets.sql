-- The datasets that feed a programme: rows (sample and real), latest period, latest load (file, when, who).
-- A partner OPD sees whether the shared dataset arrived, but not its row counts (they include other OPDs' rows).
SELECT s.dataset, s.opd,
       CASE WHEN $partner_opd IS NULL THEN s.baris END AS baris,
       CASE WHEN $partner_opd IS NULL THEN s.baris_contoh END AS baris_contoh,
       CASE WHEN $partner_opd IS NULL THEN s.baris_nyata END AS baris_nyata,
       s.periode_terakhir, s.file_name, s.dimuat_pada, s.oleh, s.status_muat, l.channel, l.is_demo
FROM meta.dataset_status AS s
LEFT JOIN meta.load_log AS l ON l.load_id = s.load_id
WHERE s.program = $program AND list_contains($programs, s.program)
ORDER BY s.dataset;
