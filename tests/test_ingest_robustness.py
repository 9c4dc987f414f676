"""Files that used to load wrong values quietly: every row is loaded as written or quarantined with why."""

import io
import json
import zipfile

import pandas as pd

from ingest_support import accepted_records, check, csv_bytes, problems, xlsx_bytes


def test_cells_beyond_the_header_quarantine_the_row_and_trailing_empty_cells_do_not(reference_data):
    data = csv_bytes([
        "periode,kode_desa,jenis,ton_terkumpul,ton_dikurangi",
        "2024-08,36.04.05.2001,TPS3R,152,4,48,7",  # decimal commas without quotes: 7 cells
        '2024-08,36.04.05.2002,TPS3R,"152,4","48,7",,,',  # quoted, with empty trailing cells
        "2024-08,36.04.05.2003,TPS,20,5",
    ])
    analysis = check(data, "tonase.csv", "tonase_sampah", reference_data)
    assert accepted_records(analysis) == [
        {"periode": "2024-08", "kode_desa": "36.04.05.2002", "jenis": "TPS3R", "ton_terkumpul": 152.4,
         "ton_dikurangi": 48.7, "_row": 3},
        {"periode": "2024-08", "kode_desa": "36.04.05.2003", "jenis": "TPS", "ton_terkumpul": 20.0,
         "ton_dikurangi": 5.0, "_row": 4},
    ]
    assert problems(analysis) == [
        (2, "baris", "48 | 7",
         "baris 2 punya 7 sel, judul kolom hanya 5 (sel lebih: «48», «7»): kemungkinan koma desimal tanpa tanda "
         "kutip — beri tanda kutip pada angka (\"152,4\") atau simpan dengan pemisah «;»."),
    ]
    assert (analysis.validation.rows_in, analysis.validation.quarantined) == (3, 1)


def test_a_note_right_of_a_semicolon_table_quarantines_its_row(reference_data):
    data = csv_bytes([
        "kode_desa;periode;pengunjung",
        "36.04.31.2009;2024-08;100",
        "36.04.31.2009;2024-09;200;;catatan di luar tabel",
    ])
    analysis = check(data, "k.csv", "kunjungan_desa_wisata", reference_data)
    assert [record["pengunjung"] for record in accepted_records(analysis)] == [100]
    assert problems(analysis) == [
        (3, "baris", "catatan di luar tabel",
         "baris 3 punya 5 sel, judul kolom hanya 3 (sel lebih: «catatan di luar tabel»): ada isi di luar tabel — "
         "pindahkan ke kolom yang benar atau hapus, atau beri judul kolom."),
    ]


def test_a_place_called_total_is_data_and_only_a_keyless_total_row_is_skipped(reference_data):
    data = csv_bytes([
        "nama,jenis,kode_desa,lintang,bujur",
        "Total Waste Bank,bank sampah,36.04.05.2001,-6.065263,106.119018",
        "Jumlah Sejahtera,bank sampah,36.04.05.2002,-6.0642,106.13578",
        "Total Recycling,bank sampah,36.04.05.2002,-6.0642,999",
        "TOTAL,,,,",
    ])
    analysis = check(data, "titik.csv", "titik_sampah", reference_data)
    assert [(r["nama"], r["kode_desa"], r["lintang"], r["bujur"], r["_row"]) for r in accepted_records(analysis)] == [
        ("Total Waste Bank", "36.04.05.2001", -6.065263, 106.119018, 2),
        ("Jumlah Sejahtera", "36.04.05.2002", -6.0642, 106.13578, 3),
    ]
    assert problems(analysis) == [(4, "lintang", "-6.0642", "koordinat di luar Kabupaten Serang; periksa lintang "
                                                            "(sekitar -6) dan bujur (sekitar 106).")]
    assert (analysis.validation.rows_in, analysis.validation.quarantined) == (3, 1)
    assert "Baris total (JUMLAH/TOTAL) dilewati: 5." in analysis.validation.notes


def _geojson_points(points: list[tuple[str, str, tuple[float, float]]]) -> bytes:
    features = [{"type": "Feature", "properties": {"nama": name, "jenis": "TPS", "kode_desa": code},
                 "geometry": {"type": "Point", "coordinates": list(xy)}} for name, code, xy in points]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode("utf-8")


def test_one_swapped_geojson_point_is_quarantined_and_the_good_ones_load(reference_data):
    data = _geojson_points([
        ("TPS Kramatwatu", "36.04.05.2001", (106.119018, -6.065263)),
        ("TPS tertukar", "36.04.05.2003", (-6.0642, 106.13578)),
        ("TPS Margasana", "36.04.05.2002", (106.13578, -6.0642)),
    ])
    analysis = check(data, "tps.geojson", "titik_sampah", reference_data)
    assert not analysis.rejected
    assert [(r["nama"], r["lintang"], r["bujur"], r["_row"]) for r in accepted_records(analysis)] == [
        ("TPS Kramatwatu", -6.065263, 106.119018, 1), ("TPS Margasana", -6.0642, 106.13578, 3)]
    assert problems(analysis) == [
        (2, "lintang", "106.13578",
         "lintang dan bujur tampak tertukar; di Kabupaten Serang lintang sekitar -6 dan bujur sekitar 106.")]


