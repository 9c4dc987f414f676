-- The six quick-win programmes for one report month: status, mean achievement (% of target),
-- owning OPD, and when their data last arrived (meta.dataset_status, from the load log).
WITH received AS (
    SELECT program, max(dimuat_pada) AS dimuat_pada, max(periode_terakhir) AS periode_terakhir,
           sum(baris_nyata) AS baris_nyata
    FROM meta.dataset_status
    WHERE program IS NOT NULL
    GROUP BY program
)
SELECT p.id AS program, p.name_id, p.name_en, p.opd, o.name_id AS opd_name_id, o.name_en AS opd_name_en,
       p.dimension, p.provisional, s.capaian, coalesce(s.status, 'tanpa_data') AS status,
       s.indikator, s.indikator_dinilai, s.indikator_kritis, coalesce(s.is_demo, true) AS is_demo,
       r.dimuat_pada, r.periode_terakhir, coalesce(r.baris_nyata, 0) AS baris_nyata
FROM catalog.program AS p
LEFT JOIN catalog.opd AS o ON o.id = p.opd
LEFT JOIN score.program_month AS s ON s.program = p.id AND s.bulan = $bulan
LEFT JOIN received AS r ON r.program = p.id
ORDER BY p.position;
