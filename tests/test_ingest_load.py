"""Loading into the warehouse: values, quarantine, log, kept original, unchanged, replacement, publish, inbox."""

import hashlib
import json
from pathlib import Path

import duckdb
import pytest

from ingest_support import csv_bytes
from pipelines import db
from pipelines.errors import UserError
from pipelines.ingest import ingest_file, ingest_inbox, preview

FIRST = csv_bytes([
    "kode_indikator;periode;kode_wilayah;nilai;keterangan",
    "GOV-02;2025;36.04;81,2;Survei IKM 2025",
    "EC-02;2026-Q1;36.04;64,5;Bapenda",
    "EC-02;2026-Q2;36.04;banyak;Bapenda",
])
CORRECTED = csv_bytes([
    "kode_indikator;periode;kode_wilayah;nilai;keterangan",
    "GOV-02;2025;36.04;82,4;Survei IKM 2025 (revisi)",
    "EC-02;2026-Q2;36.04;66;Bapenda",
])


def working(layout, sql, params=None):
    con = duckdb.connect(str(layout.warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def published(sql, params=None):
    con = db.read_only(db.require_snapshot())
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_load_quarantine_log_original_and_publish(warehouse):
    before = db.current_snapshot(warehouse).version
    result = ingest_file(FIRST, "ikm.csv", "indikator", user="opd@serangkab.go.id", channel="unggah")
    assert (result.status, result.rows_in, result.accepted, result.quarantined) == ("loaded", 3, 2, 1)
    assert result.snapshot == before + 1 == db.current_snapshot(warehouse).version
    assert working(warehouse, "SELECT kode_indikator, periode, kode_wilayah, nilai, keterangan, _row, _load_id "
                              "FROM raw.observation WHERE NOT _is_demo ORDER BY _row") == [
        ("GOV-02", "2025", "36.04", 81.2, "Survei IKM 2025", 2, result.load_id),
        ("EC-02", "2026-Q1", "36.04", 64.5, "Bapenda", 3, result.load_id)]
    [(row, column, value, message, raw)] = published(
        "SELECT row_number, column_name, value, message, raw_row FROM meta.quarantine WHERE load_id = ?",
        [result.load_id])
    assert (row, column, value) == (4, "nilai", "banyak")
    assert message == "bukan angka; tulis seperti 1.234,5 atau 1234.5."
    assert json.loads(raw) == {"kode_indikator": "EC-02", "periode": "2026-Q2", "kode_wilayah": "36.04",
                               "nilai": "banyak", "keterangan": "Bapenda"}
    [(name, digest, stored, user, channel, status, counts)] = published(
        "SELECT file_name, file_sha256, stored_path, uploaded_by, channel, status, [rows_in, accepted, quarantined] "
        "FROM meta.load_log WHERE load_id = ?", [result.load_id])
    assert (name, user, channel, status, counts) == ("ikm.csv", "opd@serangkab.go.id", "unggah", "loaded", [3, 2, 1])
    assert digest == hashlib.sha256(FIRST).hexdigest()
    assert (warehouse.root / stored).read_bytes() == FIRST
    # the published indicator now shows the OPD's value, labelled as an upload
    assert published("SELECT nilai, source_kind FROM ind.indicator_value WHERE kode_indikator = 'GOV-02' "
                     "AND periode = '2025' AND kode_wilayah = '36.04'") == [(81.2, "unggahan")]


def test_same_file_again_changes_nothing(warehouse):
    first = ingest_file(FIRST, "ikm.csv", "indikator", user="a", channel="cli")
    again = ingest_file(FIRST, "ikm-lagi.csv", "indikator", user="a", channel="cli")
    assert again.status == "unchanged" and again.load_id == first.load_id
    assert again.snapshot == first.snapshot == db.current_snapshot(warehouse).version
    assert working(warehouse, "SELECT count(*) FROM meta.load_log WHERE NOT is_demo") == [(1,)]
    assert (again.accepted, again.quarantined) == (2, 1)


def test_corrected_file_replaces_values_and_history_keeps_both(warehouse):
    first = ingest_file(FIRST, "ikm.csv", "indikator", user="a", channel="cli")
    second = ingest_file(CORRECTED, "ikm.csv", "indikator", user="a", channel="cli")
    assert (second.status, second.replaced, second.snapshot) == ("loaded", 1, first.snapshot + 1)
    assert "1 nilai lama untuk kunci yang sama diganti oleh berkas ini." in second.notes
    assert working(warehouse, "SELECT kode_indikator, periode, nilai, _load_id FROM raw.observation "
                              "WHERE NOT _is_demo ORDER BY kode_indikator, periode") == [
        ("EC-02", "2026-Q1", 64.5, first.load_id), ("EC-02", "2026-Q2", 66.0, second.load_id),
        ("GOV-02", "2025", 82.4, second.load_id)]
    assert published("SELECT load_id, replaced FROM meta.load_log WHERE NOT is_demo ORDER BY finished_at") == [
        (first.load_id, 0), (second.load_id, 1)]
    # the first file itself, sent again, puts its values back: it is not "unchanged" any more
    third = ingest_file(FIRST, "ikm.csv", "indikator", user="a", channel="cli")
    assert (third.status, third.replaced) == ("loaded", 2)


def test_rejected_file_loads_nothing_and_is_logged_once(warehouse):
    before = db.current_snapshot(warehouse).version
    bad = csv_bytes(["kode,tanggal,angka", "GOV-01,2024-01-01,3", ",,", "GOV-02,2024-02-01,4"])
    result = ingest_file(bad, "salah.csv", "indikator", user="a", channel="cli")
    assert (result.status, result.accepted, result.rows_in, result.quarantined) == ("rejected", 0, 2, 2)
    assert result.message.startswith("Berkas salah.csv ditolak seluruhnya untuk dataset indikator: kolom wajib "
                                     "tidak ditemukan: periode, kode_wilayah, nilai. Kolom yang ditemukan (baris 1): "
                                     "«kode», «tanggal», «angka».")
    # the file-level reason, then every counted row with it
    assert result.errors == [{"row": 1, "column": None, "value": None, "message": result.message},
                             {"row": 2, "column": "berkas", "value": "GOV-01 | 2024-01-01 | 3", "message": result.message},
                             {"row": 4, "column": "berkas", "value": "GOV-02 | 2024-02-01 | 4", "message": result.message}]
    assert result.errors_total == 3
    assert working(warehouse, "SELECT count(*) FROM raw.observation WHERE NOT _is_demo") == [(0,)]
    assert working(warehouse, "SELECT row_number, column_name, value, message, raw_row FROM meta.quarantine "
                              "WHERE load_id = ? ORDER BY row_number", [result.load_id]) == [
        (2, "berkas", "GOV-01 | 2024-01-01 | 3", result.message, '{"kode": "GOV-01", "tanggal": "2024-01-01", "angka": "3"}'),
        (4, "berkas", "GOV-02 | 2024-02-01 | 4", result.message, '{"kode": "GOV-02", "tanggal": "2024-02-01", "angka": "4"}'),
    ]
    # nothing changed: no refresh, no new snapshot (the log shows with the next one)
    assert result.snapshot == before and db.current_snapshot(warehouse).version == before
    again = ingest_file(bad, "salah.csv", "indikator", user="a", channel="cli")
    assert again.status == "rejected" and again.snapshot == before and again.load_id == result.load_id
    assert working(warehouse, "SELECT status, count(*) FROM meta.load_log WHERE NOT is_demo GROUP BY status") == [
        ("rejected", 1)]
    # the send-back query (quarantine --out, the app's download) lists the rejected rows
    sql = (Path(__file__).resolve().parents[1] / "pipelines" / "ingest" / "sql" / "quarantine_rows.sql").read_text()
    con = duckdb.connect(str(warehouse.warehouse), read_only=True)
    try:
        rows = con.execute(sql, {"dataset": "indikator"}).fetchall()
    finally:
        con.close()
    assert [(row[1], row[3], row[4]) for row in rows] == [
        ("salah.csv", 2, f"berkas: {result.message}"), ("salah.csv", 4, f"berkas: {result.message}")]


def test_real_rows_replace_sample_rows_for_their_month_only(warehouse):
    data = csv_bytes(["kode_desa,periode,pengunjung", "36.04.31.2009,2026-10,4321"])
    ingest_file(data, "kunjungan.csv", "kunjungan_desa_wisata", user="a", channel="cli")
    staging = working(warehouse, "SELECT periode, bool_and(is_demo), count(*), sum(pengunjung) "
                                 "FROM staging.tourism_visit WHERE periode IN ('2026-09', '2026-10') "
                                 "GROUP BY periode ORDER BY periode")
    assert staging[0][:2] == ("2026-09", True) and staging[0][2] > 1  # other months keep their samples
    assert staging[1] == ("2026-10", False, 1, 4321)  # the real month shows only the real row


def test_preview_writes_nothing_and_reports_mapping(warehouse):
    before = db.current_snapshot(warehouse).version
    report = preview(csv_bytes(["Kode;Bulan;Wilayah;Realisasi", "EC-02;2026-Q1;36.04;1.250"]), "p.csv", "indikator")
    assert report.status == "ok" and (report.rows_in, report.accepted, report.quarantined) == (1, 0, 1)
    assert report.columns["found"] == {
        "kode_indikator": {"header": "Kode", "alias": "kode"}, "periode": {"header": "Bulan", "alias": "bulan"},
        "kode_wilayah": {"header": "Wilayah", "alias": "wilayah"}, "nilai": {"header": "Realisasi", "alias": "realisasi"}}
    assert report.columns["missing_optional"] == ["keterangan"] and report.columns["missing"] == []
    assert report.number_conventions == {"nilai": "id"}
    assert report.errors == [{"row": 2, "column": "nilai", "value": "1.250",
                              "message": "di luar rentang 0–100 untuk indikator EC-02 (satuan %)."}]
    assert db.current_snapshot(warehouse).version == before
    assert working(warehouse, "SELECT count(*) FROM meta.load_log WHERE NOT is_demo") == [(0,)]


def test_inbox_files_load_once_inside_the_callers_transaction(warehouse):
    folder = warehouse.inbox / "produksi_perikanan"
    folder.mkdir(parents=True)
    (folder / "agustus.csv").write_bytes(csv_bytes(["periode,kode_desa,komoditas,volume_ton",
                                                    "2026-08,36.04.05.2001,bandeng,12.5"]))
    (warehouse.inbox / "bukan_dataset").mkdir()
    con = duckdb.connect(str(warehouse.warehouse))
    try:
        con.execute("BEGIN TRANSACTION")
        results = ingest_inbox(con, warehouse)
        again = ingest_inbox(con, warehouse)
        con.execute("COMMIT")
        rows = con.execute("SELECT kode_desa, komoditas, volume_ton FROM raw.fish_production WHERE NOT _is_demo").fetchall()
        channel = con.execute("SELECT channel, uploaded_by FROM meta.load_log WHERE NOT is_demo").fetchall()
    finally:
        con.close()
    assert [(r.file, r.status, r.accepted) for r in results] == [("agustus.csv", "loaded", 1)] and again == []
    assert rows == [("36.04.05.2001", "bandeng", 12.5)] and channel == [("inbox", "inbox")]


def test_ingest_before_any_build_says_to_build(tmp_path, monkeypatch):
    monkeypatch.setenv("SERANG_DATA_DIR", str(tmp_path))
    with pytest.raises(UserError, match="python -m pipelines build"):
        ingest_file(FIRST, "ikm.csv", "indikator", user="a", channel="cli")
    assert not (tmp_path / "warehouse" / "working.duckdb").exists()
