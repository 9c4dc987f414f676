-- Regions with their parents and population (2017 per kecamatan; used only for rates per 1,000).
CREATE OR REPLACE TABLE staging.region AS
SELECT kode, nama, 'kecamatan' AS level, (SELECT region_code FROM meta.build) AS parent, penduduk
FROM ref.kecamatan
UNION ALL
SELECT d.kode, d.nama, 'desa', d.kode_kec, NULL
FROM ref.desa d;
