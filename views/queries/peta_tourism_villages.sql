-- Tourism villages for the public map: only the columns datasets.py marks public, optionally one kecamatan.
SELECT nama, nama_desa, nama_kecamatan, kode_kec, kategori, lintang, bujur, pengelola, kontak_publik, is_demo
FROM mart.tourism_village
WHERE $kecamatan IS NULL OR kode_kec = $kecamatan
ORDER BY nama_kecamatan, nama;
