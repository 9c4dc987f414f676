-- OVOP products with their desa and certification status, optionally for one kecamatan.
SELECT nama_produk, kode_desa, nama_desa, kode_kec, nama_kecamatan, komoditas, sertifikasi, bersertifikat,
       tahun_terdaftar, is_demo
FROM mart.ovop_product
WHERE list_contains($programs, 'sentra-perikanan') AND tahun_terdaftar <= $tahun
  AND ($kecamatan IS NULL OR kode_kec = $kecamatan)
ORDER BY nama_kecamatan, nama_desa, nama_produk;
