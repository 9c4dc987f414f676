-- Program status and dimension index per report month (formula: 00_macros/scoring.sql).
CREATE OR REPLACE TABLE score.program_month AS
WITH settings AS (
    SELECT setting_value('scoring.tercapai') AS ok, setting_value('scoring.perlu_perhatian') AS warn
)
SELECT s.bulan, p.id AS program, p.opd,
       avg(s.capaian) AS capaian,
       status_capaian(avg(s.capaian), any_value(st.ok), any_value(st.warn)) AS status,
       count(*) AS indikator,
       count(s.capaian) AS indikator_dinilai,
       count(*) FILTER (WHERE s.status = 'kritis') AS indikator_kritis,
       bool_or(s.is_demo) AS is_demo
FROM score.indicator_month AS s
JOIN catalog.program AS p ON p.id = s.program
CROSS JOIN settings AS st
GROUP BY s.bulan, p.id, p.opd;

CREATE OR REPLACE TABLE score.dimension_month AS
WITH monthly AS (
    SELECT s.bulan, d.id AS dimension,
           avg(dimension_points(s.capaian)) AS indeks,
           count(*) AS indikator,
           count(s.capaian) AS indikator_dinilai,
           bool_or(s.is_demo AND s.capaian IS NOT NULL) AS is_demo
    FROM catalog.dimension AS d
    JOIN score.indicator_month AS s ON s.dimension = d.id
    GROUP BY s.bulan, d.id
)
SELECT *,
       lag(indeks) OVER (PARTITION BY dimension ORDER BY bulan) AS indeks_sebelumnya,
       indeks - lag(indeks) OVER (PARTITION BY dimension ORDER BY bulan) AS perubahan,
       status_capaian(indeks, (SELECT setting_value('scoring.tercapai')),
                      (SELECT setting_value('scoring.perlu_perhatian'))) AS status
FROM monthly;