def test_geojson_mostly_in_metres_without_a_crs_is_still_rejected(reference_data):
    data = _geojson_points([
        ("A", "36.04.05.2001", (624012.5, 9329456.1)),
        ("B", "36.04.05.2002", (625012.5, 9329956.1)),
        ("C", "36.04.05.2002", (106.13578, -6.0642)),
    ])
    analysis = check(data, "utm.geojson", "titik_sampah", reference_data)
    assert analysis.rejected and analysis.rejection.key == "ingest.reject.projected_without_crs"


def test_times_and_dates_that_do_not_exist_are_quarantined_not_rolled_over(reference_data):
    data = csv_bytes([
        "id_permohonan,layanan,kanal,kode_desa,waktu_masuk,waktu_selesai,status",
        "A-1,ktp-el,daring,36.04.05.2001,2016-08-19 23:59,,diproses",
        "A-2,ktp-el,daring,36.04.05.2001,2016-08-19 25:30,,diproses",
        "A-3,ktp-el,daring,36.04.05.2001,19/08/2016 08.75,,diproses",
        "A-4,ktp-el,daring,36.04.05.2001,31/02/2016 08:00,,diproses",
        "A-5,ktp-el,daring,36.04.05.2001,2016-08-19 08:00,2016-13-01 09:00,selesai",
    ])
    analysis = check(data, "st.csv", "layanan_serang_tatu", reference_data)
    assert [(r["id_permohonan"], r["waktu_masuk"]) for r in accepted_records(analysis)] == [
        ("A-1", pd.Timestamp("2016-08-19 23:59"))]
    reason = ("tanggal atau jam ini tidak ada (seperti 31/02 atau 25:30); periksa hari dan bulan, jam 00–23, "
              "menit 00–59.")
    assert problems(analysis) == [
        (3, "waktu_masuk", "2016-08-19 25:30", reason),
        (4, "waktu_masuk", "19/08/2016 08.75", reason),
        (5, "waktu_masuk", "31/02/2016 08:00", reason),
        (6, "waktu_selesai", "2016-13-01 09:00", reason),
    ]


def _with_cached_value(data: bytes, formula: str, value: str) -> bytes:
    """The workbook with ``formula``'s result saved, as Excel does (openpyxl writes formulas without one)."""
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w") as out:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = content.replace(f"<f>{formula}</f><v />".encode(), f"<f>{formula}</f><v>{value}</v>".encode())
            out.writestr(name, content)
    return target.getvalue()


def test_formulas_without_a_saved_value_are_quarantined_by_cell_and_saved_results_are_used(reference_data):
    def fill(workbook):
        sheet = workbook.create_sheet("Titik")
        sheet.append(["nama", "jenis", "kode_desa", "lintang", "bujur", "kapasitas_ton_per_hari", "jadwal"])
        sheet.append(["TPS Kramatwatu", "TPS", "36.04.05.2001", -6.065263, 106.119018, "=4+4.5", "Senin"])
        sheet.append(["TPS Margasana", "TPS", "36.04.05.2002", -6.0642, 106.13578, 3,
                      '=HYPERLINK("https://peta.example/tps","Lihat")'])
        sheet.append(['=HYPERLINK("https://peta.example/x","TPS X")', "TPS", "36.04.05.2002", -6.0642, 106.13578,
                      2, "Selasa"])
    data = _with_cached_value(xlsx_bytes(fill), "4+4.5", "8.5")
    analysis = check(data, "titik.xlsx", "titik_sampah", reference_data)
    assert [(r["nama"], r["kapasitas_ton_per_hari"], r["jadwal"], r["_row"]) for r in accepted_records(analysis)] == [
        ("TPS Kramatwatu", 8.5, "Senin", 2)]
    fix = "berisi rumus Excel tanpa nilai tersimpan; salin-tempel sebagai nilai (Paste Special → Values), " \
          "simpan di Excel, lalu unggah ulang."
    assert problems(analysis) == [
        (3, "jadwal", '=HYPERLINK("https://peta.example/tps","Lihat")', f"sel G3 {fix}"),
        (4, "nama", '=HYPERLINK("https://peta.example/x","TPS X")', f"sel A4 {fix}"),
    ]
    assert (analysis.validation.rows_in, analysis.validation.quarantined) == (3, 2)


