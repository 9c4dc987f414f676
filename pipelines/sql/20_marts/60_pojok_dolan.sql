-- Pojok Dolan marts (provisional programme definition).
CREATE OR REPLACE TABLE mart.pojok_dolan_site AS
SELECT s.nama, s.kode_desa, d.nama AS nama_desa, s.kode_kec, k.nama AS nama_kecamatan, s.jenis,
       s.lintang, s.bujur, s.tahun_mulai, s.is_demo
FROM staging.pojok_dolan_site AS s
JOIN ref.desa AS d ON d.kode = s.kode_desa
JOIN ref.kecamatan AS k ON k.kode = s.kode_kec;

CREATE OR REPLACE TABLE mart.pojok_dolan_monthly AS
SELECT periode, kode_desa, kode_kec, nama_lokasi, kunjungan, is_demo
FROM staging.pojok_dolan_visit;
