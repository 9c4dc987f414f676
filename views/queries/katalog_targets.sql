-- Yearly targets of the indicators a viewer may see (internal ones only when `$include_internal`).
SELECT t.kode_indikator, t.tahun, t.target
FROM catalog.target AS t
JOIN catalog.indicator AS i ON i.kode = t.kode_indikator
WHERE i.public OR $include_internal
ORDER BY t.kode_indikator, t.tahun;
