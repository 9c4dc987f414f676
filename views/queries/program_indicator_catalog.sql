-- A programme's indicator definitions only (no values): names, unit, direction, how they aggregate.
SELECT i.kode, i.name_id, i.name_en, i.definition_id, i.definition_en, i.formula_id, i.formula_en, i.unit,
       i.direction, i.frequency, i.aggregation, i.baseline_year AS baseline_tahun, i.source, i.provisional
FROM catalog.indicator AS i
WHERE i.program = $program AND list_contains($programs, i.program)
ORDER BY i.position;
