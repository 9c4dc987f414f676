-- Fish production per month and commodity over a window, optionally for one kecamatan.
SELECT periode, komoditas, sum(volume_ton) AS volume_ton, bool_or(is_demo) AS is_demo
FROM mart.fish_production_monthly
WHERE list_contains($programs, 'sentra-perikanan') AND periode BETWEEN $start AND $end
  AND ($kecamatan IS NULL OR kode_kec = $kecamatan)
GROUP BY periode, komoditas
ORDER BY periode, komoditas;
