-- Requests per desa of one kecamatan in the month, limited to the viewer's services.
SELECT d.kode, d.nama, coalesce(sum(m.permohonan), 0) AS permohonan,
       coalesce(sum(m.daring), 0) AS daring
FROM ref.desa AS d
LEFT JOIN mart.service_desa_monthly AS m
       ON m.kode_desa = d.kode AND m.periode = $bulan AND list_contains($services, m.layanan)
WHERE list_contains($programs, 'serang-tatu') AND d.kode_kec = $kecamatan
GROUP BY d.kode, d.nama
ORDER BY permohonan DESC, d.nama;
