"""Read the published snapshot: one cached read-only connection per snapshot, cached query results.

Every number on a page comes from a named query in ``views/queries/<name>.sql``
(DuckDB ``$name`` parameters, always bound). Cache keys include the snapshot file,
so a newly published snapshot is used on the next rerun of every session, with
no restart and no stale numbers.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from pipelines import db

QUERY_DIR = Path(__file__).resolve().parent / "queries"


def snapshot() -> db.Snapshot:
    """The current snapshot (raises ``UserError`` before the first build)."""
    return db.require_snapshot()


@st.cache_resource(max_entries=3, show_spinner=False)
def _connection(path: str) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(path, read_only=True)


@st.cache_data(max_entries=1024, show_spinner=False)
def _sql(name: str) -> str:
    return (QUERY_DIR / f"{name}.sql").read_text(encoding="utf-8")


@st.cache_data(max_entries=2048, show_spinner=False)
def _run(path: str, name: str, params: tuple) -> pd.DataFrame:
    # A cursor per query: DuckDB connections are not safe to share across session threads.
    cursor = _connection(path).cursor()
    try:
        bound = {key: list(value) if isinstance(value, tuple) else value for key, value in params}
        return cursor.execute(_sql(name), bound).df()
    finally:
        cursor.close()


def query(name: str, **params) -> pd.DataFrame:
    """Run ``views/queries/<name>.sql`` against the current snapshot with bound parameters."""
    frozen = tuple(sorted((key, tuple(value) if isinstance(value, (list, set, frozenset)) else value)
                          for key, value in params.items()))
    return _run(str(snapshot().path), name, frozen).copy()


def scalar(name: str, **params):
    frame = query(name, **params)
    return None if frame.empty else frame.iat[0, 0]
