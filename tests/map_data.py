"""Warehouses for map tests and benchmarks: a copy of a built one whose waste points are replaced.

The rows go into ``raw.waste_point`` as an agency's real upload would (not sample rows), so
they replace the generated waste points; the copy is then transformed and published like
any ingest. The source warehouse (the test session's shared one) is never written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from pipelines import db
from pipelines.build import refresh
from pipelines.settings import DataPaths


def warehouse_with_waste_points(source: DataPaths, target: Path, rows: pd.DataFrame) -> DataPaths:
    """Copy ``source``'s working warehouse to ``target``, load ``rows`` as real waste points, publish."""
    layout = DataPaths(target)
    layout.warehouse.parent.mkdir(parents=True, exist_ok=True)
    for path in source.warehouse.parent.glob(source.warehouse.name + "*"):  # the file and its WAL, if any
        shutil.copy2(path, layout.warehouse.parent / path.name)
    frame = rows.assign(_load_id="test:titik_sampah", _is_demo=False, _row=range(1, len(rows) + 1))
    with db.writer(layout) as con:
        con.execute("BEGIN TRANSACTION")
        con.execute("DELETE FROM raw.waste_point WHERE NOT _is_demo")
        con.register("new_points", frame)
        con.execute("INSERT INTO raw.waste_point BY NAME SELECT * FROM new_points")
        con.unregister("new_points")
        refresh(con)
        con.execute("COMMIT")
        db.publish(con, "test:titik_sampah", layout)
    return layout
