-- Period codes are text: 'YYYY-MM' (month), 'YYYY-Qn' (quarter), 'YYYY' (year).

CREATE OR REPLACE TEMP MACRO period_start(p) AS
    CASE
        WHEN length(p) = 4 THEN make_date(p::INTEGER, 1, 1)
        WHEN substr(p, 6, 1) = 'Q' THEN make_date(left(p, 4)::INTEGER, (substr(p, 7, 1)::INTEGER - 1) * 3 + 1, 1)
        ELSE make_date(left(p, 4)::INTEGER, substr(p, 6, 2)::INTEGER, 1)
    END;

CREATE OR REPLACE TEMP MACRO period_end(p) AS
    CASE
        WHEN length(p) = 4 THEN make_date(p::INTEGER, 12, 31)
        WHEN substr(p, 6, 1) = 'Q' THEN last_day(make_date(left(p, 4)::INTEGER, substr(p, 7, 1)::INTEGER * 3, 1))
        ELSE last_day(make_date(left(p, 4)::INTEGER, substr(p, 6, 2)::INTEGER, 1))
    END;

CREATE OR REPLACE TEMP MACRO setting_value(name) AS (SELECT value FROM catalog.setting WHERE key = name);
