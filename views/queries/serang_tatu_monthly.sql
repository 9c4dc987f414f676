-- Requests per month, service and channel (submission month), limited to the viewer's services
-- and optionally one kecamatan.
SELECT periode, layanan, kanal, sum(permohonan) AS permohonan, sum(selesai) AS selesai,
       sum(selesai_sla) AS selesai_sla, sum(ditolak) AS ditolak, bool_or(is_demo) AS is_demo
FROM mart.service_monthly
WHERE list_contains($programs, 'serang-tatu') AND list_contains($services, layanan)
  AND periode BETWEEN $start AND $end AND ($kecamatan IS NULL OR kode_kec = $kecamatan)
GROUP BY periode, layanan, kanal
ORDER BY periode, layanan, kanal;
