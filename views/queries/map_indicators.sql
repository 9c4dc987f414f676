-- Indicators with values per kecamatan for a period that ended by the end of report month
-- `$bulan`, with that latest period (the map shows one period for every kecamatan).
SELECT i.kode, i.name_id, i.name_en, i.unit, i.direction, i.aggregation,
       arg_max(v.periode, v.periode_akhir) AS periode
FROM ind.indicator_value AS v
JOIN catalog.indicator AS i ON i.kode = v.kode_indikator
WHERE v.level = 'kecamatan' AND v.periode_akhir <= last_day(strptime($bulan || '-01', '%Y-%m-%d'))
GROUP BY ALL
ORDER BY any_value(i.position);
