-- Tourism villages. Registry and category history: any real row replaces the whole sample;
-- visitors: real rows replace sample rows month by month.
CREATE OR REPLACE TABLE staging.desa_wisata AS
SELECT w.nama, w.kode_desa, d.kode_kec, w.kategori, w.lintang, w.bujur, w.pengelola, w.kontak_publik,
       w._is_demo AS is_demo
FROM raw.desa_wisata AS w
JOIN ref.desa AS d ON d.kode = w.kode_desa
WHERE NOT w._is_demo OR NOT EXISTS (SELECT 1 FROM raw.desa_wisata WHERE NOT _is_demo);

CREATE OR REPLACE TABLE staging.desa_wisata_category AS
SELECT c.kode_desa, d.kode_kec, c.tahun, c.kategori, c._is_demo AS is_demo
FROM raw.desa_wisata_category AS c
JOIN ref.desa AS d ON d.kode = c.kode_desa
WHERE NOT c._is_demo OR NOT EXISTS (SELECT 1 FROM raw.desa_wisata_category WHERE NOT _is_demo);

CREATE OR REPLACE TABLE staging.tourism_visit AS
WITH real_months AS (SELECT DISTINCT periode FROM raw.tourism_visit WHERE NOT _is_demo)
SELECT v.kode_desa, d.kode_kec, v.periode, v.pengunjung, v._is_demo AS is_demo
FROM raw.tourism_visit AS v
JOIN ref.desa AS d ON d.kode = v.kode_desa
WHERE NOT v._is_demo OR v.periode NOT IN (SELECT periode FROM real_months);
