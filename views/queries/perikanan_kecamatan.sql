-- Production per kecamatan and commodity in a year up to the report month (every kecamatan listed).
SELECT k.kode, k.nama, p.komoditas, coalesce(sum(p.volume_ton), 0) AS volume_ton
FROM ref.kecamatan AS k
LEFT JOIN mart.fish_production_monthly AS p
       ON p.kode_kec = k.kode AND p.periode BETWEEN $start AND $bulan
WHERE list_contains($programs, 'sentra-perikanan')
GROUP BY k.kode, k.nama, p.komoditas
ORDER BY k.nama, p.komoditas;
