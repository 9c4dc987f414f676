-- The indicator catalog with its Satu Data metadata. Internal indicators only when
-- `$include_internal` (never for the public); `$search` (optional) matches code, names,
-- definitions and source, case-insensitively; `$dimension` (optional) narrows to one dimension.
SELECT i.kode, i.name_id, i.name_en, i.definition_id, i.definition_en, i.formula_id, i.formula_en,
       i.unit, i.direction, i.aggregation, i.frequency, i.level, i.computed,
       i.dimension, d.name_id AS dimension_id, d.name_en AS dimension_en,
       i.element, e.name_id AS element_id, e.name_en AS element_en,
       i.program, p.name_id AS program_id, p.name_en AS program_en,
       i.opd, o.name_id AS opd_name_id, o.name_en AS opd_name_en,
       i.baseline_year, i.baseline_value, i.source, i.public, i.provisional
FROM catalog.indicator AS i
JOIN catalog.dimension AS d ON d.id = i.dimension
LEFT JOIN catalog.element AS e ON e.id = i.element AND e.dimension = i.dimension
LEFT JOIN catalog.program AS p ON p.id = i.program
LEFT JOIN catalog.opd AS o ON o.id = i.opd
WHERE (i.public OR $include_internal)
  AND ($dimension IS NULL OR i.dimension = $dimension)
  AND ($search IS NULL OR contains(lower(concat_ws(' ', i.kode, i.name_id, i.name_en, i.definition_id,
                                                   i.definition_en, i.source, i.opd, p.name_id)),
                                   lower($search)))
ORDER BY d.position, e.position, i.position;
