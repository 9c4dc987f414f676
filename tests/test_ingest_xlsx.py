"""Excel workbooks as OPD staff make them: title rows, merged headers, styling, totals, several sheets."""

from datetime import datetime

import pandas as pd
from openpyxl.styles import Font, PatternFill

from ingest_support import accepted_records, check, problems, xlsx_bytes
from pipelines.ingest import preview


def report_sheet(workbook, title="Produksi"):
    """A hand-made monthly report: two title rows, a header over two rows with merged cells, totals."""
    sheet = workbook.create_sheet(title)
    sheet["A1"] = "LAPORAN PRODUKSI PERIKANAN BULAN AGUSTUS 2024"
    sheet.merge_cells("A1:E1")
    sheet["A2"] = "Dinas Perikanan Kabupaten Serang"
    sheet["A4"], sheet["B4"], sheet["C4"], sheet["D4"] = "No", "Bulan", "Lokasi", "Produksi"
    sheet.merge_cells("A4:A5")
    sheet.merge_cells("B4:B5")
    sheet.merge_cells("C4:D4")  # "Lokasi" spans the desa code and the commodity
    sheet.merge_cells("E4:E5")
    sheet["E4"] = "Volume (ton)"
    sheet["C5"], sheet["D5"] = "Kode Desa", "Komoditas"
    rows = [
        (1, datetime(2024, 8, 1), "36.04.05.2001", "Bandeng", 12.5),
        (2, datetime(2024, 8, 1), "36.04.05.2002", "udang", 3.25),
        (3, "Agt 2024", "36.04.05.2003", "Rumput Laut", "1.250,5"),
    ]
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=6 + offset, column=column, value=value)
    sheet["A9"] = "JUMLAH"
    sheet.merge_cells("A9:D9")
    sheet["E9"] = "=SUM(E6:E8)"
    sheet["A11"] = "Sumber: Bidang Perikanan Budidaya"
    for row in range(6, 30):  # formatted but empty cells around the table
        for column in range(1, 9):
            sheet.cell(row=row, column=column).fill = PatternFill("solid", fgColor="FFF2CC")
    sheet["B6"].number_format = "mmmm yyyy"
    sheet["A4"].font = Font(bold=True)
    return sheet


def test_title_rows_merged_header_styling_totals_and_footnote(reference_data):
    data = xlsx_bytes(report_sheet)
    analysis = check(data, "laporan.xlsx", "produksi_perikanan", reference_data)
    assert accepted_records(analysis) == [
        {"periode": "2024-08", "kode_desa": "36.04.05.2001", "komoditas": "bandeng", "volume_ton": 12.5, "_row": 6},
        {"periode": "2024-08", "kode_desa": "36.04.05.2002", "komoditas": "udang", "volume_ton": 3.25, "_row": 7},
        {"periode": "2024-08", "kode_desa": "36.04.05.2003", "komoditas": "rumput laut", "volume_ton": 1250.5,
         "_row": 8},
    ]
    notes = analysis.validation.notes
    assert "Lembar yang dibaca: «Produksi»." in notes
    assert "Judul kolom ditemukan di baris 5; baris di atasnya dilewati." in notes
    assert "Baris total (JUMLAH/TOTAL) dilewati: 9." in notes
    assert "Baris catatan/sumber di bawah tabel dilewati: 11." in notes
    assert "Kolom yang tidak dipakai: «No»." in notes
    assert analysis.validation.rows_in == 3 and problems(analysis) == []


def test_percent_cells_numbers_and_excel_dates_are_read_as_values(reference_data):
    def fill(workbook):
        sheet = workbook.create_sheet("indikator")
        sheet.append(["kode_indikator", "periode", "kode_wilayah", "nilai"])
        sheet.append(["LV-01", 2024, "36.04", 0.875])
        sheet["D2"].number_format = "0.0%"  # shows 87,5 %: the value is 87.5 per cent
        sheet.append(["SO-01", 2023, "36.04", 1730532])
        sheet.append(["EC-02", "2024-Q2", "36.04", 61.25])

    analysis = check(xlsx_bytes(fill), "ind.xlsx", "indikator", reference_data)
    assert [(r["kode_indikator"], r["periode"], r["nilai"]) for r in accepted_records(analysis)] == [
        ("LV-01", "2024", 87.5), ("SO-01", "2023", 1730532.0), ("EC-02", "2024-Q2", 61.25)]
    assert analysis.validation.conventions == {"nilai": "plain"}  # real numbers: no separator guessing


