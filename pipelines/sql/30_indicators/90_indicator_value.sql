-- Every indicator value the app shows: one per indicator, period and region, with its kind of source.
-- Precedence: 'unggahan' (an OPD's reported value) > 'hitung' (computed from real operational data)
--   > 'fakta' (sourced public figure) > 'contoh' (sample data). So real figures always win over samples.
CREATE OR REPLACE TABLE ind.indicator_value AS
WITH computed AS (
    SELECT * FROM ind.computed_serang_tatu
    UNION ALL SELECT * FROM ind.computed_sikonde
    UNION ALL SELECT * FROM ind.computed_sentra_perikanan
    UNION ALL SELECT * FROM ind.computed_transformer
    UNION ALL SELECT * FROM ind.computed_pesan_ibu
    UNION ALL SELECT * FROM ind.computed_pojok_dolan
),
candidates AS (
    SELECT kode_indikator, periode, kode_wilayah, nilai,
           CASE WHEN is_demo THEN 'contoh' ELSE 'hitung' END AS source_kind,
           CASE WHEN is_demo THEN 'data contoh' ELSE 'dihitung dari data operasional OPD' END AS sumber,
           NULL::VARCHAR AS url
    FROM computed
    UNION ALL
    SELECT kode_indikator, periode, kode_wilayah, nilai, source_kind, sumber, url FROM ind.observed_value
),
ranked AS (
    SELECT *, row_number() OVER (
        PARTITION BY kode_indikator, periode, kode_wilayah
        ORDER BY CASE source_kind WHEN 'unggahan' THEN 1 WHEN 'hitung' THEN 2 WHEN 'fakta' THEN 3 ELSE 4 END
    ) AS rank_in_key
    FROM candidates
    WHERE nilai IS NOT NULL AND isfinite(nilai)
)
SELECT r.kode_indikator, r.periode, r.kode_wilayah,
       CASE WHEN r.kode_wilayah = (SELECT region_code FROM meta.build) THEN 'kabupaten'
            WHEN length(r.kode_wilayah) = 8 THEN 'kecamatan' ELSE 'desa' END AS level,
       r.nilai, r.source_kind, r.sumber, r.url, r.source_kind = 'contoh' AS is_demo,
       period_start(r.periode) AS periode_mulai, period_end(r.periode) AS periode_akhir
FROM ranked AS r
JOIN catalog.indicator AS i ON i.kode = r.kode_indikator
WHERE r.rank_in_key = 1;
