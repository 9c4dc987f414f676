"""Benchmark inputs, made once and reused: sample warehouses by request count and indicator CSVs by row count.

Everything lives under ``benchmarks/work/`` (git-ignored). A warehouse is rebuilt only when
its inputs changed (``build(if_stale=True)``: same code, catalog, reference and size → the
published snapshot is reused); a CSV only when it is missing. Nothing here is timed.

- ``request_warehouse(requests)``: the sample data with the Serang Tatu generator's ``size``
  scaled so that about ``requests`` service requests are generated (the count is Poisson, so
  ``request_count`` reports the real number).
- ``indicator_csv(rows)``: an ``indikator`` upload in Indonesian format (``;``-separated,
  ``1.234,56``): the 11 monthly desa-level indicators × 326 desa and 29 kecamatan × months
  back from 2026-11, newest first, values inside each indicator's range; about 1 % of rows
  are bad on purpose (an unknown desa, or ``tidak ada`` as the value) so quarantine works too.
- ``fresh_copy(layout, target)``: a private copy of a data directory to ingest into.
- ``points_warehouse(base, count)``: ``base`` with ``count`` generated waste points (the map).
- ``make_inputs``: all of the above that a run needs, in the worker process (DuckDB prints
  progress bars on stdout during long statements; the worker's output goes to the log).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from pipelines import db, settings
from pipelines.build import build

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "benchmarks" / "work"
END_MONTH = "2026-11"
AS_OF = date(2026, 12, 3)  # the day the tests judge freshness on, so pages show the same months
REQUESTS_AT_SIZE_1 = 441_842  # Serang Tatu requests the generator makes at size 1.0 for 2023-01..2026-11
UNKNOWN_DESA = "36.04.99.2001"  # kecamatan 99 does not exist in Kabupaten Serang


def test_helpers() -> None:
    """Make ``tests/`` importable: the benchmarks reuse its AppTest, browser and map-data helpers."""
    if str(REPO / "tests") not in sys.path:
        sys.path.insert(0, str(REPO / "tests"))


def reference_dir() -> Path:
    """The reference folder: ``SERANG_REFERENCE_DIR``, else the team's copy beside the project."""
    folder = Path(os.environ.get("SERANG_REFERENCE_DIR") or REPO.parent / "shared" / "reference")
    os.environ["SERANG_REFERENCE_DIR"] = str(folder.resolve())
    return folder.resolve()


def use(layout: settings.DataPaths) -> settings.DataPaths:
    """Point this process (and the subprocesses it starts) at ``layout``'s data directory."""
    os.environ["SERANG_DATA_DIR"] = str(layout.root)
    return layout


def request_warehouse(requests: int) -> settings.DataPaths:
    """A built and published data directory with about ``requests`` Serang Tatu requests."""
    reference_dir()
    layout = use(settings.DataPaths(WORK / "warehouses" / f"requests-{requests}"))
    build(end_month=END_MONTH, as_of=AS_OF, size=requests / REQUESTS_AT_SIZE_1, if_stale=True, layout=layout)
    return layout


def request_count(layout: settings.DataPaths) -> int:
    con = db.read_only(db.require_snapshot(layout))
    try:
        return int(con.execute("SELECT sum(permohonan) FROM mart.service_monthly").fetchone()[0])
    finally:
        con.close()


def fresh_copy(source: settings.DataPaths, target: Path) -> settings.DataPaths:
    """``source``'s working warehouse and current snapshot copied to ``target`` (emptied first)."""
    shutil.rmtree(target, ignore_errors=True)
    layout = settings.DataPaths(target)
    layout.warehouse.parent.mkdir(parents=True)
    layout.snapshots.mkdir(parents=True)
    shutil.copy2(source.warehouse, layout.warehouse)
    snapshot = db.require_snapshot(source)
    shutil.copy2(snapshot.path, layout.snapshots / snapshot.path.name)
    shutil.copy2(source.current_pointer, layout.current_pointer)
    return layout


INDICATOR_CSV_SQL = """
COPY (
    WITH indicators AS (
        SELECT kode, unit = '%' AS percent, position FROM catalog.indicator
        WHERE level = 'desa' AND frequency = 'monthly'
    ),
    regions AS (SELECT kode FROM ref.desa UNION ALL SELECT kode FROM ref.kecamatan),
    months AS (
        SELECT strftime(month_start, '%Y-%m') AS periode
        FROM range(DATE '{end}-01' - to_months($months - 1), DATE '{end}-01' + INTERVAL 1 MONTH,
                   INTERVAL 1 MONTH) AS t(month_start)
    ),
    keyed AS (
        SELECT i.kode AS kode_indikator, m.periode, r.kode AS kode_wilayah, i.percent,
               row_number() OVER (ORDER BY m.periode DESC, i.position, r.kode) AS n
        FROM months AS m, indicators AS i, regions AS r
    ),
    drawn AS (
        SELECT *, hash(n, 'bad') % 200 AS flaw,  -- 0: unknown desa, 1: no number (1 % of rows)
               CASE WHEN percent THEN (hash(n) % 10001) / 100.0 ELSE (hash(n) % 5000001) / 100.0 END AS value
        FROM keyed WHERE n <= $rows
    )
    SELECT kode_indikator, periode,
           CASE WHEN flaw = 0 THEN '{unknown}' ELSE kode_wilayah END AS kode_wilayah,
           CASE WHEN flaw = 1 THEN 'tidak ada'
                ELSE translate(format('{{:,.2f}}', value), ',.', '.,') END AS nilai
    FROM drawn ORDER BY n
) TO '{path}' (HEADER, DELIMITER ';', QUOTE '')
"""


