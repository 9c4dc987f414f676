"""The ingest, template, export and quarantine commands: JSON shape, exit codes, files that open and round-trip."""

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime

import openpyxl
import pandas as pd

from conftest import REPO_ROOT
from ingest_support import csv_bytes
from pipelines import cli
from pipelines.ingest import ingest_file

POINTS = csv_bytes([
    "nama;jenis;kode_desa;lintang;bujur;kapasitas_ton_per_hari;tahun_mulai;aktif",
    "TPS Margasana;TPS;36.04.05.2002;-6,0642;106,13578;2,5;2019;ya",
    "TPS3R Kramatwatu Pesisir;TPS3R;36.04.05.2001;-6,065263;106,119018;8,75;2022;ya",
    "TPS Hilang;TPS;36.04.05.2001;;;1;2020;ya",
])


def run(*args, data_dir):
    env = {**os.environ, "SERANG_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "pipelines", *args], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_ingest_json_shape_and_exit_codes(warehouse, tmp_path):
    good = tmp_path / "titik.csv"
    good.write_bytes(POINTS)
    result = run("ingest", str(good), "--dataset", "titik_sampah", "--json", "--user", "dlh@serangkab.go.id",
                 data_dir=warehouse.root)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) >= {"file", "dataset", "status", "rows_in", "accepted", "quarantined", "errors", "notes",
                           "load_id", "snapshot"}
    assert (report["file"], report["dataset"], report["status"]) == ("titik.csv", "titik_sampah", "loaded")
    assert (report["rows_in"], report["accepted"], report["quarantined"]) == (3, 2, 1)
    assert report["errors"] == [
        {"row": 4, "column": "lintang", "value": "", "message": "wajib diisi; isi nilainya atau hapus baris ini."},
        {"row": 4, "column": "bujur", "value": "", "message": "wajib diisi; isi nilainya atau hapus baris ini."}]
    assert "Pemisah kolom: «;»." in report["notes"]

    wrong = tmp_path / "salah.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    rejected = run("ingest", str(wrong), "--dataset", "titik_sampah", "--json", data_dir=warehouse.root)
    assert rejected.returncode == 2
    assert json.loads(rejected.stdout)["status"] == "rejected"
    assert "Berkas salah.csv ditolak seluruhnya" in rejected.stderr and "Traceback" not in rejected.stderr

    unknown = run("ingest", str(good), "--dataset", "sampah", data_dir=warehouse.root)
    assert unknown.returncode == 2 and "Dataset «sampah» tidak dikenal" in unknown.stderr
    missing = run("ingest", str(tmp_path / "tidak-ada.csv"), "--dataset", "titik_sampah", data_dir=warehouse.root)
    assert missing.returncode == 2 and "tidak ditemukan" in missing.stderr and "Traceback" not in missing.stderr


def test_human_output_lists_problems(warehouse, tmp_path, capsys):
    good = tmp_path / "titik.csv"
    good.write_bytes(POINTS)
    assert cli.main(["ingest", str(good), "--dataset", "titik_sampah"]) == 0
    out = capsys.readouterr().out
    assert "titik.csv → titik_sampah: dimuat. 3 baris dibaca, 2 diterima, 1 dikarantina." in out
    assert "! Baris 4, kolom lintang, nilai «»: wajib diisi; isi nilainya atau hapus baris ini." in out
    assert cli.main(["ingest", str(good), "--dataset", "titik_sampah"]) == 0
    assert "tidak berubah" in capsys.readouterr().out


