-- The name of one desa.
SELECT nama FROM ref.desa WHERE kode = $kode;
