"""Unggah Data as an OPD clerk: good file, bad rows, wrong columns, the same file twice, sheets, downloads, history."""

import io
import json
import threading
import time

import openpyxl
import pandas as pd
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from ingest_support import xlsx_bytes
from pipelines import db
from support import email, open_app
from upload_support import (BAD_ROWS, GOOD, WRONG_COLUMNS, confirm, metrics, plain_table, published, texts, upload,
                            upload_page, working)
from views import upload_job


@pytest.fixture()
def downloads(monkeypatch):
    """Every file a download button offers in this test, by its download name."""
    offered: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        if filename:
            offered[filename] = path_or_data
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return offered


def test_good_file_loads_and_every_session_sees_it(warehouse, users_file):
    before = db.current_snapshot(warehouse).version
    other_session = open_app("admin", page="kualitas-data")  # opened before the upload
    app = upload(upload_page(), "tonase_oktober.csv", GOOD)
    assert not app.exception and not app.error
    assert metrics(app) == {"Baris dibaca": "2", "Akan dimuat": "2", "Akan dikarantina": "0"}
    columns = plain_table(app, 0)
    assert [(line["Kolom dataset"], line["Judul di berkas"], line["Dikenali sebagai"], line["Format angka"])
            for line in columns] == [
        ("periode", "periode", "nama sama", ""), ("kode_desa", "kode_desa", "nama sama", ""),
        ("jenis", "jenis", "nama sama", ""),
        ("ton_terkumpul", "ton_terkumpul", "nama sama", "format Indonesia (1.234,5)"),
        ("ton_dikurangi", "ton_dikurangi", "nama sama", "format Indonesia (1.234,5)")]
    assert "Periode dalam berkas: Oktober 2026" in texts(app.markdown)
    assert app.button(key="upload_confirm").label == "Muat 2 baris"
    assert published("SELECT count(*) FROM meta.load_log WHERE NOT is_demo") == [(0,)]  # preview wrote nothing

    app = confirm(app)
    assert not app.exception and not app.error
    assert texts(app.success) == [
        f"Berkas tonase_oktober.csv dimuat ke «Tonase sampah per bulan»: 2 baris masuk, 0 baris dikarantina. "
        f"Snapshot {before + 1} diterbitkan; semua halaman dasbor memakai angka baru ini."]
    assert {label: value for label, value in metrics(app).items() if label in ("Dimuat", "Dikarantina")} == {
        "Dimuat": "2", "Dikarantina": "0"}
    [(user, channel, status, counts, started, finished)] = published(
        "SELECT uploaded_by, channel, status, [rows_in, accepted, quarantined], started_at, finished_at "
        "FROM meta.load_log WHERE NOT is_demo")
    assert (user, channel, status, counts) == (email("opd_dlh"), "unggah", "loaded", [2, 2, 0])
    assert started <= finished
    assert published("SELECT kode_desa, jenis, ton_terkumpul, ton_dikurangi, is_demo FROM mart.waste_monthly "
                     "WHERE periode = '2026-10' ORDER BY kode_desa") == [
        ("36.04.05.2001", "TPS3R", 152.4, 48.7, False), ("36.04.05.2002", "bank sampah", 12.5, 3.0, False)]
    history = plain_table(app)
    assert (history[0]["Berkas"], history[0]["Oleh"], history[0]["Status"], history[0]["Diterima"]) == (
        "tonase_oktober.csv", email("opd_dlh"), "Dimuat", "2")

    # A session opened before the upload shows it on its next rerun (cache keyed by snapshot).
    other_session.run()
    loads = other_session.dataframe[2].value
    first = loads.iloc[0]
    assert (first["Berkas"], first["Oleh"], first["Dataset"]) == (
        "tonase_oktober.csv", email("opd_dlh"), "Tonase sampah per bulan")


