-- One indicator's value in every kecamatan for one period, with the kecamatan name and a rank
-- (1 = best: highest value, or lowest where lower is better); kecamatan without a value come last.
WITH indicator AS (
    SELECT direction FROM catalog.indicator WHERE kode = $kode
)
SELECT k.kode, k.nama, v.nilai, v.source_kind, v.sumber, coalesce(v.is_demo, false) AS is_demo,
       CASE WHEN v.nilai IS NOT NULL THEN
           rank() OVER (ORDER BY CASE WHEN (SELECT direction FROM indicator) = 'lower' THEN v.nilai ELSE -v.nilai END
                        NULLS LAST)
       END AS peringkat
FROM ref.kecamatan AS k
LEFT JOIN ind.indicator_value AS v
       ON v.kode_wilayah = k.kode AND v.kode_indikator = $kode AND v.periode = $periode AND v.level = 'kecamatan'
ORDER BY peringkat NULLS LAST, k.nama;