def test_invisible_and_full_width_characters_do_not_break_codes_numbers_or_choices(reference_data):
    data = csv_bytes([
        "kode_indikator,periode,kode_wilayah\u200b,nilai,keterangan",
        "EC-02,2024-Q3,36.04,\"\u00a062,5\u00a0\",nbsp",
        "EC\u200b-02,2024-Q2,36.04,\"62,5\",zwsp dalam kode",
        "EC-02,2024-Q1,\uff13\uff16\uff0e\uff10\uff14,\"62,5\",wilayah lebar penuh",
        "EC-02,2023-Q4,36.04,\"\uff16\uff12,\uff15\",nilai lebar penuh",
        "EC-02,2023-Q3,36.04\u200b,\"62,5\",zwsp di wilayah",
        "\uff25\uff23-02,2023-Q1,\ufeff36.04\u2060,\"62,5\",kode lebar penuh",
    ])
    analysis = check(data, "spbe.csv", "indikator", reference_data)
    assert problems(analysis) == []
    assert [(r["kode_indikator"], r["periode"], r["kode_wilayah"], r["nilai"]) for r in accepted_records(analysis)] == [
        ("EC-02", "2024-Q3", "36.04", 62.5), ("EC-02", "2024-Q2", "36.04", 62.5),
        ("EC-02", "2024-Q1", "36.04", 62.5), ("EC-02", "2023-Q4", "36.04", 62.5),
        ("EC-02", "2023-Q3", "36.04", 62.5), ("EC-02", "2023-Q1", "36.04", 62.5),
    ]


def test_unicode_minus_and_full_width_choices_in_a_location_list(reference_data):
    data = csv_bytes([
        "nama,jenis,kode_desa,lintang,bujur",
        "TPS\u00a0Kramatwatu,\uff34\uff30\uff33,36.04.05.2001,\u22126.065263,106.119018",
        "TPS Margasana,bank\u200b sampah,36.04.05.2002,\u22126.0642,106.13578",
        "TPS Jauh,TPS,36.04.05.2002,\u22127.5,106.13578",
    ])
    analysis = check(data, "titik.csv", "titik_sampah", reference_data)
    assert [(r["nama"], r["jenis"], r["lintang"], r["bujur"]) for r in accepted_records(analysis)] == [
        ("TPS Kramatwatu", "TPS", -6.065263, 106.119018), ("TPS Margasana", "bank sampah", -6.0642, 106.13578)]
    assert problems(analysis) == [(4, "lintang", "-7.5", "koordinat di luar Kabupaten Serang; periksa lintang "
                                                        "(sekitar -6) dan bujur (sekitar 106).")]


def test_a_template_with_only_its_example_row_offers_no_rows(reference_data):
    data = csv_bytes([
        "nama,jenis,kode_desa,lintang,bujur",
        "TPS3R Kramatwatu,TPS3R,36.04.05.2001,-6.065263,106.119018",
    ])
    analysis = check(data, "templat.csv", "titik_sampah", reference_data)
    assert analysis.rejection.key == "ingest.reject.no_rows"
    assert (analysis.rows_in, analysis.rejected_rows) == (0, None)  # "tidak dihitung" and counted as none


def test_a_dotted_desa_code_that_does_not_exist_says_check_the_digits_not_add_dots(reference_data):
    data = csv_bytes([
        "nama,jenis,kode_desa,lintang,bujur",
        "TPS Uji,TPS,36.04.09.9999,-6.065263,106.119018",
        "TPS Tanpa Titik,TPS,36-04-05-2001,-6.065263,106.119018",
    ])
    analysis = check(data, "titik.csv", "titik_sampah", reference_data)
    assert accepted_records(analysis) == []
    assert problems(analysis) == [
        (2, "kode_desa", "36.04.09.9999",
         "kode desa ini tidak ada di data rujukan Kabupaten Serang; periksa angkanya (setiap angka nol ikut dihitung)."),
        (3, "kode_desa", "36-04-05-2001",
         "bukan kode desa Kemendagri; tulis sebagai teks dengan titik, seperti 36.04.05.2001."),
    ]


def test_a_name_our_csv_download_protected_reads_back_as_first_sent(reference_data):
    """export.formula_safe writes =… as '=…; sending that file back must not add the apostrophe to the name."""
    data = csv_bytes([
        "nama,jenis,kode_desa,lintang,bujur",
        "'=Bank Sampah Plus,bank sampah,36.04.05.2001,-6.065263,106.119018",
        "'Bank Sampah Kutip,bank sampah,36.04.05.2002,-6.0642,106.13578",
    ])
    analysis = check(data, "titik.csv", "titik_sampah", reference_data)
    assert [record["nama"] for record in accepted_records(analysis)] == ["=Bank Sampah Plus", "'Bank Sampah Kutip"]
