"""Snapshots: a reader keeps working while a build publishes; writers wait their turn; failures change nothing."""

import shutil
import threading
import time

import pytest

from pipelines import db, transform
from pipelines.build import build
from pipelines.errors import UserError

from support import AS_OF, END_MONTH


def test_read_during_publish_and_pick_up_new_snapshot(built):
    old = db.require_snapshot()
    reader = db.read_only(old)
    expected = reader.execute("SELECT count(*) FROM ind.indicator_value").fetchone()[0]
    errors: list[BaseException] = []
    results = []

    def rebuild():
        try:
            results.append(build(end_month=END_MONTH, as_of=AS_OF))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    worker = threading.Thread(target=rebuild)
    worker.start()
    reads = 0
    while worker.is_alive():
        assert reader.cursor().execute("SELECT count(*) FROM ind.indicator_value").fetchone()[0] == expected
        reads += 1
    worker.join()
    assert not errors and reads > 0
    new = db.require_snapshot()
    assert new.version == old.version + 1 == results[0].snapshot.version
    # the old connection still answers from the old file; a new reader sees the new version
    assert reader.execute("SELECT version FROM meta.snapshot").fetchone()[0] == old.version
    fresh = db.read_only(new)
    assert fresh.execute("SELECT version FROM meta.snapshot").fetchone()[0] == new.version
    fresh.close()
    reader.close()


def test_second_writer_waits_instead_of_failing(built):
    waited = threading.Event()
    order = []

    def hold():
        with db.writer():
            order.append("first in")
            time.sleep(1.0)
            order.append("first out")

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.2)
    with db.writer(on_wait=waited.set) as con:
        order.append("second in")
        assert con.execute("SELECT 1").fetchone() == (1,)
    holder.join()
    assert waited.is_set() and order == ["first in", "first out", "second in"]


def test_failing_transform_keeps_warehouse_and_snapshot(built, tmp_path, monkeypatch):
    before = db.require_snapshot()
    broken = tmp_path / "sql"
    shutil.copytree(transform.SQL_DIR, broken)
    (broken / "40_scores" / "10_indicator_month.sql").write_text("SELECT * FROM no_such_table;")
    monkeypatch.setattr(transform, "SQL_DIR", broken)
    with pytest.raises(UserError) as caught:
        build(end_month=END_MONTH, as_of=AS_OF)
    assert caught.value.key == "transform.failed" and "10_indicator_month.sql" in caught.value.message()
    assert db.require_snapshot().version == before.version
    with db.writer() as con:  # the transaction rolled back: score tables are intact
        assert con.execute("SELECT count(*) FROM score.indicator_month").fetchone()[0] > 0
