-- Kecamatan that stopped reporting: they had a value for the indicator in one of the 12 periods
-- before its latest period (up to the report month), but none in that latest period.
WITH kecamatan_values AS (
    SELECT kode_indikator, periode, periode_akhir, kode_wilayah
    FROM ind.indicator_value
    WHERE level = 'kecamatan' AND periode_akhir <= last_day(strptime($bulan || '-01', '%Y-%m-%d')::DATE)
),
latest AS (
    SELECT kode_indikator, max(periode_akhir) AS akhir, arg_max(periode, periode_akhir) AS periode
    FROM kecamatan_values GROUP BY kode_indikator
),
recent_periods AS (
    SELECT DISTINCT v.kode_indikator, v.periode_akhir,
           dense_rank() OVER (PARTITION BY v.kode_indikator ORDER BY v.periode_akhir DESC) AS recency
    FROM kecamatan_values AS v
),
reported_before AS (
    SELECT DISTINCT v.kode_indikator, v.kode_wilayah
    FROM kecamatan_values AS v
    JOIN recent_periods AS r USING (kode_indikator, periode_akhir)
    WHERE r.recency BETWEEN 2 AND 13
)
SELECT b.kode_indikator, CASE WHEN $lang = 'en' THEN i.name_en ELSE i.name_id END AS indikator, i.opd,
       l.periode, b.kode_wilayah AS kode_kecamatan, k.nama AS kecamatan
FROM reported_before AS b
JOIN latest AS l USING (kode_indikator)
JOIN catalog.indicator AS i ON i.kode = b.kode_indikator
JOIN ref.kecamatan AS k ON k.kode = b.kode_wilayah
WHERE NOT EXISTS (SELECT 1 FROM kecamatan_values AS v WHERE v.kode_indikator = b.kode_indikator
                  AND v.periode_akhir = l.akhir AND v.kode_wilayah = b.kode_wilayah)
ORDER BY i.opd, b.kode_indikator, k.nama;
