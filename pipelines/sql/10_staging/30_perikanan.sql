-- Fisheries production (replaced month by month) and OVOP products (replaced whole).
CREATE OR REPLACE TABLE staging.fish_production AS
WITH real_months AS (SELECT DISTINCT periode FROM raw.fish_production WHERE NOT _is_demo)
SELECT p.periode, p.kode_desa, d.kode_kec, p.komoditas, p.volume_ton, p._is_demo AS is_demo
FROM raw.fish_production AS p
JOIN ref.desa AS d ON d.kode = p.kode_desa
WHERE NOT p._is_demo OR p.periode NOT IN (SELECT periode FROM real_months);

CREATE OR REPLACE TABLE staging.ovop_product AS
SELECT o.nama_produk, o.kode_desa, d.kode_kec, o.komoditas, o.sertifikasi, o.tahun_terdaftar,
       o._is_demo AS is_demo
FROM raw.ovop_product AS o
JOIN ref.desa AS d ON d.kode = o.kode_desa
WHERE NOT o._is_demo OR NOT EXISTS (SELECT 1 FROM raw.ovop_product WHERE NOT _is_demo);
