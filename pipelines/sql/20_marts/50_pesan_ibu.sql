-- Pesan Ibu marts: waste points, tonnage per month, and yearly generation (SIPSN, via indicator EN-01).
CREATE OR REPLACE TABLE mart.waste_point AS
SELECT w.nama, w.jenis, w.kode_desa, d.nama AS nama_desa, w.kode_kec, k.nama AS nama_kecamatan,
       w.lintang, w.bujur, w.kapasitas_ton_per_hari, w.jadwal, w.tahun_mulai, w.aktif, w.is_demo
FROM staging.waste_point AS w
JOIN ref.desa AS d ON d.kode = w.kode_desa
JOIN ref.kecamatan AS k ON k.kode = w.kode_kec;

CREATE OR REPLACE TABLE mart.waste_monthly AS
SELECT periode, kode_desa, kode_kec, jenis, ton_terkumpul, ton_dikurangi, is_demo
FROM staging.waste_tonnage;
