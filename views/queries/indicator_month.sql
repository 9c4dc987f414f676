-- Every indicator's score for one report month, with names of its dimension, element, programme
-- and OPD. `perlu_perhatian` marks the indicators the executive summary lists: off target
-- (kritis or perlu perhatian) or worse than the previous value; `urutan` puts the worst first.
-- `tren` compares the value with the previous one, direction-aware: memburuk, tetap or membaik.
SELECT s.kode_indikator, i.name_id, i.name_en, i.unit, i.direction, i.frequency, i.provisional, i.public,
       s.dimension, d.name_id AS dimension_id, d.name_en AS dimension_en,
       s.element, e.name_id AS element_id, e.name_en AS element_en,
       s.program, p.name_id AS program_id, p.name_en AS program_en,
       s.opd, s.periode, s.nilai, s.target, s.capaian, s.status, s.memburuk,
       s.periode_sebelumnya, s.nilai_sebelumnya, s.source_kind, s.sumber, s.url, s.is_demo,
       CASE WHEN s.memburuk IS NULL THEN NULL WHEN s.memburuk THEN 'memburuk'
            WHEN s.nilai = s.nilai_sebelumnya THEN 'tetap' ELSE 'membaik' END AS tren,
       s.status IN ('kritis', 'perlu_perhatian') OR coalesce(s.memburuk, false) AS perlu_perhatian,
       row_number() OVER (ORDER BY CASE s.status WHEN 'kritis' THEN 1 WHEN 'perlu_perhatian' THEN 2 ELSE 3 END,
                                   s.capaian NULLS LAST, i.position) AS urutan
FROM score.indicator_month AS s
JOIN catalog.indicator AS i ON i.kode = s.kode_indikator
JOIN catalog.dimension AS d ON d.id = s.dimension
LEFT JOIN catalog.element AS e ON e.id = s.element AND e.dimension = s.dimension
LEFT JOIN catalog.program AS p ON p.id = s.program
WHERE s.bulan = $bulan
ORDER BY urutan;
