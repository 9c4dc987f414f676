-- Tourism villages with category, location, visitors in the month and whether they reported it.
SELECT w.nama, w.kode_desa, w.nama_desa, w.kode_kec, w.nama_kecamatan, w.kategori, w.lintang, w.bujur,
       w.pengelola, w.periode_terakhir, w.bulan_melapor, v.pengunjung AS pengunjung_bulan,
       v.kode_desa IS NOT NULL AS melapor_bulan, w.is_demo
FROM mart.tourism_village AS w
LEFT JOIN mart.tourism_visit_monthly AS v ON v.kode_desa = w.kode_desa AND v.periode = $bulan
WHERE list_contains($programs, 'sikonde') AND ($kecamatan IS NULL OR w.kode_kec = $kecamatan)
ORDER BY w.nama_kecamatan, w.nama;
