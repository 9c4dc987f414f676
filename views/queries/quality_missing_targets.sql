-- Indicators with no target for the year of the report month (context indicators included: the
-- admin decides whether they need one).
SELECT i.kode, CASE WHEN $lang = 'en' THEN i.name_en ELSE i.name_id END AS indikator, i.opd, i.program
FROM catalog.indicator AS i
WHERE NOT EXISTS (SELECT 1 FROM catalog.target AS t
                  WHERE t.kode_indikator = i.kode AND t.tahun = left($bulan, 4)::INTEGER)
ORDER BY i.opd, i.kode;
