-- Yearly waste reduction (PI-02) and handling (PI-03) shares with their kind of source, the
-- catalog target of each year and the national Jakstranas targets (catalog settings waste.*).
SELECT v.kode_indikator AS kode, v.periode AS tahun, v.nilai, v.source_kind, v.sumber, t.target,
       CASE v.kode_indikator WHEN 'PI-02' THEN (SELECT value FROM catalog.setting WHERE key = 'waste.jakstranas_reduction_pct')
                             ELSE (SELECT value FROM catalog.setting WHERE key = 'waste.jakstranas_handling_pct') END
           AS jakstranas
FROM ind.indicator_value AS v
LEFT JOIN catalog.target AS t ON t.kode_indikator = v.kode_indikator AND t.tahun = v.periode::INTEGER
WHERE v.kode_indikator IN ('PI-02', 'PI-03') AND v.level = 'kabupaten' AND list_contains($programs, 'pesan-ibu')
  AND v.periode::INTEGER <= $tahun
ORDER BY kode, tahun;
