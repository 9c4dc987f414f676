-- Waste points (TPS, TPS3R, bank sampah, TPST, TPA) started by the year, optionally in one kecamatan.
SELECT nama, jenis, kode_desa, nama_desa, kode_kec, nama_kecamatan, lintang, bujur, kapasitas_ton_per_hari,
       jadwal, tahun_mulai, aktif, is_demo
FROM mart.waste_point
WHERE list_contains($programs, 'pesan-ibu') AND coalesce(tahun_mulai, 0) <= $tahun
  AND ($kecamatan IS NULL OR kode_kec = $kecamatan)
ORDER BY jenis, nama_kecamatan, nama;
