-- Visitors per tourism village per month over a window (villages by name, so the heat map reads well).
SELECT v.periode, v.kode_desa, w.nama, w.nama_kecamatan, v.pengunjung, v.is_demo
FROM mart.tourism_visit_monthly AS v
JOIN mart.tourism_village AS w ON w.kode_desa = v.kode_desa
WHERE list_contains($programs, 'sikonde') AND v.periode BETWEEN $start AND $end
  AND ($kecamatan IS NULL OR v.kode_kec = $kecamatan)
ORDER BY v.periode, w.nama;
