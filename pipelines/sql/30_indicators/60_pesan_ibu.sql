-- PI-01 tonnes collected per month; PI-02 reduction and PI-03 handling shares of yearly generation
-- (complete years; generation = EN-01 t/day × days, from the latest year with a value);
-- PI-04 active waste banks and PI-05 share of desa with one, per year.
CREATE OR REPLACE TABLE ind.computed_pesan_ibu AS
WITH tonnage AS (
    SELECT periode, left(periode, 4) AS tahun, kode_desa, kode_kec, ton_terkumpul, ton_dikurangi, is_demo
    FROM staging.waste_tonnage
),
complete_years AS (
    SELECT tahun FROM tonnage GROUP BY tahun HAVING count(DISTINCT periode) = 12
),
generation AS (
    SELECT periode AS tahun, nilai AS ton_per_hari, source_kind
    FROM ind.observed_value
    WHERE kode_indikator = 'EN-01' AND kode_wilayah = (SELECT region_code FROM meta.build) AND length(periode) = 4
),
yearly AS (
    SELECT t.tahun, sum(t.ton_terkumpul) AS terkumpul, sum(t.ton_dikurangi) AS dikurangi, bool_or(t.is_demo) AS is_demo,
           (SELECT g.ton_per_hari FROM generation AS g WHERE g.tahun <= t.tahun ORDER BY g.tahun DESC LIMIT 1)
               * (CASE WHEN t.tahun::INTEGER % 4 = 0 THEN 366 ELSE 365 END) AS timbulan_ton
    FROM tonnage AS t
    WHERE t.tahun IN (SELECT tahun FROM complete_years)
    GROUP BY t.tahun
),
years AS (
    SELECT DISTINCT tahun FROM staging.month
),
banks AS (
    SELECT y.tahun, w.kode_desa, w.kode_kec, w.is_demo
    FROM years AS y
    JOIN staging.waste_point AS w ON w.jenis = 'bank sampah' AND w.aktif AND w.tahun_mulai <= y.tahun
),
bank_levels AS (
    SELECT tahun, kode_kec AS kode_wilayah, count(*) AS unit, count(DISTINCT kode_desa) AS desa,
           (SELECT count(*) FROM ref.desa AS d WHERE d.kode_kec = banks.kode_kec) AS desa_total,
           bool_or(is_demo) AS is_demo
    FROM banks GROUP BY tahun, kode_kec
    UNION ALL
    SELECT tahun, (SELECT region_code FROM meta.build), count(*), count(DISTINCT kode_desa),
           (SELECT count(*) FROM ref.desa), bool_or(is_demo)
    FROM banks GROUP BY tahun
)
SELECT 'PI-01' AS kode_indikator, periode, kode_desa AS kode_wilayah, sum(ton_terkumpul) AS nilai,
       bool_or(is_demo) AS is_demo
FROM tonnage GROUP BY periode, kode_desa
UNION ALL
SELECT 'PI-01', periode, kode_kec, sum(ton_terkumpul), bool_or(is_demo) FROM tonnage GROUP BY periode, kode_kec
UNION ALL
SELECT 'PI-01', periode, (SELECT region_code FROM meta.build), sum(ton_terkumpul), bool_or(is_demo)
FROM tonnage GROUP BY periode
UNION ALL
SELECT 'PI-02', tahun, (SELECT region_code FROM meta.build), 100.0 * dikurangi / timbulan_ton, is_demo
FROM yearly WHERE timbulan_ton > 0
UNION ALL
SELECT 'PI-03', tahun, (SELECT region_code FROM meta.build), 100.0 * (terkumpul - dikurangi) / timbulan_ton, is_demo
FROM yearly WHERE timbulan_ton > 0
UNION ALL
SELECT 'PI-04', tahun::VARCHAR, kode_wilayah, unit::DOUBLE, is_demo FROM bank_levels
UNION ALL
SELECT 'PI-05', tahun::VARCHAR, kode_wilayah, 100.0 * desa / desa_total, is_demo FROM bank_levels;
