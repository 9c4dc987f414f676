-- Months a viewer can pick, newest first, with the build's end month flagged.
SELECT bulan, bulan = (SELECT end_month FROM meta.build) AS is_default
FROM (SELECT DISTINCT bulan FROM score.dimension_month)
ORDER BY bulan DESC;
