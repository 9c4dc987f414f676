-- Load history, newest first.
SELECT load_id, dataset, file_name, uploaded_by, channel, started_at, finished_at, status,
       rows_in, accepted, quarantined, replaced, notes, is_demo
FROM meta.load_log
ORDER BY finished_at DESC NULLS LAST, load_id
LIMIT 500;
