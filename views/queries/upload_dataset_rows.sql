-- What a whole-list dataset holds now in the published snapshot: sample rows and real rows.
SELECT coalesce(sum(baris_contoh), 0) AS contoh, coalesce(sum(baris_nyata), 0) AS nyata
FROM meta.dataset_status
WHERE dataset = $dataset;