def test_bad_rows_are_quarantined_and_sent_back(warehouse, users_file, downloads):
    app = upload(upload_page(), "tonase_buruk.csv", BAD_ROWS)
    assert metrics(app) == {"Baris dibaca": "5", "Akan dimuat": "1", "Akan dikarantina": "4"}
    expected = [
        {"Baris": "3", "Kolom": "kode_desa", "Nilai": "36.04.05.2099",
         "Alasan": "kode desa ini tidak ada di data rujukan Kabupaten Serang; periksa angkanya "
                   "(setiap angka nol ikut dihitung)."},
        {"Baris": "4", "Kolom": "jenis", "Nilai": "gudang",
         "Alasan": "bukan salah satu pilihan; pilih: TPS, TPS3R, bank sampah, TPST, TPA."},
        {"Baris": "5", "Kolom": "ton_dikurangi", "Nilai": "7",
         "Alasan": "ton_dikurangi tidak boleh lebih besar dari ton_terkumpul."},
        {"Baris": "6", "Kolom": "ton_terkumpul", "Nilai": "abc", "Alasan": "bukan angka; tulis seperti 1.234,5 atau 1234.5."},
    ]
    assert plain_table(app, 1) == expected  # the preview lists them before anything is loaded
    app = confirm(app)
    assert not app.exception and not app.error
    [loaded] = texts(app.success)
    assert "1 baris masuk, 4 baris dikarantina" in loaded
    assert plain_table(app, 0) == expected
    [(load_id,)] = published("SELECT load_id FROM meta.load_log WHERE NOT is_demo")
    assert published("SELECT row_number, column_name FROM meta.quarantine WHERE load_id = ? ORDER BY row_number",
                     [load_id]) == [(3, "kode_desa"), (4, "jenis"), (5, "ton_dikurangi"), (6, "ton_terkumpul")]
    # The download has the dataset's own columns as written, then row and reason: fix it and send it back.
    sent_back = pd.read_csv(io.BytesIO(downloads[f"karantina_{load_id}.csv"]), dtype=str)
    assert list(sent_back.columns) == ["periode", "kode_desa", "jenis", "ton_terkumpul", "ton_dikurangi", "baris",
                                       "alasan", "berkas"]
    assert sent_back.iloc[0].tolist() == ["2026-10", "36.04.05.2099", "TPS", "10", "2", "3",
                                          "kode_desa: " + expected[0]["Alasan"], "tonase_buruk.csv"]
    workbook = openpyxl.load_workbook(io.BytesIO(downloads[f"karantina_{load_id}.xlsx"]))
    assert workbook.sheetnames[0] == "karantina" and workbook["karantina"].max_row == 5

    # The corrected rows, uploaded as downloaded (extra columns ignored), load and replace nothing.
    fixed = sent_back.assign(kode_desa=["36.04.05.2003", "36.04.05.2003", "36.04.05.2004", "36.04.05.2005"],
                             jenis=["TPS", "TPS3R", "TPS", "TPS"], ton_dikurangi=["2", "2", "5", "1"],
                             ton_terkumpul=["10", "10", "5", "3"])
    app.button(key="upload_again").click().run()
    app = confirm(upload(app, "tonase_perbaikan.csv", fixed.to_csv(index=False).encode()))
    [loaded] = texts(app.success)
    assert "4 baris masuk, 0 baris dikarantina" in loaded
    assert published("SELECT count(*) FROM mart.waste_monthly WHERE periode = '2026-10' AND NOT is_demo") == [(5,)]


def test_wrong_columns_are_refused_before_anything_is_loaded(warehouse, users_file):
    app = upload(upload_page(), "salah_kolom.csv", WRONG_COLUMNS)
    assert not app.exception
    [message] = texts(app.error)
    assert message.startswith(
        "Berkas salah_kolom.csv ditolak seluruhnya untuk dataset tonase_sampah: kolom wajib tidak ditemukan: "
        "periode, kode_desa, jenis, ton_terkumpul, ton_dikurangi. Kolom yang ditemukan (baris 1): «tanggal», «desa», "
        "«berat».")
    assert "unduh di halaman Unggah Data" in message
    assert not [button for button in app.button if button.key == "upload_confirm"]  # nothing to confirm
    assert working(warehouse, "SELECT count(*) FROM meta.load_log WHERE NOT is_demo") == [(0,)]


