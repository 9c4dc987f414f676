-- Reported values (uploads, sourced figures, samples): one per indicator, period and region,
-- preferring 'unggahan' over 'fakta' over 'contoh'; desa values roll up to kecamatan and
-- kecamatan values to the kabupaten by the catalog's aggregation where no direct value exists
-- (weighted = weighted by kecamatan population).
CREATE SCHEMA IF NOT EXISTS ind;

CREATE OR REPLACE TABLE ind.observed_value AS
WITH ranked AS (
    SELECT o.*, i.aggregation,
           row_number() OVER (
               PARTITION BY o.kode_indikator, o.periode, o.kode_wilayah
               ORDER BY CASE o.source_kind WHEN 'unggahan' THEN 1 WHEN 'fakta' THEN 2 ELSE 3 END
           ) AS rank_in_key
    FROM staging.observation AS o
    JOIN catalog.indicator AS i ON i.kode = o.kode_indikator
),
direct AS (
    SELECT kode_indikator, periode, kode_wilayah, nilai, source_kind, sumber, url, aggregation
    FROM ranked WHERE rank_in_key = 1
),
desa_to_kecamatan AS (
    SELECT v.kode_indikator, v.periode, d.kode_kec AS kode_wilayah,
           CASE any_value(v.aggregation) WHEN 'sum' THEN sum(v.nilai) ELSE avg(v.nilai) END AS nilai,
           CASE WHEN bool_or(v.source_kind = 'contoh') THEN 'contoh'
                WHEN bool_or(v.source_kind = 'fakta') THEN 'fakta' ELSE 'unggahan' END AS source_kind,
           'dijumlahkan dari nilai desa' AS sumber, NULL AS url, any_value(v.aggregation) AS aggregation
    FROM direct AS v
    JOIN ref.desa AS d ON d.kode = v.kode_wilayah
    GROUP BY v.kode_indikator, v.periode, d.kode_kec
),
kecamatan_level AS (
    SELECT * FROM direct WHERE kode_wilayah IN (SELECT kode FROM ref.kecamatan)
    UNION ALL
    SELECT * FROM desa_to_kecamatan AS up
    WHERE NOT EXISTS (SELECT 1 FROM direct AS d WHERE d.kode_indikator = up.kode_indikator
                      AND d.periode = up.periode AND d.kode_wilayah = up.kode_wilayah)
),
kecamatan_to_kabupaten AS (
    SELECT v.kode_indikator, v.periode, (SELECT region_code FROM meta.build) AS kode_wilayah,
           CASE any_value(v.aggregation)
               WHEN 'sum' THEN sum(v.nilai)
               WHEN 'weighted' THEN sum(v.nilai * k.penduduk) / nullif(sum(k.penduduk), 0)
               ELSE avg(v.nilai) END AS nilai,
           CASE WHEN bool_or(v.source_kind = 'contoh') THEN 'contoh'
                WHEN bool_or(v.source_kind = 'fakta') THEN 'fakta' ELSE 'unggahan' END AS source_kind,
           'dijumlahkan dari nilai kecamatan' AS sumber, NULL AS url, any_value(v.aggregation) AS aggregation
    FROM kecamatan_level AS v
    JOIN ref.kecamatan AS k ON k.kode = v.kode_wilayah
    GROUP BY v.kode_indikator, v.periode
)
SELECT kode_indikator, periode, kode_wilayah, nilai, source_kind, sumber, url FROM direct
UNION ALL
SELECT kode_indikator, periode, kode_wilayah, nilai, source_kind, sumber, url FROM desa_to_kecamatan AS up
WHERE NOT EXISTS (SELECT 1 FROM direct AS d WHERE d.kode_indikator = up.kode_indikator
                  AND d.periode = up.periode AND d.kode_wilayah = up.kode_wilayah)
UNION ALL
SELECT kode_indikator, periode, kode_wilayah, nilai, source_kind, sumber, url FROM kecamatan_to_kabupaten AS up
WHERE NOT EXISTS (SELECT 1 FROM direct AS d WHERE d.kode_indikator = up.kode_indikator
                  AND d.periode = up.periode AND d.kode_wilayah = up.kode_wilayah);
