-- The date lateness is judged on, and how many sources there are in all.
SELECT b.as_of, (SELECT count(*) FROM meta.indicator_freshness) AS sumber
FROM meta.build AS b;