def test_xlsx_template_has_header_example_notes_and_drop_downs(warehouse, tmp_path):
    out = tmp_path / "titik_sampah.xlsx"
    assert cli.main(["template", "titik_sampah", "--out", str(out)]) == 0
    workbook = openpyxl.load_workbook(out)
    sheet = workbook["titik_sampah"]
    assert workbook.sheetnames[0] == "titik_sampah"
    assert [cell.value for cell in sheet[1]] == ["nama", "jenis", "kode_desa", "lintang", "bujur",
                                                "kapasitas_ton_per_hari", "jadwal", "tahun_mulai", "aktif"]
    assert [cell.value for cell in sheet[2]] == ["TPS3R Kramatwatu", "TPS3R", "36.04.05.2001", -6.065263, 106.119018,
                                                8.5, "Senin–Sabtu 07.00–15.00", 2022, "ya"]
    assert "Nama kolom lain yang diterima: nama_titik, nama_lokasi." in sheet["A1"].comment.text
    assert "Pilihan: TPS, TPS3R, bank sampah, TPST, TPA." in sheet["B1"].comment.text
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    lists = workbook["pilihan"]
    assert lists.sheet_state == "hidden"
    choices = {sqref: [row[0].value for row in lists[v.formula1.split("!")[1].replace("$", "")]]
               for sqref, v in validations.items() if v.type == "list"}
    assert choices == {"B2:B5001": ["TPS", "TPS3R", "bank sampah", "TPST", "TPA"], "I2:I5001": ["ya", "tidak"]}
    assert validations["F2:F5001"].type == "decimal" and validations["F2:F5001"].operator == "greaterThanOrEqual"
    [code_format] = [d.number_format for d in sheet.column_dimensions.values() if d.min <= 3 <= d.max]
    assert code_format == "@"  # codes typed into the template stay text
    guide = workbook["petunjuk"]
    assert guide["A5"].value == "nama" and guide["C5"].value == "wajib" and guide["C10"].value == "opsional"


def test_indicator_template_lists_catalog_codes_and_csv_template(warehouse, tmp_path):
    out = tmp_path / "indikator.xlsx"
    assert cli.main(["template", "indikator", "--out", str(out)]) == 0
    workbook = openpyxl.load_workbook(out)
    [validation] = workbook["indikator"].data_validations.dataValidation
    assert validation.formula1 == "'pilihan'!$A$2:$A$40"
    assert workbook["pilihan"]["A2"].value == "ST-01" and workbook["pilihan"]["A40"].value == "EN-02"
    assert cli.main(["template", "indikator", "--out", str(tmp_path / "indikator.csv")]) == 0
    assert (tmp_path / "indikator.csv").read_bytes() == (
        "\ufeffkode_indikator,periode,kode_wilayah,nilai,keterangan\r\n"
        "EC-02,2024-Q3,36.04,62.5,Laporan Bapenda triwulan III 2024\r\n").encode("utf-8")


def test_filled_xlsx_template_loads_and_skips_its_example_row(warehouse, tmp_path):
    out = tmp_path / "kunjungan.xlsx"
    assert cli.main(["template", "kunjungan_desa_wisata", "--out", str(out)]) == 0
    workbook = openpyxl.load_workbook(out)
    workbook["kunjungan_desa_wisata"].append(["36.04.31.2009", "2026-09", 1875])
    workbook.save(out)
    result = ingest_file(out, None, "kunjungan_desa_wisata", user="a", channel="cli")
    assert (result.rows_in, result.accepted, result.quarantined) == (1, 1, 0)
    assert "Baris contoh dari templat dilewati: 2." in result.notes


