-- A programme's indicators for one report month: latest value, target, achievement and status,
-- previous value, baseline, year to date (score.indicator_month), with names and definitions.
SELECT s.kode_indikator AS kode, i.name_id, i.name_en, i.definition_id, i.definition_en, i.unit, i.direction,
       i.frequency, i.aggregation, i.provisional, s.periode, s.nilai, s.target, s.capaian, s.status,
       s.periode_sebelumnya, s.nilai_sebelumnya, s.baseline_tahun, s.baseline_nilai,
       s.nilai_ytd, s.target_ytd, s.capaian_ytd, s.source_kind, s.sumber, s.url, s.is_demo
FROM score.indicator_month AS s
JOIN catalog.indicator AS i ON i.kode = s.kode_indikator
WHERE s.bulan = $bulan AND s.program = $program AND list_contains($programs, s.program)
ORDER BY i.position;
