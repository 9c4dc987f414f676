-- Transformer trips per route and day; real rows replace sample rows month by month.
CREATE OR REPLACE TABLE staging.transformer_trip AS
WITH source AS (SELECT *, strftime(tanggal, '%Y-%m') AS periode FROM raw.transformer_trip),
real_months AS (SELECT DISTINCT periode FROM source WHERE NOT _is_demo)
SELECT tanggal, periode, rute, moda, perjalanan, penumpang, jarak_km, _is_demo AS is_demo
FROM source
WHERE NOT _is_demo OR periode NOT IN (SELECT periode FROM real_months);
