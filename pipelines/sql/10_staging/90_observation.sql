-- Reported indicator values from three sources, each tagged with its kind:
--   'unggahan' agency uploads (dataset `indikator`), 'fakta' sourced public figures,
--   'contoh' generated sample values. Precedence is applied in ind.indicator_value.
CREATE OR REPLACE TABLE staging.observation AS
SELECT kode_indikator, periode, kode_wilayah, nilai,
       CASE WHEN _is_demo THEN 'contoh' ELSE 'unggahan' END AS source_kind,
       CASE WHEN _is_demo THEN 'data contoh' ELSE coalesce(keterangan, 'unggahan OPD') END AS sumber,
       NULL::VARCHAR AS url,
       _load_id AS load_id
FROM raw.observation
UNION ALL
SELECT kode_indikator, periode, kode_wilayah, nilai, 'fakta', sumber, url, 'fakta'
FROM raw.real_figure;
