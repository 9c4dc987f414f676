-- Active waste banks per desa (every desa of the regency, or of one kecamatan; 0 where none).
SELECT d.kode, d.nama, k.nama AS nama_kecamatan, count(p.nama) AS bank_sampah
FROM ref.desa AS d
JOIN ref.kecamatan AS k ON k.kode = d.kode_kec
LEFT JOIN mart.waste_point AS p
       ON p.kode_desa = d.kode AND p.jenis = 'bank sampah' AND p.aktif AND coalesce(p.tahun_mulai, 0) <= $tahun
WHERE list_contains($programs, 'pesan-ibu') AND ($kecamatan IS NULL OR d.kode_kec = $kecamatan)
GROUP BY d.kode, d.nama, k.nama
ORDER BY bank_sampah DESC, d.nama;
