-- Pojok Dolan sites with their visits in the month (a site without a report counts as not active).
SELECT s.nama, s.kode_desa, s.nama_desa, s.kode_kec, s.nama_kecamatan, s.jenis, s.lintang, s.bujur,
       s.tahun_mulai, v.kunjungan AS kunjungan_bulan, coalesce(v.kunjungan, 0) > 0 AS aktif_bulan, s.is_demo
FROM mart.pojok_dolan_site AS s
LEFT JOIN mart.pojok_dolan_monthly AS v
       ON v.kode_desa = s.kode_desa AND v.nama_lokasi = s.nama AND v.periode = $bulan
WHERE list_contains($programs, 'pojok-dolan') AND s.tahun_mulai <= $tahun
  AND ($kecamatan IS NULL OR s.kode_kec = $kecamatan)
ORDER BY s.nama_kecamatan, s.nama;
