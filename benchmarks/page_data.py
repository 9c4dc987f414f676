"""Measurement 2 — page data: the named queries behind ``ringkasan`` and ``serang-tatu`` vs pandas in memory.

The queries are not listed by hand: ``record_queries`` renders each page once with AppTest as
the executive and records every ``views.data.query(name, **params)`` call, so the replay is
exactly what the page asks for (distinct calls; the app caches repeats).

- ours, cold: a new process opens a read-only connection to the snapshot and runs each query
  once (``cursor.execute(sql, params).df()``, as ``views.data`` does without its cache).
- ours, warm: the same queries again on that connection; median of the repetitions.
- pandas, cold: a new process loads the data into DataFrames (``pandas_pages.Tables``: raw
  requests + published tables) and computes the page once; the load is reported apart too.
- pandas, warm: the same page computed again from the loaded frames; median.

Every pandas result is compared with DuckDB's (same rows and values, order aside) before its
time is reported; a mismatch is reported instead of a ratio. The pandas process also reports
its memory (``memory.py`` uses it).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from benchmarks import harness, prepare
from pipelines import db, settings

PAGES = ("ringkasan", "serang-tatu")
QUERY_DIR = prepare.REPO / "views" / "queries"


def users_file() -> Path:
    """Accounts of ``tests/support.ACCOUNTS`` for AppTest runs (same password as the tests)."""
    prepare.test_helpers()
    import support

    from pipelines.users import Account, hash_password, save_accounts

    path = prepare.WORK / "users.toml"
    if not path.exists():
        password = hash_password(support.PASSWORD)
        save_accounts({mail: Account(mail, role, opd, password) for mail, role, opd in support.ACCOUNTS.values()},
                      path)
    os.environ["SERANG_USERS_FILE"] = str(path)
    return path


def open_page(page: str):
    """``page`` rendered by AppTest as the executive (``tests/support.open_app``)."""
    users_file()
    import support

    return support.open_app("eksekutif", page=page)


# --- workers (each in its own process) ---------------------------------------------------------------

def record_queries(data_dir: str) -> dict:
    prepare.use(settings.DataPaths(Path(data_dir)))
    from views import data

    calls: list[tuple[str, dict]] = []
    original = data.query

    def recording(name: str, **params):
        calls.append((name, params))
        return original(name, **params)

    data.query = recording
    pages = {}
    for page in PAGES:
        calls.clear()
        app = open_page(page)
        if app.exception:
            raise RuntimeError(f"{page}: {app.exception[0].value}")
        distinct: list[tuple[str, dict]] = []
        for call in calls:
            if call not in distinct:
                distinct.append(call)
        pages[page] = distinct
    return {"pages": pages}


def replay_ours(snapshot: str, queries: list, repetitions: int) -> dict:
    import duckdb

    texts = [((QUERY_DIR / f"{name}.sql").read_text(encoding="utf-8"), params) for name, params in queries]

    def page(con) -> None:
        for sql, params in texts:
            cursor = con.cursor()
            try:
                cursor.execute(sql, params).df()
            finally:
                cursor.close()

    watch = harness.Stopwatch()
    con = duckdb.connect(snapshot, read_only=True)
    page(con)
    cold = watch.seconds()
    warm = harness.repeat(lambda: page(con), repetitions)
    con.close()
    return {"cold": cold, "warm": harness.median(warm)}


def replay_pandas(snapshot: str, warehouse: str, pages: dict, repetitions: int) -> dict:
    """Times per page, load time, memory and the check against DuckDB, in one process."""
    import streamlit  # noqa: F401 - the same libraries the app process holds, so memory compares like with like
    import plotly  # noqa: F401

    from benchmarks import pandas_pages

    baseline = harness.rss_mb()
    watch = harness.Stopwatch()
    tables = pandas_pages.Tables.load(snapshot, warehouse)
    load = watch.seconds()
    result: dict = {"load": load, "requests_in_memory": len(tables.requests), "pages": {}}
    for page, queries in pages.items():
        first, _ = harness.timed(lambda: [pandas_pages.run(tables, name, params) for name, params in queries])
        warm = harness.repeat(lambda: [pandas_pages.run(tables, name, params) for name, params in queries],
                              repetitions)
        result["pages"][page] = {"cold": load + first, "first": first, "warm": harness.median(warm)}
    result["memory"] = {"baseline_mb": baseline, "holding_mb": harness.rss_mb(), "peak_mb": harness.peak_rss_mb()}
    result["mismatches"] = check(tables, snapshot, pages)
    return result


def check(tables, snapshot: str, pages: dict) -> list[str]:
    """Every query's pandas answer against DuckDB's: a list of differences (empty when all agree)."""
    import duckdb

    from benchmarks import pandas_pages

    con = duckdb.connect(snapshot, read_only=True)
    problems = []
    try:
        for queries in pages.values():
            for name, params in queries:
                expected = con.execute((QUERY_DIR / f"{name}.sql").read_text(encoding="utf-8"), params).df()
                problem = difference(expected, pandas_pages.run(tables, name, params))
                if problem:
                    problems.append(f"{name}: {problem}")
    finally:
        con.close()
    return sorted(set(problems))


def difference(expected: pd.DataFrame, actual: pd.DataFrame) -> str | None:
    """None when both hold the same rows (in any order) with the same values; else what differs."""
    missing = [column for column in expected.columns if column not in actual.columns]
    if missing:
        return f"missing columns {missing}"
    if len(expected) != len(actual):
        return f"{len(actual)} rows instead of {len(expected)}"
    left, right = _canonical(expected, expected.columns), _canonical(actual, expected.columns)
    for column in expected.columns:
        if not (left[column].to_numpy() == right[column].to_numpy()).all():
            return f"column {column} differs"
    return None


def _canonical(frame: pd.DataFrame, columns) -> pd.DataFrame:
    """Numbers rounded to 6 decimals, everything else as text ('' for missing), rows sorted."""
    out = {}
    for column in columns:
        values = frame[column]
        if pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values):
            out[column] = np.round(pd.to_numeric(values, errors="coerce").astype(float).fillna(-1e300), 6)
        else:
            out[column] = values.astype(object).where(values.notna(), "").astype(str)
    canonical = pd.DataFrame(out)
    return canonical.sort_values(list(canonical.columns), kind="stable").reset_index(drop=True)


# --- the section ------------------------------------------------------------------------------------------

def record(layout: settings.DataPaths) -> dict[str, list]:
    return harness.in_subprocess("page_data:record_queries", data_dir=str(layout.root))["pages"]


def measure(layout: settings.DataPaths, pages: dict[str, list], repetitions: int) -> dict:
    """Cold and warm seconds per page, ours and pandas, at one warehouse size."""
    snapshot = str(db.require_snapshot(layout).path)
    result: dict = {"ours": {}}
    for page, queries in pages.items():
        cold, warm = [], []
        # Cold is one run per process: a few processes give a median too.
        for _ in range(max(1, min(3, repetitions))):
            run = harness.in_subprocess("page_data:replay_ours", snapshot=snapshot, queries=queries,
                                        repetitions=repetitions)
            cold.append(run["cold"])
            warm.append(run["warm"])
        result["ours"][page] = {"cold": harness.median(cold), "warm": harness.median(warm), "queries": len(queries)}
    result["pandas"] = harness.in_subprocess("page_data:replay_pandas", snapshot=snapshot,
                                             warehouse=str(layout.warehouse), pages=pages, repetitions=repetitions)
    return result
