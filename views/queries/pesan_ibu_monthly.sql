-- Waste collected and reduced per month and kind of facility over a window, with the month's
-- generation from the latest real SIPSN figure (EN-01, t/day, source kind 'fakta') of that year or before.
WITH tonnage AS (
    SELECT periode, jenis, sum(ton_terkumpul) AS ton_terkumpul, sum(ton_dikurangi) AS ton_dikurangi,
           bool_or(is_demo) AS is_demo
    FROM mart.waste_monthly
    WHERE list_contains($programs, 'pesan-ibu') AND periode BETWEEN $start AND $end
      AND ($kecamatan IS NULL OR kode_kec = $kecamatan)
    GROUP BY periode, jenis
),
generation AS (
    SELECT periode AS tahun, nilai AS ton_per_hari, sumber
    FROM ind.indicator_value
    WHERE kode_indikator = 'EN-01' AND level = 'kabupaten' AND source_kind = 'fakta' AND length(periode) = 4
)
SELECT t.*,
       g.tahun AS timbulan_tahun, g.ton_per_hari AS timbulan_ton_per_hari, g.sumber AS timbulan_sumber,
       g.ton_per_hari * day(last_day(strptime(t.periode || '-01', '%Y-%m-%d'))) AS timbulan_ton
FROM tonnage AS t
LEFT JOIN LATERAL (
    SELECT * FROM generation AS g WHERE g.tahun <= left(t.periode, 4) ORDER BY g.tahun DESC LIMIT 1
) AS g ON true
ORDER BY t.periode, t.jenis;