def test_excel_serial_numbers_in_a_date_column(reference_data):
    def fill(workbook):
        sheet = workbook.create_sheet("perjalanan_transformer")
        sheet.append(["tanggal", "rute", "moda", "perjalanan", "penumpang", "jarak_km"])
        sheet.append([45521, "Kramatwatu – Puspemkab", "bus listrik", 8, 240, 22])  # a number, not date-formatted
        sheet.append([datetime(2024, 8, 18), "Kramatwatu – Puspemkab", "bus listrik", 6, 180, 22])

    analysis = check(xlsx_bytes(fill), "tr.xlsx", "perjalanan_transformer", reference_data)
    assert [r["tanggal"] for r in accepted_records(analysis)] == [pd.Timestamp("2024-08-17"), pd.Timestamp("2024-08-18")]


def two_fitting_sheets(workbook):
    for name, value in (("Januari", 10), ("Februari", 20)):
        sheet = workbook.create_sheet(name)
        sheet.append(["kode_desa", "periode", "pengunjung"])
        sheet.append(["36.04.31.2009", f"2024-0{1 if name == 'Januari' else 2}", value])
    workbook.create_sheet("Catatan").append(["Dibuat oleh Disparpora"])


def test_several_sheets_that_fit_are_not_guessed(reference_data):
    data = xlsx_bytes(two_fitting_sheets)
    analysis = check(data, "kunjungan.xlsx", "kunjungan_desa_wisata", reference_data)
    assert analysis.rejected
    assert analysis.rejection.message() == (
        "ada beberapa lembar yang cocok: «Januari», «Februari». Pilih satu (CLI: --sheet NAMA), "
        "atau beri lembar data nama «kunjungan_desa_wisata».")
    assert analysis.sheets == ["Januari", "Februari", "Catatan"]
    asked = preview(data, "kunjungan.xlsx", "kunjungan_desa_wisata")  # the upload page asks which one
    assert (asked.status, asked.sheet, asked.sheet_choices, asked.sheet_ambiguous) == (
        "ok", "Januari", ["Januari", "Februari"], True)
    assert asked.sheets == ["Januari", "Februari", "Catatan"] and asked.periods == ["2024-01"]
    chosen = check(data, "kunjungan.xlsx", "kunjungan_desa_wisata", reference_data, sheet="februari")
    assert [(r["periode"], r["pengunjung"]) for r in accepted_records(chosen)] == [("2024-02", 20)]


def test_the_sheet_named_after_the_dataset_wins_and_other_sheets_are_ignored(reference_data):
    def fill(workbook):
        two_fitting_sheets(workbook)
        sheet = workbook.create_sheet("kunjungan_desa_wisata")
        sheet.append(["kode_desa", "periode", "pengunjung"])
        sheet.append(["36.04.31.2009", "2024-03", 30])

    analysis = check(xlsx_bytes(fill), "k.xlsx", "kunjungan_desa_wisata", reference_data)
    assert [(r["periode"], r["pengunjung"]) for r in accepted_records(analysis)] == [("2024-03", 30)]
    single = xlsx_bytes(lambda workbook: report_sheet(workbook, "Sheet1"))
    assert check(single, "p.xlsx", "produksi_perikanan", reference_data).table.sheet == "Sheet1"


def test_a_damaged_workbook_and_an_old_xls_are_rejected_with_what_to_do(reference_data):
    damaged = check(b"PK\x03\x04 not really a zip", "rusak.xlsx", "indikator", reference_data)
    assert damaged.rejection.message().startswith("berkas .xlsx tidak bisa dibuka")
    old = check(b"\xd0\xcf\x11\xe0 old", "lama.xls", "indikator", reference_data)
    assert "«Simpan Sebagai» .xlsx" in old.rejection.message()
