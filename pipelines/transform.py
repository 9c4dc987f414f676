"""Run the SQL transforms in order: macros → staging → marts → indicators → scores → meta.

Each ``sql/<layer>/<nn>_<name>.sql`` file creates or replaces its tables from the
layers before it. Identifiers live in the files; no value is spliced in (settings
come from ``catalog.setting``, the build's context from ``meta.build``). A failing
file raises a ``UserError`` naming it; the caller's transaction then rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb

from pipelines.errors import UserError

SQL_DIR = Path(__file__).resolve().parent / "sql"


def sql_files() -> list[Path]:
    return sorted(SQL_DIR.glob("*/*.sql"))


def run_transforms(con: duckdb.DuckDBPyConnection, on_file: Callable[[str], None] | None = None) -> None:
    for path in sql_files():
        name = str(path.relative_to(SQL_DIR))
        if on_file:
            on_file(name)
        try:
            con.execute(path.read_text(encoding="utf-8"))
        except duckdb.Error as error:
            raise UserError("transform.failed", file=name, detail=str(error).splitlines()[0][:300]) from None
