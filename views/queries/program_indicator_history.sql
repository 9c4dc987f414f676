-- Each programme indicator's values from its baseline year up to the report month, with that
-- period's target, achievement and status (one row per period; the same in every report month).
SELECT s.kode_indikator AS kode, s.periode, any_value(s.periode_akhir) AS periode_akhir,
       any_value(s.nilai) AS nilai, any_value(s.target) AS target, any_value(s.capaian) AS capaian,
       any_value(s.status) AS status, any_value(s.source_kind) AS source_kind
FROM score.indicator_month AS s
WHERE s.program = $program AND list_contains($programs, s.program)
  AND s.bulan <= $bulan AND s.nilai IS NOT NULL
  AND year(s.periode_akhir) >= coalesce(s.baseline_tahun, 0)
GROUP BY s.kode_indikator, s.periode
ORDER BY kode, periode_akhir;
