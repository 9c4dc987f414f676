-- Waste points for the public map: only the columns datasets.py marks public, optionally one kecamatan.
SELECT nama, jenis, nama_desa, nama_kecamatan, kode_kec, lintang, bujur, kapasitas_ton_per_hari, jadwal,
       tahun_mulai, aktif, is_demo
FROM mart.waste_point
WHERE $kecamatan IS NULL OR kode_kec = $kecamatan
ORDER BY nama_kecamatan, nama;
