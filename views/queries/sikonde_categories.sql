-- Tourism villages per category and year (rintisan → berkembang → maju → mandiri).
SELECT tahun, kategori, desa, is_demo
FROM mart.tourism_category_yearly
WHERE list_contains($programs, 'sikonde') AND tahun <= $tahun
ORDER BY tahun, kategori;
