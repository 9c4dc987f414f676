-- The score formula, in one place. Every achievement, status and index in the product uses these.
--
-- capaian (achievement, %), per indicator and period, from the actual value and that year's target:
--   direction 'higher':  actual / target × 100                 (target 0: 100 when actual >= 0)
--   direction 'lower':   (2 × target − actual) / target × 100   (Permendagri 86/2017 form for
--                        negative indicators; target 0: 100 when actual <= 0, else 0)
--   then clipped to [0, cap] (cap = scoring.achievement_cap, 120 by default).
--   NULL when the actual or the target is missing, or the target is negative.
-- status: capaian >= scoring.tercapai → 'tercapai'; >= scoring.perlu_perhatian → 'perlu_perhatian';
--   otherwise 'kritis'. Missing data → 'tanpa_data'; data without a target → 'tanpa_target'.
-- dimension index (0–100): mean over the dimension's indicators that have a capaian of
--   least(capaian, 100), so over-achievement on one indicator cannot hide another's shortfall.
-- program status: the status of the mean capaian of the program's indicators.

CREATE OR REPLACE TEMP MACRO capaian(actual, target, direction, cap) AS
    CASE
        WHEN actual IS NULL OR target IS NULL OR target < 0 THEN NULL
        WHEN target = 0 AND direction = 'higher' THEN CASE WHEN actual >= 0 THEN 100.0 ELSE 0.0 END
        WHEN target = 0 THEN CASE WHEN actual <= 0 THEN 100.0 ELSE 0.0 END
        WHEN direction = 'higher' THEN least(cap, greatest(0.0, actual / target * 100.0))
        ELSE least(cap, greatest(0.0, (2 * target - actual) / target * 100.0))
    END;

CREATE OR REPLACE TEMP MACRO status_capaian(value, tercapai, perlu_perhatian) AS
    CASE
        WHEN value IS NULL THEN NULL
        WHEN value >= tercapai THEN 'tercapai'
        WHEN value >= perlu_perhatian THEN 'perlu_perhatian'
        ELSE 'kritis'
    END;

-- least() skips NULLs in DuckDB (least(NULL, 100) = 100), so NULL must stay NULL explicitly:
-- an indicator without a score must not count as 100 points.
CREATE OR REPLACE TEMP MACRO dimension_points(value) AS CASE WHEN value IS NULL THEN NULL ELSE least(value, 100.0) END;
