"""Two page uploads, a CLI build and readers at the same moment: each finishes, one writer after the other."""

import os
import subprocess
import sys
import threading

import pytest
from streamlit.runtime.scriptrunner.script_cache import ScriptCache

from pipelines import db
from support import END_MONTH, REPO_ROOT, email, open_app
from upload_support import GOOD, INDICATORS, confirm, published, texts, upload, upload_page


@pytest.fixture
def one_compile_at_a_time(monkeypatch):
    """Every AppTest run compiles app.py in its own ScriptCache; CPython 3.11.7 raises
    "SystemError: AST constructor recursion depth mismatch" when two threads compile at once
    (the server has one locked cache per runtime, so only threaded AppTests meet this)."""
    lock, compile_script = threading.Lock(), ScriptCache.get_bytecode

    def locked(self, script_path):
        with lock:
            return compile_script(self, script_path)

    monkeypatch.setattr(ScriptCache, "get_bytecode", locked)


def test_two_uploads_a_cli_build_and_readers_at_once(one_compile_at_a_time, warehouse, users_file, real_reference):
    start = db.current_snapshot(warehouse).version
    pages = {"dlh": upload(upload_page("opd_dlh", "tonase_sampah"), "tonase_oktober.csv", GOOD),
             "admin": upload(upload_page("admin", "indikator"), "indikator_2025.csv", INDICATORS)}
    assert all(not page.error for page in pages.values())  # both previews done: next come the two confirms

    build = subprocess.Popen(
        [sys.executable, "-m", "pipelines", "build", "--end-month", END_MONTH], cwd=REPO_ROOT, text=True,
        env={**os.environ, "SERANG_DATA_DIR": str(warehouse.root), "SERANG_REFERENCE_DIR": str(real_reference)},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = []
    for line in iter(lambda: build.stdout.read(1), ""):  # wait until the build holds the writer lock
        output.append(line)
        if "[3/7]" in "".join(output):
            break

    stop, seen, failures = threading.Event(), [], []

    def read_snapshots():
        while not stop.is_set():
            try:
                snapshot = db.current_snapshot(warehouse)
                con = db.read_only(snapshot)
                try:
                    real = con.execute("SELECT count(*) FROM mart.waste_monthly WHERE periode = '2026-10' "
                                       "AND NOT is_demo").fetchone()[0]
                    loads = con.execute("SELECT count(*) FROM meta.load_log WHERE NOT is_demo").fetchone()[0]
                finally:
                    con.close()
                seen.append((snapshot.version, real, loads))
            except Exception as error:  # noqa: BLE001 - any failure of a reader is what this test looks for
                failures.append(repr(error))

    reader = open_app("eksekutif", page="kualitas-data")

    def read_pages():
        while not stop.is_set():
            reader.run()
            if reader.exception or reader.error:
                failures.append(texts(reader.exception) + texts(reader.error))

    finished = {}
    writers = [threading.Thread(target=lambda key=key: finished.setdefault(key, confirm(pages[key])))
               for key in pages]
    readers = [threading.Thread(target=read_snapshots), threading.Thread(target=read_pages)]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join(300)
    output.append(build.communicate(timeout=300)[0])
    stop.set()
    for thread in readers:
        thread.join(120)

    assert build.returncode == 0, "".join(output)
    assert not failures
    for key, page in finished.items():
        assert not page.exception and not page.error, key
    assert any("2 baris masuk, 0 baris dikarantina" in text for text in texts(finished["dlh"].success))
    assert any("3 baris masuk, 0 baris dikarantina" in text for text in texts(finished["admin"].success))

    # Three writers, three snapshots; both loads in the last one with their senders and counts.
    assert db.current_snapshot(warehouse).version == start + 3
    loads = published("SELECT dataset, uploaded_by, rows_in, accepted, quarantined, started_at, finished_at "
                      "FROM meta.load_log WHERE NOT is_demo ORDER BY started_at")
    assert sorted(load[:5] for load in loads) == [("indikator", email("admin"), 3, 3, 0),
                                                  ("tonase_sampah", email("opd_dlh"), 2, 2, 0)]
    assert loads[0][6] <= loads[1][5]  # one after the other: the second started after the first finished
    assert published("SELECT count(*) FROM mart.waste_monthly WHERE periode = '2026-10' AND NOT is_demo") == [(2,)]
    assert published("SELECT count(*) FROM ind.indicator_value WHERE periode = '2025' AND kode_wilayah = '36.04' "
                     "AND source_kind = 'unggahan'") == [(3,)]
    # Readers only ever saw whole states: the tonase file entirely or not at all.
    assert seen and {real for _, real, _ in seen} <= {0, 2}
    assert [version for version, _, _ in seen] == sorted(version for version, _, _ in seen)


def test_pages_open_only_published_snapshots():
    """The app reads through views/data.py (read-only snapshot connections); loads go through ingest_file."""
    opened = {}
    for path in (REPO_ROOT / "views").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = [word for word in ("duckdb.connect", "db.writer", "built_writer", ".warehouse", "working.duckdb")
                 if word in text]
        if found:
            opened[path.name] = found
    assert opened == {"data.py": ["duckdb.connect"]}
    assert "read_only=True" in (REPO_ROOT / "views" / "data.py").read_text(encoding="utf-8")
