-- Each indicator's data against its frequency: on time, late (days), or never received; by OPD.
SELECT f.opd, f.kode_indikator,
       CASE WHEN $lang = 'en' THEN i.name_en ELSE i.name_id END AS indikator,
       f.frequency, f.periode_diharapkan, f.periode_terakhir, f.source_kind, f.status, f.hari_terlambat
FROM meta.indicator_freshness AS f
JOIN catalog.indicator AS i ON i.kode = f.kode_indikator
ORDER BY CASE f.status WHEN 'terlambat' THEN 0 WHEN 'belum_pernah' THEN 1 ELSE 2 END, f.hari_terlambat DESC, f.opd;
