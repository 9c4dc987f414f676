"""Size and type limits of the upload page: stated on the page, checked by extension and by content."""

import io
import json
import tomllib
import zipfile

import pytest

from ingest_support import xlsx_bytes
from pipelines import settings
from pipelines.datasets import DATASETS
from pipelines.errors import UserError
from pipelines.ingest.upload_check import check_upload, sniff
from support import REPO_ROOT
from upload_support import GOOD, metrics, texts, upload, upload_page

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TONASE, TITIK = DATASETS["tonase_sampah"], DATASETS["titik_sampah"]


def workbook() -> bytes:
    return xlsx_bytes(lambda book: book.create_sheet("tonase_sampah").append(["periode"]))


def refusal(data: bytes, name: str, dataset=TONASE) -> str:
    with pytest.raises(UserError) as refused:
        check_upload(data, name, dataset)
    return refused.value.message()


def test_the_page_limit_is_below_the_servers_hard_cap():
    config = tomllib.loads((REPO_ROOT / ".streamlit" / "config.toml").read_text())
    assert 0 < settings.UPLOAD_MAX_MB < config["server"]["maxUploadSize"]


def test_content_is_sniffed_not_taken_from_the_name():
    assert sniff(GOOD) == "csv"
    assert sniff("a;b\n1;2\n".encode("utf-16")) == "csv"  # UTF-16 with BOM is text
    assert sniff(workbook()) == "xlsx"
    assert sniff(b'\xef\xbb\xbf  {"type": "FeatureCollection"}') == "geojson"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100) == "xls"
    assert sniff(b"%PDF-1.7 ...") == "pdf"
    assert sniff(b"MZ\x90\x00") == "program"
    assert sniff(b"a,b\n\x00\x01\x02") == "binary"
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("word/document.xml", "<w/>")
    assert sniff(archive.getvalue()) == "zip"


def test_refusals_name_the_file_and_the_fix():
    assert check_upload(GOOD, "Tonase.CSV", TONASE) == "csv"
    assert check_upload(workbook(), "tonase.xlsx", TONASE) == "xlsx"
    assert refusal(GOOD, "tonase.exe") == (
        "Berkas tonase.exe tidak diterima: jenis «.exe» tidak dibaca untuk dataset ini. Yang diterima: .csv, .xlsx.")
    assert refusal(b'{"type": "FeatureCollection", "features": []}', "titik.geojson") == (
        "Berkas titik.geojson tidak diterima: jenis «.geojson» tidak dibaca untuk dataset ini. "
        "Yang diterima: .csv, .xlsx.")  # tonase has no locations
    assert check_upload(b'{"type": "FeatureCollection", "features": []}', "titik.geojson", TITIK) == "geojson"
    assert refusal(workbook(), "tonase.csv") == (
        "Berkas tonase.csv adalah buku kerja Excel (.xlsx), padahal namanya berakhiran .csv. Ganti akhirannya menjadi "
        ".xlsx, atau dari Excel pilih «Simpan Sebagai» CSV UTF-8.")
    assert refusal(GOOD, "tonase.xlsx").startswith("Berkas tonase.xlsx berisi teks biasa (seperti CSV)")
    assert refusal(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "lama.xlsx").startswith(
        "Berkas lama.xlsx berformat Excel lama (.xls 97-2003).")
    assert refusal(b"%PDF-1.7", "laporan.csv").startswith("Berkas laporan.csv adalah PDF")
    assert refusal(b"  \n", "kosong.csv") == "Berkas kosong.csv kosong. Kirim berkas yang berisi judul kolom dan data."
    too_big = b"a" * (settings.UPLOAD_MAX_MB * 1024 * 1024 + 1)
    assert refusal(too_big, "besar.csv") == (
        "Berkas besar.csv berukuran 10,0 MB, melebihi batas 10 MB per unggahan. Bagi datanya menjadi beberapa berkas "
        "(mis. per bulan), atau kirim lewat admin data.")


def test_a_zip_bomb_dressed_as_xlsx_is_refused():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as out:
        out.writestr("[Content_Types].xml", "<Types/>")
        out.writestr("xl/workbook.xml", "<workbook/>")
        out.writestr("xl/worksheets/sheet1.xml", b"0" * (201 * 1024 * 1024))
    assert len(archive.getvalue()) < 1024 * 1024
    assert refusal(archive.getvalue(), "bom.xlsx").startswith("Berkas bom.xlsx membengkak menjadi 201,0 MB saat dibuka")


def test_limits_are_stated_and_enforced_on_the_page(warehouse, users_file):
    app = upload_page()
    assert "Jenis berkas: .csv, .xlsx. Ukuran paling besar 10 MB per berkas. Isi berkas diperiksa, bukan hanya " \
           "namanya." in texts(app.caption)
    assert list(app.file_uploader[0].proto.type) == []  # any file reaches check_upload, which explains refusals

    app = upload(app, "tonase.csv", workbook(), "text/csv")
    assert texts(app.error)[0].startswith("Berkas tonase.csv adalah buku kerja Excel (.xlsx)")
    assert not app.metric  # no preview

    too_big = GOOD + b"2026-10;36.04.05.2003;TPS;1;1\n" * 400_000
    app = upload(app, "besar.csv", too_big)
    assert texts(app.error) == [
        "Berkas besar.csv berukuran 11,4 MB, melebihi batas 10 MB per unggahan. Bagi datanya menjadi beberapa berkas "
        "(mis. per bulan), atau kirim lewat admin data."]
    assert not app.exception


def test_another_file_type_gets_a_message_not_a_preview(warehouse, users_file):
    app = upload(upload_page(), "tonase.exe", GOOD, "application/octet-stream")
    assert not app.exception
    assert texts(app.error) == [
        "Berkas tonase.exe tidak diterima: jenis «.exe» tidak dibaca untuk dataset ini. Yang diterima: .csv, .xlsx."]
    assert not app.metric


def test_geojson_is_offered_for_datasets_with_locations(warehouse, users_file):
    points = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [106.119018, -6.065263]},
         "properties": {"nama": "TPS3R Margasana", "jenis": "TPS3R", "kode_desa": "36.04.05.2001"}}]}
    app = upload_page(dataset="titik_sampah")
    assert "Jenis berkas: .csv, .xlsx, .geojson, .json. Ukuran paling besar 10 MB per berkas. Isi berkas diperiksa, " \
           "bukan hanya namanya." in texts(app.caption)
    app = upload(app, "titik.geojson", json.dumps(points).encode(), "application/geo+json")
    assert not app.error, texts(app.error)
    assert metrics(app) == {"Baris dibaca": "1", "Akan dimuat": "1", "Akan dikarantina": "0"}