def test_same_file_twice_changes_nothing_the_second_time(warehouse, users_file):
    app = confirm(upload(upload_page(), "tonase_buruk.csv", BAD_ROWS))
    first = db.current_snapshot(warehouse).version
    # Back on the page with the same file still chosen: the result stays, nothing to confirm again.
    app.run()
    assert "1 baris masuk, 4 baris dikarantina" in texts(app.success)[0]
    assert not [button for button in app.button if button.key == "upload_confirm"]

    app.button(key="upload_again").click().run()
    assert not app.success
    app = confirm(upload(app, "tonase_buruk_lagi.csv", BAD_ROWS))
    assert not app.exception and not app.error
    assert texts(app.info)[-1] == (
        "Berkas tonase_buruk_lagi.csv sama dengan yang sudah dimuat sebelumnya ke «Tonase sampah per bulan»; "
        "tidak ada yang berubah (1 baris masuk, 4 baris dikarantina).")
    assert plain_table(app, 0)[0]["Baris"] == "3"  # the quarantined rows are shown again, ready to download
    assert db.current_snapshot(warehouse).version == first  # nothing published
    assert working(warehouse, "SELECT count(*), sum(accepted) FROM meta.load_log WHERE NOT is_demo") == [(1, 1)]


def test_sheet_is_asked_when_several_fit(warehouse, users_file):
    def fill(workbook):
        for name, value in (("Oktober", 100), ("Oktober revisi", 120)):
            sheet = workbook.create_sheet(name)
            sheet.append(["periode", "kode_desa", "jenis", "ton_terkumpul", "ton_dikurangi"])
            sheet.append(["2026-10", "36.04.05.2001", "TPS", value, 10])

    app = upload(upload_page(), "tonase.xlsx", xlsx_bytes(fill),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert app.radio[0].options == ["Oktober", "Oktober revisi"] and app.radio[0].value is None
    assert texts(app.warning) == ["Beberapa lembar cocok dengan dataset ini: «Oktober», «Oktober revisi». "
                                  "Pilih satu untuk melihat pratinjaunya."]
    app.radio[0].set_value("Oktober revisi").run()
    assert "Lembar «Oktober revisi» · Judul kolom di baris 1" in texts(app.caption)
    app = confirm(app)
    assert not app.error
    assert published("SELECT ton_terkumpul FROM mart.waste_monthly WHERE periode = '2026-10' AND NOT is_demo") == [
        (120.0,)]


def test_waiting_for_another_writer_is_said_and_then_loads(warehouse, users_file):
    app = upload(upload_page(), "tonase_oktober.csv", GOOD)
    finished = {}
    with db.writer(warehouse):  # a build or another upload is writing
        runner = threading.Thread(target=lambda: finished.setdefault("app", confirm(app)))
        runner.start()
        deadline = time.monotonic() + 60
        while not any(job.waiting for job in list(upload_job._JOBS.values())):
            assert time.monotonic() < deadline, "the upload never reached the writer lock"
            time.sleep(0.05)
    runner.join(120)
    app = finished["app"]
    assert not app.exception and not app.error
    assert "Sempat menunggu proses lain selesai menulis gudang data." in texts(app.caption)
    assert "2 baris masuk, 0 baris dikarantina" in texts(app.success)[0]


def test_template_downloads_hold_the_datasets_columns(warehouse, users_file, downloads):
    upload_page("opd_dlh", "indikator")
    assert downloads["templat_indikator.csv"].decode("utf-8-sig").splitlines()[0] == (
        "kode_indikator,periode,kode_wilayah,nilai,keterangan")
    workbook = openpyxl.load_workbook(io.BytesIO(downloads["templat_indikator.xlsx"]))
    lists = workbook[workbook.sheetnames[1]]
    # DLH's template offers only DLH's indicators in its drop-down
    assert sorted(cell.value for (cell,) in lists.iter_rows(min_row=2, max_col=1)) == [
        "EN-01", "PI-01", "PI-02", "PI-03", "PI-04", "PI-05"]


def test_english_page_has_no_missing_text(warehouse, users_file):
    app = open_app("opd_dlh", page="unggah", lang="en")
    assert not app.exception and not app.error
    assert texts(app.subheader)[:3] == ["1. Choose the dataset", "2. Download the template", "3. Upload the file"]
    loaded = json.dumps([element.value for element in app.markdown])
    assert "Kolom wajib" not in loaded and "Required columns" in loaded


def test_the_files_own_text_is_shown_as_typed_not_as_markdown(warehouse, users_file):
    data = "periode,kode_desa,jenis,ton_terkumpul,ton_dikurangi,**catatan**\n2026-10,36.04.05.2001,TPS,$5$,1,x\n"
    app = upload(upload_page(), "tonase.csv", data.encode())
    assert "Kolom yang tidak dipakai: «\\*\\*catatan\\*\\*»." in texts(app.caption)
    [problem] = app.table[1].value.to_dict("records")
    assert problem["Nilai"] == "\\$5\\$"  # shown as typed: $5$, not as a formula


def test_first_real_list_replaces_every_sample_row_only_after_a_tick(warehouse, users_file):
    """A whole list (titik_sampah): the first real file swaps out all sample points, so the page
    says how many and waits for a tick; once real rows exist, a file adds to them without one."""
    [(sample_points,)] = published("SELECT count(*) FROM mart.waste_point WHERE is_demo")
    points = ("nama,jenis,kode_desa,lintang,bujur\n"
              "TPS3R Margasana,TPS3R,36.04.05.2001,-6.065263,106.119018\n").encode()
    app = upload(upload_page(dataset="titik_sampah"), "titik.csv", points)
    assert [text for text in texts(app.warning) if "berkas nyata pertama" in text] == [
        f"Ini berkas nyata pertama untuk daftar ini: seluruh {sample_points} baris data contoh diganti oleh 1 "
        "baris dari berkas ini. Yang tidak ada di berkas tidak tampil lagi di peta dan halaman, dan indikator "
        "Program Pesan Ibu dihitung ulang dari daftar baru. Kirim daftar yang lengkap."]
    assert app.button(key="upload_confirm").disabled

    app.checkbox[0].check().run()
    assert not app.button(key="upload_confirm").disabled
    app = confirm(app)
    assert not app.exception and not app.error
    assert published("SELECT count(*), count(*) FILTER (WHERE is_demo) FROM mart.waste_point") == [(1, 0)]

    more = ("nama,jenis,kode_desa,lintang,bujur\n"
            "Bank Sampah Berkah,bank sampah,36.04.05.2001,-6.066,106.12\n").encode()
    app = upload(app, "titik_tambahan.csv", more)
    assert "Daftar nyata sudah berisi 1 baris." in " ".join(texts(app.info))
    assert not app.checkbox and not app.button(key="upload_confirm").disabled
    confirm(app)
    assert published("SELECT count(*) FROM mart.waste_point") == [(2,)]


def test_every_whole_list_dataset_names_its_programme():
    """The replace-all warning names the programme whose indicators the list feeds."""
    from pipelines.datasets import DATASETS, REPLACE_ALL
    whole_lists = {name: dataset.program for name, dataset in DATASETS.items() if dataset.replace == REPLACE_ALL}
    assert whole_lists == {"desa_wisata": "sikonde", "kategori_desa_wisata": "sikonde",
                           "produk_ovop": "sentra-perikanan", "titik_sampah": "pesan-ibu",
                           "lokasi_pojok_dolan": "pojok-dolan"}
