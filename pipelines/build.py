"""``python -m pipelines build``: reference + catalog + sample data + real figures + inbox → transforms → publish.

Guarantees: everything between reading the inputs and the transforms happens in
one transaction in the working warehouse, so a failure (bad reference folder,
bad catalog, failing transform) leaves the warehouse and the published snapshot
exactly as they were. Publishing happens only after that transaction commits.
``if_stale`` skips the whole build when the inputs' fingerprint equals the one
the current snapshot was built from.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from pipelines import db, demo, settings
from pipelines.errors import UserError
from pipelines.catalog import load_catalog, write_catalog
from pipelines.datasets import DATASETS, create_raw_tables
from pipelines.facts import load_real_figures, write_real_figures
from pipelines.formatting import now_wib
from pipelines.progress import Progress, SilentProgress
from pipelines.reference.load import load_reference, write_reference
from pipelines.transform import run_transforms

PACKAGE_DIR = Path(__file__).resolve().parent
MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
STEPS = ("build.step.reference", "build.step.catalog", "build.step.demo", "build.step.facts",
         "build.step.inbox", "build.step.transform", "build.step.publish")


@dataclass(frozen=True)
class BuildResult:
    snapshot: db.Snapshot
    seconds: float
    rebuilt: bool


def last_full_month(today: date | None = None) -> str:
    today = today or now_wib().date()
    return (pd.Period(today, freq="M") - 1).strftime("%Y-%m")


def build(end_month: str | None = None, seed: int = demo.DEFAULT_SEED, size: float = 1.0,
          if_stale: bool = False, progress: Progress | None = None,
          layout: settings.DataPaths | None = None, as_of: date | None = None) -> BuildResult:
    """Build and publish. ``as_of`` (default: today in WIB) is the date freshness is judged on."""
    progress = progress or SilentProgress()
    layout = layout or settings.paths()
    started = time.monotonic()
    as_of = as_of or now_wib().date()
    if end_month is not None and not MONTH.fullmatch(end_month):  # checked before minutes of loading
        raise UserError("build.bad_end_month", value=end_month)
    end_month = end_month or last_full_month(as_of)

    progress.step(STEPS[0], 1, len(STEPS))
    reference = load_reference(settings.reference_dir())
    progress.step(STEPS[1], 2, len(STEPS))
    catalog = load_catalog(settings.catalog_dir())
    figures = load_real_figures(settings.facts_file(), catalog.indicators)
    inputs = _fingerprint(reference.fingerprint, catalog.fingerprint, end_month, seed, size, as_of, layout)

    current = db.current_snapshot(layout)
    if if_stale and current is not None and current.inputs == inputs and current.path.exists():
        progress.finish()
        return BuildResult(current, time.monotonic() - started, rebuilt=False)

    with db.writer(layout, on_wait=lambda: progress.detail("(menunggu giliran menulis)")) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            _ensure_schema(con)
            write_reference(con, reference)
            write_catalog(con, catalog)
            con.execute("CREATE OR REPLACE TABLE meta.build AS SELECT ?::VARCHAR AS region_code, "
                        "'Kabupaten Serang' AS region_name, ?::VARCHAR AS end_month, ?::DATE AS as_of, "
                        "?::TIMESTAMP AS built_at, ?::BIGINT AS seed, ?::DOUBLE AS size",
                        [settings.REGION_CODE, end_month, as_of, now_wib(), seed, size])

            progress.step(STEPS[2], 3, len(STEPS))
            demo_fingerprint = _demo_fingerprint(reference.fingerprint, catalog.fingerprint, end_month, seed, size)
            if con.execute("SELECT count(*) FROM meta.demo_state WHERE fingerprint = ?",
                           [demo_fingerprint]).fetchone()[0] == 0:
                frames = demo.generate(reference, catalog, end_month, seed, size, progress=progress.detail)
                _replace_demo_rows(con, frames, demo_fingerprint)

            progress.step(STEPS[3], 4, len(STEPS))
            write_real_figures(con, figures)

            progress.step(STEPS[4], 5, len(STEPS))
            _process_inbox(con, layout, progress)

            progress.step(STEPS[5], 6, len(STEPS))
            refresh(con)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        progress.step(STEPS[6], 7, len(STEPS))
        snapshot = db.publish(con, inputs, layout)
    progress.finish()
    return BuildResult(snapshot, time.monotonic() - started, rebuilt=True)


def refresh(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every derived table from the raw tables (inside the caller's transaction).

    Ingest calls this after loading a file, then ``db.publish``; the build calls it after
    loading its inputs. Needs a previous build (``meta.build``, ``ref``, ``catalog``).
    """
    run_transforms(con)
    _write_dataset_status(con)


def _ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute((PACKAGE_DIR / "schema.sql").read_text(encoding="utf-8"))
    create_raw_tables(con)


