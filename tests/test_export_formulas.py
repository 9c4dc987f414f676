"""CSV written for Excel never carries a live formula (OWASP CSV injection); numbers stay numbers."""

import csv
import io

import openpyxl
import pandas as pd

from ingest_support import csv_bytes
from pipelines import cli
from pipelines.ingest import ingest_file
from pipelines.ingest.export import formula_safe

HOSTILE = csv_bytes([
    "nama;jenis;kode_desa;lintang;bujur;kapasitas_ton_per_hari;jadwal;tahun_mulai;aktif",
    '"=HYPERLINK(""http://evil"",""x"")";TPS;36.04.05.2001;-6,065263;106,119018;-cmd|calc;@SUM(1+1);2022;ya',
    "+1;TPS;36.04.05.2002;-6,0642;106,13578;2,5;@SUM(A1:A9);2019;ya",
    "-cmd|calc;TPS;36.04.05.2003;-6,07;106,12;=1+1;-;2020;ya",
])


def rows(path):
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_export_csv_quotes_formula_text_and_keeps_negative_numbers(warehouse, tmp_path):
    ingest_file(HOSTILE, "titik.csv", "titik_sampah", user="a", channel="cli")
    out = tmp_path / "titik.csv"
    assert cli.main(["export", "titik_sampah", "--out", str(out)]) == 0
    assert rows(out)[1:] == [
        ["'+1", "TPS", "36.04.05.2002", "-6.0642", "106.13578", "2.5", "'@SUM(A1:A9)", "2019", "ya"],
    ]  # the other two rows are quarantined (kapasitas is not a number)
    assert out.read_text(encoding="utf-8").splitlines()[1].split(",")[3] == "-6.0642"  # unquoted: a number

    xlsx = tmp_path / "titik.xlsx"
    assert cli.main(["export", "titik_sampah", "--out", str(xlsx)]) == 0
    sheet = openpyxl.load_workbook(xlsx)["titik_sampah"]
    assert (sheet["A2"].value, sheet["A2"].data_type, sheet["D2"].value) == ("+1", "s", -6.0642)


def test_quarantine_csv_quotes_formula_text_but_keeps_numbers_as_typed(warehouse, tmp_path):
    ingest_file(HOSTILE, "titik.csv", "titik_sampah", user="a", channel="cli")
    out = tmp_path / "karantina.csv"
    assert cli.main(["quarantine", "--dataset", "titik_sampah", "--out", str(out)]) == 0
    lines = rows(out)
    assert lines[0][:9] == ["nama", "jenis", "kode_desa", "lintang", "bujur", "kapasitas_ton_per_hari", "jadwal",
                            "tahun_mulai", "aktif"]
    assert [line[:9] for line in lines[1:]] == [
        ["'=HYPERLINK(\"http://evil\",\"x\")", "TPS", "36.04.05.2001", "-6,065263", "106,119018", "'-cmd|calc",
         "'@SUM(1+1)", "2022", "ya"],
        ["'-cmd|calc", "TPS", "36.04.05.2003", "-6,07", "106,12", "'=1+1", "'-", "2020", "ya"],
    ]
    every = tmp_path / "semua.csv"
    assert cli.main(["quarantine", "--out", str(every)]) == 0
    assert all(not cell.startswith(("=", "+", "-", "@")) for line in rows(every) for cell in line)


def test_formula_safe_leaves_number_columns_and_other_text_alone():
    frame = pd.DataFrame({"nilai": [-5, 3], "teks": ["=1+1", "biasa"], "angka": ["-5", "@x"]})
    safe = formula_safe(frame, numeric_text=("angka",))
    assert safe.to_dict("list") == {"nilai": [-5, 3], "teks": ["'=1+1", "biasa"], "angka": ["-5", "'@x"]}
    assert frame["teks"].tolist() == ["=1+1", "biasa"]  # a copy: the caller's frame is unchanged


def test_app_downloads_write_formula_text_as_text_in_xlsx():
    from views.components import to_xlsx

    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx({"data": pd.DataFrame({"a": ["=1+1"], "b": [-5]})}))).active
    assert (sheet["A2"].value, sheet["A2"].data_type, sheet["B2"].value) == ("=1+1", "s", -5)
