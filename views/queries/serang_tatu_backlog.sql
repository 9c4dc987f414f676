-- Backlog at each month end (open requests already past their standard time) per service.
SELECT periode, layanan, sum(tunggakan) AS tunggakan
FROM mart.service_backlog_monthly
WHERE list_contains($programs, 'serang-tatu') AND list_contains($services, layanan)
  AND periode BETWEEN $start AND $end AND ($kecamatan IS NULL OR kode_kec = $kecamatan)
GROUP BY periode, layanan
ORDER BY periode, layanan;