def _code_hash(*paths: Path) -> str:
    digest = hashlib.sha256()
    for folder in paths:
        for path in sorted(folder.rglob("*.py")) + sorted(folder.rglob("*.sql")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _demo_fingerprint(reference: str, catalog: str, end_month: str, seed: int, size: float) -> str:
    code = _code_hash(PACKAGE_DIR / "demo") + hashlib.sha256((PACKAGE_DIR / "datasets.py").read_bytes()).hexdigest()
    return hashlib.sha256(f"{reference}|{catalog}|{end_month}|{seed}|{size}|{code}".encode()).hexdigest()[:16]


def _fingerprint(reference: str, catalog: str, end_month: str, seed: int, size: float, as_of: date,
                 layout: settings.DataPaths) -> str:
    inbox = sorted((str(p.relative_to(layout.inbox)), p.stat().st_size, p.stat().st_mtime_ns)
                   for p in layout.inbox.rglob("*") if p.is_file()) if layout.inbox.exists() else []
    facts = hashlib.sha256(settings.facts_file().read_bytes()).hexdigest()
    parts = [reference, catalog, end_month, str(seed), str(size), as_of.isoformat(), facts, repr(inbox),
             _code_hash(PACKAGE_DIR)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _replace_demo_rows(con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame], fingerprint: str) -> None:
    now = now_wib()
    for name, frame in frames.items():
        dataset = DATASETS[name]
        load_id = f"{demo.LOAD_ID}:{name}"
        con.execute(f"DELETE FROM {dataset.table} WHERE _is_demo")
        columns = ", ".join(f"CAST({column.name} AS {column.sql_type})" for column in dataset.columns)
        con.register("demo_frame", frame[list(dataset.column_names)])
        con.execute(f"INSERT INTO {dataset.table} SELECT {columns}, ?, true, row_number() OVER () "
                    "FROM demo_frame", [load_id])
        con.unregister("demo_frame")
        con.execute("DELETE FROM meta.load_log WHERE load_id = ?", [load_id])
        con.execute("INSERT INTO meta.load_log (load_id, dataset, file_name, uploaded_by, channel, started_at, "
                    "finished_at, status, rows_in, accepted, quarantined, replaced, notes, is_demo) "
                    "VALUES (?, ?, 'generator data contoh', 'sistem', 'build', ?, ?, 'loaded', ?, ?, 0, 0, ?, true)",
                    [load_id, name, now, now, len(frame), len(frame), "data contoh (dibuat otomatis)"])
    con.execute("DELETE FROM meta.demo_state")
    con.execute("INSERT INTO meta.demo_state VALUES (?, ?)", [fingerprint, now])


def _process_inbox(con: duckdb.DuckDBPyConnection, layout: settings.DataPaths, progress: Progress) -> None:
    """Files dropped in ``inbox/<dataset>/`` are ingested like CLI files (``ingest_inbox`` says, per file, what happened)."""
    try:
        from pipelines.ingest import ingest_inbox
    except ImportError:
        return
    ingest_inbox(con, layout, progress)


def _write_dataset_status(con: duckdb.DuckDBPyConnection) -> None:
    """Per dataset: rows (sample and real), latest period, and its latest load."""
    parts = []
    for name, dataset in DATASETS.items():
        # Only month-like periods compare as text; the `indikator` dataset mixes months, quarters and years.
        monthly = dataset.period_column and dataset.column(dataset.period_column).type in ("month", "date", "timestamp")
        period = f"max({_period_expression(dataset)})" if monthly else "NULL"
        parts.append(
            f"SELECT '{name}' AS dataset, count(*) AS baris, count(*) FILTER (WHERE _is_demo) AS baris_contoh, "
            f"count(*) FILTER (WHERE NOT _is_demo) AS baris_nyata, {period}::VARCHAR AS periode_terakhir "
            f"FROM {dataset.table}"
        )
    programs = pd.DataFrame([(d.name, d.program, d.opd) for d in DATASETS.values()],
                            columns=["dataset", "program", "opd"])
    con.register("dataset_programs", programs)
    con.execute(f"""
        CREATE OR REPLACE TABLE meta.dataset_status AS
        WITH counts AS ({' UNION ALL '.join(parts)}),
        last_load AS (
            SELECT dataset, arg_max(load_id, finished_at) AS load_id, max(finished_at) AS dimuat_pada,
                   arg_max(file_name, finished_at) AS file_name, arg_max(uploaded_by, finished_at) AS oleh,
                   arg_max(status, finished_at) AS status_muat
            FROM meta.load_log GROUP BY dataset
        )
        SELECT p.dataset, p.program, p.opd, c.baris, c.baris_contoh, c.baris_nyata, c.periode_terakhir,
               l.load_id, l.dimuat_pada, l.file_name, l.oleh, l.status_muat
        FROM dataset_programs AS p
        JOIN counts AS c USING (dataset)
        LEFT JOIN last_load AS l USING (dataset)
    """)
    con.unregister("dataset_programs")


def _period_expression(dataset) -> str:
    column = dataset.column(dataset.period_column)
    if column.type in ("timestamp", "date"):
        return f"strftime({column.name}, '%Y-%m')"
    return column.name
