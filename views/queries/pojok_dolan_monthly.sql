-- Pojok Dolan visits per month and kind of site over a window.
SELECT v.periode, coalesce(s.jenis, '-') AS jenis, sum(v.kunjungan) AS kunjungan,
       count(*) FILTER (WHERE v.kunjungan > 0) AS lokasi_aktif, bool_or(v.is_demo) AS is_demo
FROM mart.pojok_dolan_monthly AS v
LEFT JOIN mart.pojok_dolan_site AS s ON s.kode_desa = v.kode_desa AND s.nama = v.nama_lokasi
WHERE list_contains($programs, 'pojok-dolan') AND v.periode BETWEEN $start AND $end
  AND ($kecamatan IS NULL OR v.kode_kec = $kecamatan)
GROUP BY v.periode, jenis
ORDER BY v.periode, jenis;
