-- Requests per kecamatan in the month, and per 1,000 people (kecamatan population as in ref.kecamatan).
SELECT k.kode, k.nama, coalesce(sum(m.permohonan), 0) AS permohonan,
       coalesce(sum(m.permohonan) FILTER (WHERE m.kanal = 'daring'), 0) AS daring,
       k.penduduk, k.penduduk_tahun,
       1000.0 * coalesce(sum(m.permohonan), 0) / nullif(k.penduduk, 0) AS per_1000
FROM ref.kecamatan AS k
LEFT JOIN mart.service_monthly AS m
       ON m.kode_kec = k.kode AND m.periode = $bulan AND list_contains($services, m.layanan)
WHERE list_contains($programs, 'serang-tatu')
GROUP BY k.kode, k.nama, k.penduduk, k.penduduk_tahun
ORDER BY per_1000 DESC NULLS LAST;
