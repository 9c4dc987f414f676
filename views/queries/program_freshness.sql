-- Is each of a programme's indicators on time? Late and never-reported ones first.
SELECT f.kode_indikator AS kode, i.name_id, i.name_en, f.frequency, f.periode_diharapkan, f.periode_terakhir,
       f.status, f.hari_terlambat, f.source_kind
FROM meta.indicator_freshness AS f
JOIN catalog.indicator AS i ON i.kode = f.kode_indikator
WHERE f.program = $program AND list_contains($programs, f.program)
ORDER BY f.status = 'tepat_waktu', f.hari_terlambat DESC, i.position;
