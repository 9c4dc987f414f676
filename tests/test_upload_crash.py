"""An upload killed halfway (SIGKILL at a chosen point of ingest): what is left, and what the next upload does.

The ingest runs in a child process exactly as the page runs it (``ingest_file`` with the
viewer's e-mail and OPD); a hook stops it at one point and the test kills it there.
"""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from pipelines import db
from support import REPO_ROOT, email
from upload_support import GOOD, confirm, plain_table, published, texts, upload, upload_page, working

DRIVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from pipelines import build, db
    from pipelines.ingest import ingest_file

    def pause(*args, **kwargs):
        print("PAUSED", flush=True)
        time.sleep(600)

    point = sys.argv[1]
    if point == "before_commit":  # rows, quarantine and load log written, derived tables being recomputed
        build.refresh = pause
    elif point == "before_publish":  # committed; no snapshot written yet
        db.publish = pause
    elif point == "before_rename":  # the new snapshot written under its temporary name
        rename = db.os.replace

        def pause_on_snapshot(source, target):
            if str(source).endswith(".duckdb.tmp"):
                pause()
            return rename(source, target)

        db.os.replace = pause_on_snapshot
    elif point == "before_pointer":  # the new snapshot file is in place; CURRENT still names the old one
        db._write_pointer = pause
    ingest_file(Path(sys.argv[2]).read_bytes(), "tonase_oktober.csv", "tonase_sampah", user=sys.argv[3],
                channel="unggah", opd="DLH")
""")


def kill_ingest_at(point: str, warehouse, tmp_path) -> None:
    (tmp_path / "file.csv").write_bytes(GOOD)
    child = subprocess.Popen([sys.executable, "-c", DRIVER, point, str(tmp_path / "file.csv"), email("opd_dlh")],
                             cwd=REPO_ROOT, env={**os.environ, "SERANG_DATA_DIR": str(warehouse.root)},
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = []
    for line in child.stdout:  # stops at the hook (the child then sleeps) or when the child ends without reaching it
        output.append(line)
        if line.strip() == "PAUSED":
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    assert output and output[-1].strip() == "PAUSED", "".join(output)


@pytest.mark.parametrize("point", ["before_commit", "before_publish", "before_rename", "before_pointer"])
def test_killed_upload_leaves_the_dashboard_as_it_was_and_the_next_upload_finishes_it(
        warehouse, users_file, tmp_path, point):
    before = db.current_snapshot(warehouse)
    kill_ingest_at(point, warehouse, tmp_path)

    # The lock died with the process: the next writer gets it at once.
    with db.writer(warehouse, timeout=5):
        pass
    # The dashboard still reads the snapshot it read before; the load is not in its history.
    assert db.current_snapshot(warehouse).version == before.version
    assert published("SELECT count(*) FROM meta.load_log WHERE NOT is_demo") == [(0,)]
    committed = point != "before_commit"
    # The working warehouse holds the load whole (committed) or not at all (rolled back on reopening).
    assert working(warehouse, "SELECT count(*) FROM raw.waste_tonnage WHERE NOT _is_demo") == [(2 if committed else 0,)]
    assert working(warehouse, "SELECT count(*) FROM meta.load_log WHERE NOT is_demo") == [(1 if committed else 0,)]
    assert len(list((warehouse.originals / "tonase_sampah").glob("*.csv"))) == 1  # kept before the commit
    leftover = sorted(path.name for path in warehouse.snapshots.iterdir())
    assert (f"snapshot-{before.version + 1:06d}.duckdb" in leftover) == (point == "before_pointer")
    assert (f".snapshot-{before.version + 1:06d}.duckdb.tmp" in leftover) == (point == "before_rename")

    # The clerk comes back (a new session) and sees no trace of it on the page...
    app = upload_page()
    assert "Belum ada berkas yang dimuat untuk dataset ini." in texts(app.caption)
    # ...sends the same file again, and it is on the dashboard.
    app = confirm(upload(app, "tonase_oktober.csv", GOOD))
    assert not app.exception and not app.error
    [message] = texts(app.success)
    version = db.current_snapshot(warehouse).version
    assert version == before.version + (2 if point == "before_pointer" else 1)
    if committed:
        assert message == (f"Berkas tonase_oktober.csv sudah tersimpan oleh unggahan sebelumnya yang terputus, tetapi "
                           f"belum tampil di dasbor. Kini snapshot {version} diterbitkan: 2 baris masuk, 0 baris "
                           f"dikarantina.")
    else:
        assert message.startswith("Berkas tonase_oktober.csv dimuat ke «Tonase sampah per bulan»: 2 baris masuk")
    assert published("SELECT count(*) FROM mart.waste_monthly WHERE periode = '2026-10' AND NOT is_demo") == [(2,)]
    assert not list(warehouse.snapshots.glob(".*.tmp"))  # a half-written snapshot is replaced by the next publish
    assert published("SELECT count(*), min(uploaded_by) FROM meta.load_log WHERE NOT is_demo") == [
        (1, email("opd_dlh"))]
    assert plain_table(app)[0]["Berkas"] == "tonase_oktober.csv"  # and in the history
