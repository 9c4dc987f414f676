"""CSV files as agencies save them: encodings, delimiters, quoting, line endings, title and empty rows."""

from ingest_support import accepted_records, check, csv_bytes, problems


def test_utf8_bom_comma_quoted_headers_crlf_trailing_empty_rows_and_columns(reference_data):
    data = csv_bytes([
        '"Kode Indikator","Periode","Kode Wilayah","Nilai",,',
        '"GOV-01","2024","36.04","3,45",,',
        '"EC-02","2024-Q3","36.04","87,5 %",,',
        ",,,,,",
        ",,,,,",
    ], newline="\r\n", bom=True)
    analysis = check(data, "spbe.csv", "indikator", reference_data)
    assert accepted_records(analysis) == [
        {"kode_indikator": "GOV-01", "periode": "2024", "kode_wilayah": "36.04", "nilai": 3.45,
         "keterangan": None, "_row": 2},
        {"kode_indikator": "EC-02", "periode": "2024-Q3", "kode_wilayah": "36.04", "nilai": 87.5,
         "keterangan": None, "_row": 3},
    ]
    assert analysis.validation.rows_in == 2 and analysis.validation.quarantined == 0
    assert analysis.table.header.aliases == {}  # "Kode Indikator" is the column's own name, spaced


def test_windows_1252_semicolon_file_keeps_its_characters(reference_data):
    data = csv_bytes([
        "kode_indikator;periode;kode_wilayah;nilai;keterangan",
        "GOV-02;2025;36.04;81,2;Survei IKM – Bagian Organisasi (revisi ke-2, «final»)",
    ], encoding="cp1252")
    analysis = check(data, "ikm.csv", "indikator", reference_data)
    [row] = accepted_records(analysis)
    assert row["keterangan"] == "Survei IKM – Bagian Organisasi (revisi ke-2, «final»)"
    assert row["nilai"] == 81.2
    assert "Berkas dibaca sebagai Windows-1252 (bukan UTF-8)." in analysis.validation.notes
    assert "Pemisah kolom: «;»." in analysis.validation.notes


def test_tab_separated_with_title_rows_above_the_header(reference_data):
    data = csv_bytes([
        "LAPORAN KUNJUNGAN DESA WISATA",
        "Dinas Pariwisata, Pemuda dan Olahraga",
        "",
        "kode_desa\tbulan\tjumlah_pengunjung",
        "36.04.31.2009\tAgustus 2024\t1.250",
        "36.04.31.2009\tSep 2024\t980",
    ])
    analysis = check(data, "kunjungan.tsv", "kunjungan_desa_wisata", reference_data)
    assert accepted_records(analysis) == [
        {"kode_desa": "36.04.31.2009", "periode": "2024-08", "pengunjung": 1250, "_row": 5},
        {"kode_desa": "36.04.31.2009", "periode": "2024-09", "pengunjung": 980, "_row": 6},
    ]
    notes = analysis.validation.notes
    assert "Pemisah kolom: «TAB»." in notes
    assert "Judul kolom ditemukan di baris 4; baris di atasnya dilewati." in notes
    assert "Kolom «bulan» dibaca sebagai periode." in notes
    assert "Kolom «jumlah_pengunjung» dibaca sebagai pengunjung." in notes


def test_quoted_delimiters_and_line_breaks_stay_inside_their_cell(reference_data):
    data = csv_bytes([
        "nama,jenis,kode_desa,lintang,bujur,jadwal",
        '"TPS Kramatwatu, Pasar",TPS,36.04.05.2001,-6.065263,106.119018,"Senin, Kamis',
        'pukul 06.00"',
        "TPS Margasana,TPS,36.04.05.2002,-6.0642,106.13578,Setiap hari",
    ])
    analysis = check(data, "tps.csv", "titik_sampah", reference_data)
    records = accepted_records(analysis)
    assert [record["nama"] for record in records] == ["TPS Kramatwatu, Pasar", "TPS Margasana"]
    assert records[0]["jadwal"] == "Senin, Kamis pukul 06.00"  # a line break inside text becomes one space
    assert [record["_row"] for record in records] == [2, 3]  # records, as a spreadsheet numbers them


def test_totals_row_and_footnote_are_not_data(reference_data):
    data = csv_bytes([
        "periode;kode_desa;komoditas;volume_ton",
        "2024-08;36.04.05.2001;bandeng;12,5",
        "2024-08;36.04.05.2002;udang;3,25",
        "JUMLAH;;;15,75",
        "Sumber: Dinas Perikanan Kabupaten Serang;;;",
    ])
    analysis = check(data, "ikan.csv", "produksi_perikanan", reference_data)
    assert [(r["kode_desa"], r["komoditas"], r["volume_ton"]) for r in accepted_records(analysis)] == [
        ("36.04.05.2001", "bandeng", 12.5), ("36.04.05.2002", "udang", 3.25)]
    assert analysis.validation.rows_in == 2
    assert "Baris total (JUMLAH/TOTAL) dilewati: 4." in analysis.validation.notes
    assert "Baris catatan/sumber di bawah tabel dilewati: 5." in analysis.validation.notes
    assert problems(analysis) == []
