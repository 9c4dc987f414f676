-- Yearly (SP-01) and monthly (SP-02) production targets from the catalog.
SELECT kode_indikator AS kode, tahun, target
FROM catalog.target
WHERE kode_indikator IN ('SP-01', 'SP-02') AND list_contains($programs, 'sentra-perikanan')
ORDER BY kode, tahun;
