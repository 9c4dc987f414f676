-- The latest loads of a programme's datasets (newest first). A partner OPD sees when and by whom,
-- not the row counts (they include other OPDs' rows).
SELECT l.dataset, l.file_name, l.uploaded_by, l.channel, l.finished_at, l.status,
       CASE WHEN $partner_opd IS NULL THEN l.rows_in END AS rows_in,
       CASE WHEN $partner_opd IS NULL THEN l.accepted END AS accepted,
       CASE WHEN $partner_opd IS NULL THEN l.quarantined END AS quarantined,
       l.is_demo
FROM meta.load_log AS l
JOIN meta.dataset_status AS s ON s.dataset = l.dataset
WHERE s.program = $program AND list_contains($programs, s.program)
ORDER BY l.finished_at DESC NULLS LAST, l.dataset
LIMIT 20;
