-- Actual values over time of one dimension's indicators, for periods that ended by the end of
-- report month `$bulan`, with that year's target: the kabupaten series, and (when `$kecamatan`
-- is given) that kecamatan's series for indicators not summed over regions (shares, means),
-- whose kecamatan values compare with the kabupaten target.
SELECT v.kode_indikator, v.periode, v.periode_mulai, v.nilai, v.source_kind, v.sumber, v.is_demo,
       CASE WHEN v.level = 'kabupaten' THEN 'kabupaten' ELSE v.kode_wilayah END AS seri,
       CASE WHEN v.level = 'kabupaten' THEN t.target END AS target
FROM ind.indicator_value AS v
JOIN catalog.indicator AS i ON i.kode = v.kode_indikator
LEFT JOIN catalog.target AS t ON t.kode_indikator = v.kode_indikator AND t.tahun = year(v.periode_mulai)
WHERE i.dimension = $dimension
  AND v.periode_akhir <= last_day(strptime($bulan || '-01', '%Y-%m-%d'))
  AND (v.level = 'kabupaten'
       OR (v.level = 'kecamatan' AND v.kode_wilayah = $kecamatan AND i.aggregation <> 'sum'))
ORDER BY v.kode_indikator, seri, v.periode_mulai;
