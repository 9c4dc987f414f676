-- Sikonde marts: the village registry with its reporting state, visitors per month, categories per year.
CREATE OR REPLACE TABLE mart.tourism_village AS
WITH visits AS (
    SELECT kode_desa, max(periode) AS periode_terakhir, count(*) AS bulan_melapor, sum(pengunjung) AS total_pengunjung
    FROM staging.tourism_visit GROUP BY ALL
)
SELECT w.nama, w.kode_desa, d.nama AS nama_desa, w.kode_kec, k.nama AS nama_kecamatan, w.kategori,
       w.lintang, w.bujur, w.pengelola, w.kontak_publik,
       v.periode_terakhir, coalesce(v.bulan_melapor, 0) AS bulan_melapor,
       coalesce(v.total_pengunjung, 0) AS total_pengunjung, w.is_demo
FROM staging.desa_wisata AS w
JOIN ref.desa AS d ON d.kode = w.kode_desa
JOIN ref.kecamatan AS k ON k.kode = w.kode_kec
LEFT JOIN visits AS v ON v.kode_desa = w.kode_desa;

CREATE OR REPLACE TABLE mart.tourism_visit_monthly AS
SELECT v.periode, v.kode_desa, d.nama AS nama_desa, v.kode_kec, v.pengunjung, v.is_demo
FROM staging.tourism_visit AS v
JOIN ref.desa AS d ON d.kode = v.kode_desa;

CREATE OR REPLACE TABLE mart.tourism_category_yearly AS
SELECT tahun, kategori, count(*) AS desa, bool_or(is_demo) AS is_demo
FROM staging.desa_wisata_category
GROUP BY ALL;
