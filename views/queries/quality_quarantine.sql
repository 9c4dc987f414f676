-- The rows of one load that were not loaded, with where and why.
SELECT row_number AS baris, column_name AS kolom, value AS nilai, message AS alasan, raw_row AS baris_asli
FROM meta.quarantine
WHERE load_id = $load_id
ORDER BY row_number, column_name;
