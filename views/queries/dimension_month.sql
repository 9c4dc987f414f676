-- The six dimensions for one report month: index 0–100, change vs the previous month, status.
-- Formula of the index: pipelines/sql/00_macros/scoring.sql (read here, never recomputed).
SELECT d.id AS dimension, d.name_id, d.name_en, d.description_id, d.description_en,
       s.indeks, s.indeks_sebelumnya, s.perubahan, coalesce(s.status, 'tanpa_data') AS status,
       s.indikator, s.indikator_dinilai, coalesce(s.is_demo, false) AS is_demo
FROM catalog.dimension AS d
LEFT JOIN score.dimension_month AS s ON s.dimension = d.id AND s.bulan = $bulan
ORDER BY d.position;
