-- Which of a programme's indicators have values per kecamatan and per desa (for the breakdown picker).
SELECT i.kode, i.name_id, i.name_en, i.unit, i.direction,
       bool_or(v.level = 'kecamatan') AS per_kecamatan, bool_or(v.level = 'desa') AS per_desa
FROM catalog.indicator AS i
JOIN ind.indicator_value AS v ON v.kode_indikator = i.kode
WHERE i.program = $program AND list_contains($programs, i.program) AND v.level IN ('kecamatan', 'desa')
GROUP BY i.kode, i.name_id, i.name_en, i.unit, i.direction, i.position
ORDER BY i.position;
