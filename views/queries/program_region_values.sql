-- One indicator's values per kecamatan, or per desa of one kecamatan, for one period.
SELECT v.kode_wilayah AS kode, coalesce(k.nama, d.nama) AS nama, v.nilai, v.source_kind
FROM ind.indicator_value AS v
JOIN catalog.indicator AS i ON i.kode = v.kode_indikator
LEFT JOIN ref.kecamatan AS k ON k.kode = v.kode_wilayah
LEFT JOIN ref.desa AS d ON d.kode = v.kode_wilayah
WHERE v.kode_indikator = $kode AND v.periode = $periode AND v.level = $level
  AND i.program = $program AND list_contains($programs, i.program)
  AND ($kecamatan IS NULL OR d.kode_kec = $kecamatan)
ORDER BY v.nilai DESC;
