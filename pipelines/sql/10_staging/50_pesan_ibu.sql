-- Waste points (replaced whole) and monthly tonnage (replaced month by month).
CREATE OR REPLACE TABLE staging.waste_point AS
SELECT w.nama, w.jenis, w.kode_desa, d.kode_kec, w.lintang, w.bujur, w.kapasitas_ton_per_hari, w.jadwal,
       w.tahun_mulai, coalesce(w.aktif, 'ya') = 'ya' AS aktif, w._is_demo AS is_demo
FROM raw.waste_point AS w
JOIN ref.desa AS d ON d.kode = w.kode_desa
WHERE NOT w._is_demo OR NOT EXISTS (SELECT 1 FROM raw.waste_point WHERE NOT _is_demo);

CREATE OR REPLACE TABLE staging.waste_tonnage AS
WITH real_months AS (SELECT DISTINCT periode FROM raw.waste_tonnage WHERE NOT _is_demo)
SELECT t.periode, t.kode_desa, d.kode_kec, t.jenis, t.ton_terkumpul, t.ton_dikurangi, t._is_demo AS is_demo
FROM raw.waste_tonnage AS t
JOIN ref.desa AS d ON d.kode = t.kode_desa
WHERE NOT t._is_demo OR t.periode NOT IN (SELECT periode FROM real_months);
