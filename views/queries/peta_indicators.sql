-- Public indicators that have values per kecamatan: the choropleth choices of the public map.
SELECT i.kode, i.name_id, i.name_en, i.unit
FROM catalog.indicator AS i
WHERE i.public
  AND EXISTS (SELECT 1 FROM ind.indicator_value AS v WHERE v.kode_indikator = i.kode AND v.level = 'kecamatan')
ORDER BY i.position;
