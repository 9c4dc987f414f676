-- The quarantined rows of one load, one line per row, to send back for fixing: the row as the sender
-- wrote it (JSON of the dataset's columns), its row number and every reason.
SELECT q.row_number, string_agg(q.column_name || ': ' || q.message, ' | ' ORDER BY q.column_name) AS reason,
       any_value(q.raw_row) AS raw_row, any_value(l.file_name) AS file_name
FROM meta.quarantine AS q
JOIN meta.load_log AS l USING (load_id)
WHERE q.load_id = $load_id
GROUP BY q.row_number
ORDER BY q.row_number;
