-- The months the warehouse reports on: from the first sample month to the build's end month.
CREATE SCHEMA IF NOT EXISTS staging;

CREATE OR REPLACE TABLE staging.month AS
SELECT
    strftime(month_start, '%Y-%m') AS periode,
    month_start::DATE AS month_start,
    last_day(month_start)::DATE AS month_end,
    (month_start + INTERVAL 1 MONTH)::TIMESTAMP AS next_month_start,
    year(month_start) AS tahun
FROM range(DATE '2023-01-01', (SELECT period_end(end_month) FROM meta.build), INTERVAL 1 MONTH) AS t(month_start);
