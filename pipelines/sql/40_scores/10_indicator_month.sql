-- For every report month and indicator: the latest kabupaten value whose period ended by the end
-- of that month, its target (for the year of that period), achievement and status, the previous
-- value (trend), the baseline, and for monthly indicators the year-to-date figures.
-- Formula: pipelines/sql/00_macros/scoring.sql.
CREATE SCHEMA IF NOT EXISTS score;

CREATE OR REPLACE TABLE score.indicator_month AS
WITH settings AS (
    SELECT setting_value('scoring.achievement_cap') AS cap,
           setting_value('scoring.tercapai') AS ok,
           setting_value('scoring.perlu_perhatian') AS warn
),
kabupaten AS (
    SELECT v.*,
           lag(v.nilai) OVER (PARTITION BY v.kode_indikator ORDER BY v.periode_akhir) AS nilai_sebelumnya,
           lag(v.periode) OVER (PARTITION BY v.kode_indikator ORDER BY v.periode_akhir) AS periode_sebelumnya
    FROM ind.indicator_value AS v
    WHERE v.level = 'kabupaten'
),
latest AS (
    SELECT m.periode AS bulan, m.month_end, i.kode AS kode_indikator, k.*  EXCLUDE (kode_indikator),
           row_number() OVER (PARTITION BY m.periode, i.kode ORDER BY k.periode_akhir DESC NULLS LAST) AS rank_in_month
    FROM staging.month AS m
    CROSS JOIN catalog.indicator AS i
    LEFT JOIN kabupaten AS k ON k.kode_indikator = i.kode AND k.periode_akhir <= m.month_end
),
baseline_observed AS (
    SELECT i.kode, avg(k.nilai) AS nilai
    FROM catalog.indicator AS i
    JOIN kabupaten AS k ON k.kode_indikator = i.kode AND year(k.periode_mulai) = i.baseline_year
    GROUP BY i.kode
),
ytd AS (
    SELECT m.periode AS bulan, i.kode AS kode_indikator,
           CASE WHEN i.aggregation = 'sum' THEN sum(k.nilai) ELSE avg(k.nilai) END AS nilai_ytd,
           CASE WHEN i.aggregation = 'sum' THEN sum(t.target) ELSE avg(t.target) END AS target_ytd,
           count(*) AS bulan_ytd
    FROM staging.month AS m
    JOIN catalog.indicator AS i ON i.frequency = 'monthly'
    JOIN kabupaten AS k ON k.kode_indikator = i.kode AND year(k.periode_mulai) = m.tahun
                       AND k.periode_akhir <= m.month_end
    LEFT JOIN catalog.target AS t ON t.kode_indikator = i.kode AND t.tahun = m.tahun
    GROUP BY m.periode, i.kode, i.aggregation
),
scored AS (
    SELECT l.bulan, l.kode_indikator, i.dimension, i.element, i.program, i.opd, i.direction, i.frequency, i.unit,
           l.periode, l.nilai, l.source_kind, l.sumber, l.url, coalesce(l.is_demo, false) AS is_demo,
           l.periode_akhir, date_diff('day', l.periode_akhir, l.month_end) AS usia_hari,
           t.target,
           capaian(l.nilai, t.target, i.direction, s.cap) AS capaian,
           l.periode_sebelumnya, l.nilai_sebelumnya,
           capaian(l.nilai_sebelumnya, tp.target, i.direction, s.cap) AS capaian_sebelumnya,
           i.baseline_year AS baseline_tahun,
           coalesce(i.baseline_value, b.nilai) AS baseline_nilai,
           y.nilai_ytd, y.target_ytd,
           capaian(y.nilai_ytd, y.target_ytd, i.direction, s.cap) AS capaian_ytd,
           s.ok, s.warn
    FROM latest AS l
    JOIN catalog.indicator AS i ON i.kode = l.kode_indikator
    CROSS JOIN settings AS s
    LEFT JOIN catalog.target AS t ON t.kode_indikator = l.kode_indikator AND t.tahun = year(l.periode_mulai)
    LEFT JOIN catalog.target AS tp ON tp.kode_indikator = l.kode_indikator
                                  AND tp.tahun = year(period_start(l.periode_sebelumnya))
    LEFT JOIN baseline_observed AS b ON b.kode = l.kode_indikator
    LEFT JOIN ytd AS y ON y.bulan = l.bulan AND y.kode_indikator = l.kode_indikator
    WHERE l.rank_in_month = 1
)
SELECT * EXCLUDE (ok, warn),
       CASE WHEN nilai IS NULL THEN 'tanpa_data'
            WHEN capaian IS NULL THEN 'tanpa_target'
            ELSE status_capaian(capaian, ok, warn) END AS status,
       CASE WHEN nilai IS NULL OR nilai_sebelumnya IS NULL THEN NULL
            WHEN direction = 'higher' THEN nilai < nilai_sebelumnya
            ELSE nilai > nilai_sebelumnya END AS memburuk
FROM scored;
