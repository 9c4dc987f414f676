SELECT kode, nama FROM ref.kecamatan ORDER BY nama;
