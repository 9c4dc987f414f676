-- Per kecamatan: active waste banks, TPS3R, and desa with an active waste bank (of all its desa).
WITH points AS (
    SELECT * FROM mart.waste_point
    WHERE list_contains($programs, 'pesan-ibu') AND coalesce(tahun_mulai, 0) <= $tahun AND aktif
)
SELECT k.kode, k.nama,
       (SELECT count(*) FROM points AS p WHERE p.kode_kec = k.kode AND p.jenis = 'bank sampah') AS bank_sampah,
       (SELECT count(*) FROM points AS p WHERE p.kode_kec = k.kode AND p.jenis = 'TPS3R') AS tps3r,
       (SELECT count(DISTINCT p.kode_desa) FROM points AS p WHERE p.kode_kec = k.kode AND p.jenis = 'bank sampah')
           AS desa_bank_sampah,
       (SELECT count(*) FROM ref.desa AS d WHERE d.kode_kec = k.kode) AS desa
FROM ref.kecamatan AS k
WHERE list_contains($programs, 'pesan-ibu')
ORDER BY k.nama;
