-- Fisheries marts: production per month, desa and commodity; OVOP products with place names.
CREATE OR REPLACE TABLE mart.fish_production_monthly AS
SELECT periode, kode_desa, kode_kec, komoditas, volume_ton, is_demo
FROM staging.fish_production;

CREATE OR REPLACE TABLE mart.ovop_product AS
SELECT o.nama_produk, o.kode_desa, d.nama AS nama_desa, o.kode_kec, k.nama AS nama_kecamatan,
       o.komoditas, o.sertifikasi, o.sertifikasi <> 'belum' AS bersertifikat, o.tahun_terdaftar, o.is_demo
FROM staging.ovop_product AS o
JOIN ref.desa AS d ON d.kode = o.kode_desa
JOIN ref.kecamatan AS k ON k.kode = o.kode_kec;
