"""Write one checked file into the working warehouse, inside the caller's transaction.

Guarantees: accepted rows go into the dataset's raw table as real rows
(``_is_demo`` false) tagged with the load id and their source row; earlier real
rows with the same key are deleted first and counted as ``replaced`` (the load
log keeps both loads, the kept original keeps the old file); each problem of a
quarantined row goes to ``meta.quarantine`` with the row's raw cells as JSON;
one ``meta.load_log`` line per load. A rejected file's rows go to ``meta.quarantine``
too, each with the file-level reason (column ``berkas``), so every counted row can be sent back. Identifiers come from the dataset registry;
values are bound or registered frames. Nothing here commits or publishes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd

from pipelines import db
from pipelines.datasets import Dataset
from pipelines.errors import UserError
from pipelines.formatting import now_wib
from pipelines.settings import DataPaths

ACCEPTED_VIEW, PROBLEMS_VIEW, RAW_VIEW = "ingest_accepted", "ingest_problems", "ingest_raw"


@dataclass(frozen=True)
class Load:
    load_id: str
    dataset: Dataset
    file_name: str
    sha256: str
    stored_path: str | None
    user: str
    channel: str
    started_at: datetime


@contextmanager
def built_writer(layout: DataPaths, on_wait: Callable[[], None] | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """The writer connection, once a build has made the warehouse (reference, catalog, state tables)."""
    if not layout.warehouse.is_file():
        raise UserError("ingest.not_built", path=str(layout.root))
    with db.writer(layout, on_wait=on_wait) as con:
        present = {name for (name,) in con.execute(
            "SELECT schema_name || '.' || table_name FROM duckdb_tables() "
            "WHERE schema_name IN ('meta', 'ref', 'catalog')").fetchall()}
        if not {"meta.build", "meta.load_log", "meta.quarantine", "ref.desa", "catalog.indicator"} <= present:
            raise UserError("ingest.not_built", path=str(layout.root))
        yield con


def earlier_loads(con: duckdb.DuckDBPyConnection, dataset: Dataset, digest: str) -> list[tuple[str, str, str]]:
    """(load_id, status, notes) of earlier loads of the same bytes for this dataset, newest first."""
    return con.execute("SELECT load_id, status, notes FROM meta.load_log WHERE dataset = ? AND file_sha256 = ? "
                       "ORDER BY finished_at DESC", [dataset.name, digest]).fetchall()


def changes_nothing(con: duckdb.DuckDBPyConnection, dataset: Dataset, accepted: pd.DataFrame) -> bool:
    """True when every accepted row is already present, identical, among the real rows."""
    same = " AND ".join(f"t.{c.name} IS NOT DISTINCT FROM CAST(a.{c.name} AS {c.sql_type})" for c in dataset.columns)
    con.register(ACCEPTED_VIEW, accepted)
    try:
        missing = con.execute(f"SELECT count(*) FROM {ACCEPTED_VIEW} AS a WHERE NOT EXISTS "
                              f"(SELECT 1 FROM {dataset.table} AS t WHERE NOT t._is_demo AND {same})").fetchall()[0][0]
    finally:
        con.unregister(ACCEPTED_VIEW)
    return missing == 0


def write_rows(con: duckdb.DuckDBPyConnection, load: Load, accepted: pd.DataFrame) -> int:
    """Replace real rows with the same key, insert the accepted rows; return how many were replaced."""
    dataset = load.dataset
    key = " AND ".join(f"t.{name} = CAST(a.{name} AS {dataset.column(name).sql_type})" for name in dataset.key)
    columns = ", ".join(c.name for c in dataset.columns)
    casts = ", ".join(f"CAST(a.{c.name} AS {c.sql_type})" for c in dataset.columns)
    con.register(ACCEPTED_VIEW, accepted)
    try:
        replaced = con.execute(f"DELETE FROM {dataset.table} AS t WHERE NOT t._is_demo AND EXISTS "
                               f"(SELECT 1 FROM {ACCEPTED_VIEW} AS a WHERE {key})").fetchall()[0][0]
        con.execute(f"INSERT INTO {dataset.table} ({columns}, _load_id, _is_demo, _row) "
                    f"SELECT {casts}, ?, false, a._row FROM {ACCEPTED_VIEW} AS a", [load.load_id])
    finally:
        con.unregister(ACCEPTED_VIEW)
    return int(replaced)


def write_quarantine(con: duckdb.DuckDBPyConnection, load: Load, problems: pd.DataFrame,
                     raw_rows: pd.DataFrame) -> None:
    """One line per problem; ``raw_rows`` holds the quarantined rows' cells (dataset columns) and ``_row``."""
    if problems.empty:
        return
    fields = ", ".join(f"{name} := r.{name}" for name in raw_rows.columns if name != "_row")
    con.register(PROBLEMS_VIEW, problems[["row", "column", "value", "message"]])
    con.register(RAW_VIEW, raw_rows)
    try:
        con.execute(f"INSERT INTO meta.quarantine (load_id, dataset, row_number, column_name, value, message, raw_row) "
                    f"SELECT ?, ?, p.row, p.column, p.value, p.message, to_json(struct_pack({fields})) "
                    f"FROM {PROBLEMS_VIEW} AS p LEFT JOIN {RAW_VIEW} AS r ON r._row = p.row ORDER BY p.row",
                    [load.load_id, load.dataset.name])
    finally:
        con.unregister(PROBLEMS_VIEW)
        con.unregister(RAW_VIEW)


FILE_COLUMN = "berkas"  # the quarantine's column name for a reason that concerns the whole file


def write_rejected_rows(con: duckdb.DuckDBPyConnection, load: Load, rows: pd.DataFrame, message: str) -> None:
    """The rows of a file rejected whole (``_row`` plus its cells under the file's own headers), one line each."""
    if rows is None or rows.empty:
        return
    cells = rows.drop(columns="_row")
    frame = pd.DataFrame({
        "row": rows["_row"].astype(int).to_numpy(),
        "value": [" | ".join(value for value in record if value) for record in cells.itertuples(index=False)],
        # Built here, not with struct_pack: the keys are the sender's header texts, never SQL identifiers.
        "raw_row": [json.dumps(record, ensure_ascii=False) for record in cells.to_dict("records")],
    })
    con.register(PROBLEMS_VIEW, frame)
    try:
        con.execute("INSERT INTO meta.quarantine (load_id, dataset, row_number, column_name, value, message, raw_row) "
                    f"SELECT ?, ?, p.row, ?, p.value, ?, p.raw_row FROM {PROBLEMS_VIEW} AS p ORDER BY p.row",
                    [load.load_id, load.dataset.name, FILE_COLUMN, message])
    finally:
        con.unregister(PROBLEMS_VIEW)


def write_log(con: duckdb.DuckDBPyConnection, load: Load, status: str, rows_in: int, accepted: int,
              quarantined: int, replaced: int, notes: list[str]) -> None:
    con.execute(
        "INSERT INTO meta.load_log (load_id, dataset, file_name, file_sha256, stored_path, uploaded_by, channel, "
        "started_at, finished_at, status, rows_in, accepted, quarantined, replaced, notes, is_demo) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)",
        [load.load_id, load.dataset.name, load.file_name, load.sha256, load.stored_path, load.user, load.channel,
         load.started_at, now_wib(), status, rows_in, accepted, quarantined, replaced, "\n".join(notes)],
    )
