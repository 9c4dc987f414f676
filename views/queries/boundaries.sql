-- Boundary polygons (GeoJSON text, WGS84) of one level, with names; optionally one kecamatan's desa.
SELECT b.kode, coalesce(k.nama, d.nama) AS nama, b.geojson
FROM ref.boundary AS b
LEFT JOIN ref.kecamatan AS k ON k.kode = b.kode
LEFT JOIN ref.desa AS d ON d.kode = b.kode
WHERE b.level = $level AND ($kecamatan IS NULL OR d.kode_kec = $kecamatan OR b.kode = $kecamatan)
ORDER BY b.kode;