def test_export_csv_round_trip_and_xlsx_cell_types(warehouse, tmp_path):
    loaded = ingest_file(POINTS, "titik.csv", "titik_sampah", user="a", channel="cli")
    out = tmp_path / "titik_sampah.csv"
    assert cli.main(["export", "titik_sampah", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.splitlines() == [
        '"nama","jenis","kode_desa","lintang","bujur","kapasitas_ton_per_hari","jadwal","tahun_mulai","aktif"',
        '"TPS3R Kramatwatu Pesisir","TPS3R","36.04.05.2001",-6.065263,106.119018,8.75,"",2022,"ya"',
        '"TPS Margasana","TPS","36.04.05.2002",-6.0642,106.13578,2.5,"",2019,"ya"',
    ]  # in key order (kode_desa, nama); codes quoted as text, dot decimals
    again = ingest_file(out, None, "titik_sampah", user="a", channel="cli")
    assert (again.status, again.accepted, again.quarantined, again.replaced) == ("loaded", 2, 0, 2)
    assert loaded.accepted == again.accepted

    xlsx = tmp_path / "titik_sampah.xlsx"
    assert cli.main(["export", "titik_sampah", "--out", str(xlsx)]) == 0
    sheet = openpyxl.load_workbook(xlsx)["titik_sampah"]
    assert [cell.value for cell in sheet[3]] == ["TPS Margasana", "TPS", "36.04.05.2002", -6.0642, 106.13578, 2.5,
                                                None, 2019, "ya"]
    assert sheet["C2"].data_type == "s" and sheet["D2"].data_type == "n"


def test_export_dates_as_iso_text_in_csv_and_date_cells_in_xlsx(warehouse, tmp_path):
    trips = csv_bytes(["tanggal,rute,moda,perjalanan,penumpang,jarak_km",
                       "17/08/2026,Kramatwatu – Puspemkab,bus listrik,8,240,\"22,5\""])
    ingest_file(trips, "trip.csv", "perjalanan_transformer", user="a", channel="cli")
    out = tmp_path / "trip.csv"
    assert cli.main(["export", "perjalanan_transformer", "--out", str(out)]) == 0
    assert list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))[1] == [
        "2026-08-17", "Kramatwatu – Puspemkab", "bus listrik", "8", "240", "22.5"]
    xlsx = tmp_path / "trip.xlsx"
    assert cli.main(["export", "perjalanan_transformer", "--out", str(xlsx)]) == 0
    cell = openpyxl.load_workbook(xlsx)["perjalanan_transformer"]["A2"]
    assert cell.value == datetime(2026, 8, 17) and cell.is_date


def test_quarantine_export_can_be_fixed_and_sent_back(warehouse, tmp_path):
    ingest_file(POINTS, "titik.csv", "titik_sampah", user="a", channel="cli")
    out = tmp_path / "karantina.csv"
    assert cli.main(["quarantine", "--dataset", "titik_sampah", "--out", str(out)]) == 0
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert rows.to_dict("records") == [{
        "nama": "TPS Hilang", "jenis": "TPS", "kode_desa": "36.04.05.2001", "lintang": "", "bujur": "",
        "kapasitas_ton_per_hari": "1", "jadwal": "", "tahun_mulai": "2020", "aktif": "ya", "baris": "4",
        "alasan": "bujur: wajib diisi; isi nilainya atau hapus baris ini. | "
                  "lintang: wajib diisi; isi nilainya atau hapus baris ini.",
        "berkas": "titik.csv"}]
    generic = tmp_path / "semua.csv"
    assert cli.main(["quarantine", "--out", str(generic)]) == 0
    [line] = pd.read_csv(generic, dtype=str, keep_default_na=False).to_dict("records")
    assert (line["dataset"], line["berkas"], line["baris"]) == ("titik_sampah", "titik.csv", "4")
    assert json.loads(line["data_asli"])["nama"] == "TPS Hilang"
    everything = tmp_path / "semua.xlsx"
    assert cli.main(["quarantine", "--out", str(everything)]) == 0
    sheet = openpyxl.load_workbook(everything)["titik_sampah"]
    assert [cell.value for cell in sheet[2]][:3] == ["TPS Hilang", "TPS", "36.04.05.2001"]

    rows.loc[0, ["lintang", "bujur"]] = ["-6.0660", "106.1200"]
    fixed = tmp_path / "titik.csv"
    rows.to_csv(fixed, index=False)
    result = ingest_file(fixed, None, "titik_sampah", user="a", channel="cli")
    assert (result.accepted, result.quarantined) == (1, 0)
    assert "Kolom yang tidak dipakai: «baris», «alasan», «berkas»." in result.notes
    # the corrected titik.csv supersedes the first one: nothing left to send back
    assert cli.main(["quarantine", "--dataset", "titik_sampah", "--out", str(out)]) == 0
    assert pd.read_csv(out, dtype=str).empty
