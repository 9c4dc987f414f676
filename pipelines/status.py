"""``python -m pipelines status``: what the published snapshot holds, as one JSON object or a summary."""

from __future__ import annotations

from typing import Any

from pipelines import db
from pipelines.catalog import DIMENSION_IDS, PROGRAM_IDS
from pipelines.formatting import WIB


def snapshot_status() -> dict[str, Any]:
    snapshot = db.require_snapshot()
    con = db.read_only(snapshot)
    try:
        def scalar(sql: str, params: list | None = None) -> Any:
            return con.execute(sql, params or []).fetchone()[0]

        by_dimension = dict(con.execute(
            "SELECT dimension, count(*) FROM catalog.indicator GROUP BY dimension").fetchall())
        by_program = dict(con.execute(
            "SELECT program, count(*) FROM catalog.indicator WHERE program IS NOT NULL GROUP BY program").fetchall())
        period = scalar("SELECT end_month FROM meta.build")
        dimensions = dict(con.execute(
            "SELECT dimension, round(indeks, 1) FROM score.dimension_month WHERE bulan = ?", [period]).fetchall())
        total, real, sample = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE NOT is_demo), count(*) FILTER (WHERE is_demo) "
            "FROM ind.indicator_value").fetchone()
        return {
            "snapshot": {"version": snapshot.version,
                         "published_at": snapshot.published_at.replace(tzinfo=WIB).isoformat()},
            "reference": {"kecamatan": scalar("SELECT count(*) FROM ref.kecamatan"),
                          "desa": scalar("SELECT count(*) FROM ref.desa")},
            "catalog": {"indicators": scalar("SELECT count(*) FROM catalog.indicator"),
                        "by_dimension": {key: by_dimension.get(key, 0) for key in DIMENSION_IDS},
                        "by_program": {key: by_program.get(key, 0) for key in PROGRAM_IDS}},
            "observations": {"total": total, "real": real, "demo": sample},
            "scores": {"period": period,
                       "dimensions": {key: dimensions.get(key) for key in DIMENSION_IDS}},
        }
    finally:
        con.close()
