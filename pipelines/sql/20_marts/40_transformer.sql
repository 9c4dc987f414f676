-- Transformer marts. Avoided trips, fuel and CO2e use the factors in catalog settings (transformer.*):
--   private km avoided = riders × route km per trip;
--   CO2e avoided (kg) = private km × (share car × EF car + (1 − share car) × EF motorcycle) − fleet km × EF mode.
CREATE OR REPLACE TABLE mart.transformer_daily AS
WITH factors AS (
    SELECT
        setting_value('transformer.share_would_drive_car') AS share_car,
        setting_value('transformer.emission_factor_car_kg_per_km') AS ef_car,
        setting_value('transformer.emission_factor_motorcycle_kg_per_km') AS ef_motorcycle,
        setting_value('transformer.fuel_car_l_per_km') AS fuel_car,
        setting_value('transformer.fuel_motorcycle_l_per_km') AS fuel_motorcycle
),
mode_factor AS (
    SELECT 'bus listrik' AS moda, setting_value('transformer.emission_factor_bus_listrik_kg_per_km') AS ef
    UNION ALL SELECT 'minibus', setting_value('transformer.emission_factor_minibus_kg_per_km')
    UNION ALL SELECT 'sepeda listrik', setting_value('transformer.emission_factor_sepeda_listrik_kg_per_km')
),
trips AS (
    SELECT t.*, CASE WHEN t.perjalanan > 0 THEN t.jarak_km / t.perjalanan ELSE 0 END AS km_per_trip
    FROM staging.transformer_trip AS t
)
SELECT
    t.tanggal, t.periode, t.rute, t.moda, t.perjalanan, t.penumpang, t.jarak_km,
    t.penumpang AS perjalanan_pribadi_dihindari,
    t.penumpang * t.km_per_trip AS km_pribadi_dihindari,
    t.penumpang * t.km_per_trip * (f.share_car * f.fuel_car + (1 - f.share_car) * f.fuel_motorcycle) AS bbm_dihemat_liter,
    (t.penumpang * t.km_per_trip * (f.share_car * f.ef_car + (1 - f.share_car) * f.ef_motorcycle)
        - t.jarak_km * coalesce(m.ef, 0)) / 1000.0 AS co2e_dihindari_ton,
    t.is_demo
FROM trips AS t
CROSS JOIN factors AS f
LEFT JOIN mode_factor AS m ON m.moda = t.moda;

CREATE OR REPLACE TABLE mart.transformer_monthly AS
SELECT periode, rute, moda,
       count(DISTINCT tanggal) AS hari_operasi,
       sum(perjalanan) AS perjalanan, sum(penumpang) AS penumpang, sum(jarak_km) AS jarak_km,
       sum(perjalanan_pribadi_dihindari) AS perjalanan_pribadi_dihindari,
       sum(bbm_dihemat_liter) AS bbm_dihemat_liter, sum(co2e_dihindari_ton) AS co2e_dihindari_ton,
       bool_or(is_demo) AS is_demo
FROM mart.transformer_daily
GROUP BY ALL;
