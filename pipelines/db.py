"""The one connection helper: a single locked writer, many snapshot readers.

Guarantees:
- Only one writer at a time, across processes and threads: ``writer()`` takes an
  exclusive ``flock`` on ``warehouse/writer.lock`` and waits its turn instead of
  failing with DuckDB's lock error.
- Readers never open the working warehouse. They read published snapshots:
  numbered, complete, read-only files. ``publish()`` writes the next snapshot
  under a temporary name, renames it into place, then swaps the ``CURRENT``
  pointer with an atomic ``os.replace``. A reader sees the old snapshot or the
  new one, never half of one.
- Snapshot files are never renamed over: DuckDB keeps serving a cached instance
  for a path until its last connection closes, so each version gets a new path.
  Old versions are pruned (a reader holding one keeps its open file on POSIX).
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from pipelines.errors import UserError
from pipelines.formatting import now_wib
from pipelines.settings import DataPaths, paths

# Bump when the published table layout changes incompatibly.
SNAPSHOT_FORMAT = 1
PUBLISHED_SCHEMAS = ("ref", "catalog", "mart", "ind", "score", "meta")
KEEP_SNAPSHOTS = 5
_LOCK_POLL_SECONDS = 0.2


@dataclass(frozen=True)
class Snapshot:
    version: int
    path: Path
    published_at: datetime  # WIB
    inputs: str  # fingerprint of the inputs it was built from


@contextmanager
def writer(
    layout: DataPaths | None = None,
    timeout: float = 900.0,
    on_wait: Callable[[], None] | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Exclusive read-write connection to the working warehouse; waits for its turn."""
    layout = layout or paths()
    layout.warehouse.parent.mkdir(parents=True, exist_ok=True)
    with open(layout.writer_lock, "a+") as lock_file:
        _acquire(lock_file, timeout, on_wait)
        try:
            con = duckdb.connect(str(layout.warehouse))
            try:
                yield con
            finally:
                con.close()
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def _acquire(lock_file, timeout: float, on_wait: Callable[[], None] | None) -> None:
    deadline = time.monotonic() + timeout
    waited = False
    while True:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if not waited and on_wait is not None:
                on_wait()
            waited = True
            if time.monotonic() > deadline:
                raise UserError("db.lock_timeout", seconds=int(timeout)) from None
            time.sleep(_LOCK_POLL_SECONDS)


def current_snapshot(layout: DataPaths | None = None) -> Snapshot | None:
    """The published snapshot readers should use, or None before the first build."""
    layout = layout or paths()
    try:
        pointer = json.loads(layout.current_pointer.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    if pointer.get("format") != SNAPSHOT_FORMAT:
        raise UserError("db.snapshot_incompatible", version=pointer.get("version"))
    return Snapshot(
        version=int(pointer["version"]),
        path=layout.snapshots / pointer["file"],
        published_at=datetime.fromisoformat(pointer["published_at"]),
        inputs=pointer.get("inputs", ""),
    )


def require_snapshot(layout: DataPaths | None = None) -> Snapshot:
    layout = layout or paths()
    snapshot = current_snapshot(layout)
    if snapshot is None or not snapshot.path.exists():
        raise UserError("db.no_snapshot", path=str(layout.snapshots))
    return snapshot


def read_only(snapshot: Snapshot) -> duckdb.DuckDBPyConnection:
    """A read-only connection to one snapshot. Share it across threads via ``.cursor()``."""
    return duckdb.connect(str(snapshot.path), read_only=True)


def publish(con: duckdb.DuckDBPyConnection, inputs: str, layout: DataPaths | None = None) -> Snapshot:
    """Copy the published schemas into the next numbered snapshot and point CURRENT at it.

    Call while holding ``writer()``: version numbers come from the files on disk.
    """
    layout = layout or paths()
    layout.snapshots.mkdir(parents=True, exist_ok=True)
    version = max((_version_of(path) for path in layout.snapshots.glob("snapshot-*.duckdb")), default=0) + 1
    name = f"snapshot-{version:06d}.duckdb"
    temporary = layout.snapshots / f".{name}.tmp"
    temporary.unlink(missing_ok=True)
    published_at = now_wib().replace(microsecond=0)

    quoted = str(temporary).replace("'", "''")  # ATTACH takes no bound parameters
    con.execute(f"ATTACH '{quoted}' AS snap")
    try:
        for schema in PUBLISHED_SCHEMAS:
            con.execute(f"CREATE SCHEMA IF NOT EXISTS snap.{schema}")
            tables = con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
                "AND schema_name = ? ORDER BY table_name",
                [schema],
            ).fetchall()
            for (table,) in tables:
                con.execute(f'CREATE TABLE snap.{schema}."{table}" AS SELECT * FROM {schema}."{table}"')
        con.execute("CREATE OR REPLACE TABLE snap.meta.snapshot AS SELECT ?::INTEGER AS version, "
                    "?::TIMESTAMP AS published_at, ?::VARCHAR AS inputs",
                    [version, published_at, inputs])
        con.execute("CHECKPOINT snap")
    finally:
        con.execute("DETACH snap")
    os.replace(temporary, layout.snapshots / name)
    _write_pointer(layout, {"format": SNAPSHOT_FORMAT, "version": version, "file": name,
                            "published_at": published_at.isoformat(), "inputs": inputs})
    _prune(layout, keep_from=version - KEEP_SNAPSHOTS + 1)
    return Snapshot(version, layout.snapshots / name, published_at, inputs)


def _version_of(path: Path) -> int:
    try:
        return int(path.stem.split("-")[1])
    except (IndexError, ValueError):
        return 0


def _write_pointer(layout: DataPaths, pointer: dict) -> None:
    temporary = layout.current_pointer.with_suffix(".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(pointer, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, layout.current_pointer)


def _prune(layout: DataPaths, keep_from: int) -> None:
    for path in layout.snapshots.glob("snapshot-*.duckdb"):
        if _version_of(path) < keep_from:
            path.unlink(missing_ok=True)
            Path(str(path) + ".wal").unlink(missing_ok=True)
