-- Kabupaten values far outside their own history: more than 4 robust standard deviations
-- (1.4826 × MAD) from the median of the indicator's previous 12 periods (at least 6 of them).
-- Only periods ending in the 6 months up to the report month are listed.
WITH history AS (
    SELECT kode_indikator, periode, periode_akhir, nilai, source_kind,
           list(nilai) OVER (PARTITION BY kode_indikator ORDER BY periode_akhir
                             ROWS BETWEEN 12 PRECEDING AND 1 PRECEDING) AS sebelumnya
    FROM ind.indicator_value
    WHERE level = 'kabupaten'
),
with_median AS (
    SELECT *, list_median(sebelumnya) AS median_sebelumnya FROM history WHERE len(sebelumnya) >= 6
),
scored AS (
    SELECT *, 1.4826 * list_median(list_transform(sebelumnya, lambda x: abs(x - median_sebelumnya))) AS sebaran
    FROM with_median
)
SELECT s.kode_indikator, CASE WHEN $lang = 'en' THEN i.name_en ELSE i.name_id END AS indikator, i.opd, i.unit,
       s.periode, s.nilai, s.median_sebelumnya, (s.nilai - s.median_sebelumnya) / s.sebaran AS skor,
       s.source_kind
FROM scored AS s
JOIN catalog.indicator AS i ON i.kode = s.kode_indikator
WHERE s.sebaran > 0
  AND abs(s.nilai - s.median_sebelumnya) > 4 * s.sebaran
  AND s.periode_akhir <= last_day(strptime($bulan || '-01', '%Y-%m-%d')::DATE)
  AND s.periode_akhir > last_day(strptime($bulan || '-01', '%Y-%m-%d')::DATE) - INTERVAL 6 MONTH
ORDER BY abs(s.nilai - s.median_sebelumnya) / s.sebaran DESC;
