-- Region names for every page (codes stay text) and boundary GeoJSON per region.
CREATE SCHEMA IF NOT EXISTS mart;

CREATE OR REPLACE TABLE mart.region AS
SELECT kode, nama, level, parent, penduduk FROM staging.region
UNION ALL
SELECT region_code, region_name, 'kabupaten', NULL,
       (SELECT sum(penduduk) FROM ref.kecamatan)
FROM meta.build;
