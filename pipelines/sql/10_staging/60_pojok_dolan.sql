-- Pojok Dolan sites (replaced whole) and monthly visits (replaced month by month).
CREATE OR REPLACE TABLE staging.pojok_dolan_site AS
SELECT s.nama, s.kode_desa, d.kode_kec, s.jenis, s.lintang, s.bujur, s.tahun_mulai, s._is_demo AS is_demo
FROM raw.pojok_dolan_site AS s
JOIN ref.desa AS d ON d.kode = s.kode_desa
WHERE NOT s._is_demo OR NOT EXISTS (SELECT 1 FROM raw.pojok_dolan_site WHERE NOT _is_demo);

CREATE OR REPLACE TABLE staging.pojok_dolan_visit AS
WITH real_months AS (SELECT DISTINCT periode FROM raw.pojok_dolan_visit WHERE NOT _is_demo)
SELECT v.periode, v.kode_desa, d.kode_kec, v.nama_lokasi, v.kunjungan, v._is_demo AS is_demo
FROM raw.pojok_dolan_visit AS v
JOIN ref.desa AS d ON d.kode = v.kode_desa
WHERE NOT v._is_demo OR v.periode NOT IN (SELECT periode FROM real_months);
