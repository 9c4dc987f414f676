-- Quarantined rows to send back for fixing: one line per row, from the latest load of each file
-- (a corrected file sent again under the same name supersedes the earlier one). The rows of a file
-- rejected whole are there too, each with the file-level reason.
-- Parameter $dataset: a dataset name, or NULL for all datasets.
WITH latest AS (
    SELECT dataset, file_name, arg_max(load_id, finished_at) AS load_id
    FROM meta.load_log
    WHERE status IN ('loaded', 'rejected') AND NOT is_demo
    GROUP BY dataset, file_name
)
SELECT q.dataset, l.file_name, strftime(g.finished_at, '%Y-%m-%d %H:%M') AS loaded_at, q.row_number,
       string_agg(q.column_name || ': ' || q.message, ' | ' ORDER BY q.column_name) AS reason,
       any_value(q.raw_row) AS raw_row
FROM meta.quarantine AS q
JOIN latest AS l ON l.load_id = q.load_id
JOIN meta.load_log AS g ON g.load_id = q.load_id
WHERE $dataset IS NULL OR q.dataset = $dataset
GROUP BY q.dataset, l.file_name, g.finished_at, q.row_number
ORDER BY q.dataset, g.finished_at, q.row_number
