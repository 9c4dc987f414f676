-- Processing time and completion within the standard time per service, for requests completed
-- in the month (kabupaten-wide: the mart has no kecamatan).
SELECT p.layanan, p.sla_hari, p.selesai, p.median_hari, p.p90_hari, p.persen_sesuai_sla, p.is_demo
FROM mart.service_processing_monthly AS p
WHERE list_contains($programs, 'serang-tatu') AND list_contains($services, p.layanan) AND p.periode = $bulan
ORDER BY p.layanan;
