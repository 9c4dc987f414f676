-- Recent loads of one dataset (sample-data regenerations left out), newest first; `$by` limits them to
-- one sender (an OPD sees only its own loads of the shared `indikator` dataset).
SELECT load_id, finished_at, file_name, uploaded_by, channel, status, rows_in, accepted, quarantined, replaced
FROM meta.load_log
WHERE dataset = $dataset AND NOT is_demo AND ($by IS NULL OR uploaded_by = $by)
ORDER BY finished_at DESC NULLS LAST, load_id
LIMIT 20;
