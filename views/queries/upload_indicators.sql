-- The catalog indicators an OPD owns: what it may send through the universal `indikator` dataset.
SELECT kode, CASE WHEN $lang = 'en' THEN name_en ELSE name_id END AS indikator, frequency, level, unit, computed
FROM catalog.indicator
WHERE opd = $opd
ORDER BY position;
