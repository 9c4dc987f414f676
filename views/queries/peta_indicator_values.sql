-- One public indicator per kecamatan: its latest period that ended by the end of $bulan (YYYY-MM).
-- The public flag is checked here too, so an internal indicator never reaches the public map by URL.
WITH candidates AS (
    SELECT v.*
    FROM ind.indicator_value AS v
    JOIN catalog.indicator AS i ON i.kode = v.kode_indikator AND i.public
    WHERE v.kode_indikator = $indikator AND v.level = 'kecamatan'
      AND v.periode_akhir <= last_day(CAST($bulan || '-01' AS DATE))
)
SELECT kode_wilayah AS kode, nilai, periode, source_kind, sumber, is_demo
FROM candidates
WHERE periode_akhir = (SELECT max(periode_akhir) FROM candidates)
ORDER BY kode_wilayah;