def indicator_csv(rows: int, catalog_source: settings.DataPaths) -> Path:
    """The ``rows``-row indicator upload (made from ``catalog_source``'s snapshot on first use)."""
    version = hashlib.sha256(INDICATOR_CSV_SQL.encode()).hexdigest()[:8]  # a changed generator makes new files
    path = WORK / "inputs" / f"indikator-{rows}-{version}.csv"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    con = db.read_only(db.require_snapshot(catalog_source))
    try:
        per_month = con.execute("SELECT (SELECT count(*) FROM catalog.indicator WHERE level = 'desa' AND "
                                "frequency = 'monthly') * ((SELECT count(*) FROM ref.desa) + "
                                "(SELECT count(*) FROM ref.kecamatan))").fetchone()[0]
        temporary = path.with_suffix(".tmp")
        # Identifiers and the end month come from this module; the sizes are bound.
        con.execute(INDICATOR_CSV_SQL.format(end=END_MONTH, unknown=UNKNOWN_DESA, path=temporary),
                    {"months": -(-rows // per_month), "rows": rows})
    finally:
        con.close()
    os.replace(temporary, path)
    return path



WASTE_TYPES = ("TPS", "TPS3R", "bank sampah", "TPST", "TPA")


def generated_points(count: int, seed: int = 6) -> pd.DataFrame:
    """``count`` waste points scattered within ~400 m of real desa centres, named like real ones."""
    desa = pd.read_csv(reference_dir() / "serang_desa.csv", dtype={"kode": str})
    rng = np.random.default_rng(seed)
    picks = desa.iloc[rng.integers(0, len(desa), count)].reset_index(drop=True)
    kinds = rng.choice(WASTE_TYPES, count, p=(0.45, 0.15, 0.35, 0.03, 0.02))
    return pd.DataFrame({
        "nama": [f"{'Bank Sampah' if kind == 'bank sampah' else kind} {name} {i:05d}"
                 for i, (kind, name) in enumerate(zip(kinds, picks["nama"]))],
        "jenis": kinds, "kode_desa": picks["kode"],
        "lintang": picks["lat"] + rng.normal(0, 0.0025, count), "bujur": picks["lng"] + rng.normal(0, 0.0025, count),
        "kapasitas_ton_per_hari": rng.choice([0.05, 0.1, 0.5, 1.0, 2.5, 5.0, 10.0], count),
        "jadwal": rng.choice(["Senin–Jumat 07.00–15.00", "Sabtu 08.00–12.00", "Tiap hari 06.00–18.00"], count),
        "tahun_mulai": rng.integers(2005, 2026, count), "aktif": rng.choice(["ya", "tidak"], count, p=(0.9, 0.1)),
    })


def points_warehouse(base: settings.DataPaths, count: int) -> settings.DataPaths:
    """``base`` with ``count`` generated waste points loaded as an agency upload (``tests/map_data.py``).

    Reused while ``base``'s snapshot is the one it was made from.
    """
    test_helpers()
    from map_data import warehouse_with_waste_points

    target = WORK / "map" / f"points-{count}"
    made_from = db.require_snapshot(base).inputs
    stamp = target / "made-from"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == made_from and db.current_snapshot(
            settings.DataPaths(target)):
        return settings.DataPaths(target)
    shutil.rmtree(target, ignore_errors=True)
    layout = warehouse_with_waste_points(base, target, generated_points(count))
    stamp.write_text(made_from, encoding="utf-8")
    return layout


def make_inputs(requests: list[int], rows: list[int]) -> dict:
    """Worker: every request warehouse and indicator CSV the run needs, with how long each took."""
    warehouses = {}
    for target in requests:
        started = time.perf_counter()
        before = db.current_snapshot(settings.DataPaths(WORK / "warehouses" / f"requests-{target}"))
        layout = request_warehouse(target)
        after = db.require_snapshot(layout)
        warehouses[str(target)] = {"data_dir": str(layout.root), "requests": request_count(layout),
                                   "seconds": time.perf_counter() - started,
                                   "rebuilt": before is None or before.version != after.version}
    csvs = {}
    catalog_source = settings.DataPaths(Path(warehouses[str(min(requests))]["data_dir"]))
    for count in rows:
        started = time.perf_counter()
        path = indicator_csv(count, catalog_source)
        csvs[str(count)] = {"path": str(path), "bytes": path.stat().st_size, "seconds": time.perf_counter() - started}
    return {"warehouses": warehouses, "csvs": csvs}
