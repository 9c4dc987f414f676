"""Measurement 1 — ingest of an Indonesian-format indicator CSV at 10^5, 10^6 and 5·10^6 rows.

Three ways, each run in a new process on the same file (``prepare.indicator_csv``):

- ``ours``: ``pipelines.ingest.ingest_file`` into a fresh copy of the smallest sample
  warehouse, phase by phase from its progress steps: read (decode, find the header, cells as
  text), validate (every check, row problems), load (original kept, rows replaced/inserted,
  quarantine, load log), refresh (``build.refresh``: every SQL transform over the whole
  warehouse, then commit) and publish (copy to a new read-only snapshot). Refresh and publish
  are the cost of a consistent, published warehouse: they grow with the warehouse, not only
  with the file.
- ``handmade``: pandas + a per-row Python loop + ``to_sql`` into SQLite (``handmade_ingest``).
- ``floor``: DuckDB ``read_csv`` straight into a table of a new file, no checks at all.

Rows per second are the CSV's data rows over wall seconds.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks import harness, prepare
from pipelines import db, settings

PHASES = ("read", "validate", "load", "refresh", "publish")
STEP_PHASE = {"ingest.step.read": "read", "ingest.step.validate": "validate", "ingest.step.load": "load",
              "ingest.step.transform": "refresh", "ingest.step.publish": "publish"}


class PhaseClock:
    """A ``pipelines.progress.Progress`` that records when each ingest step starts."""

    def __init__(self) -> None:
        self.marks: list[tuple[str, float]] = [("start", time.perf_counter())]

    def step(self, key: str, index: int, total: int) -> None:
        self.marks.append((STEP_PHASE.get(key, key), time.perf_counter()))

    def detail(self, text: str) -> None:
        pass

    def finish(self) -> None:
        self.marks.append(("end", time.perf_counter()))

    def seconds(self) -> dict[str, float]:
        """Seconds per phase; the lock and set-up before the first step count as reading."""
        marks = self.marks
        phases = {name: 0.0 for name in PHASES}
        for (name, started), (_, ended) in zip(marks, marks[1:]):
            phases["read" if name == "start" else name] += ended - started
        return phases


# --- the three ways (each runs in its own process) -----------------------------------------------

def run_ours(csv: str, base: str, target: str) -> dict:
    from pipelines.ingest import ingest_file

    layout = prepare.use(prepare.fresh_copy(settings.DataPaths(Path(base)), Path(target)))
    clock = PhaseClock()
    watch = harness.Stopwatch()
    result = ingest_file(Path(csv), None, "indikator", user="benchmark", channel="cli", progress=clock,
                         layout=layout)
    seconds = watch.seconds()
    return {"seconds": seconds, "phases": clock.seconds(), "status": result.status, "rows_in": result.rows_in,
            "accepted": result.accepted, "quarantined": result.quarantined}


def run_handmade(csv: str, snapshot: str, target: str) -> dict:
    from benchmarks import handmade_ingest

    database = Path(target) / "handmade.sqlite"
    database.parent.mkdir(parents=True, exist_ok=True)
    database.unlink(missing_ok=True)
    lookups = handmade_ingest.lookups_from_snapshot(Path(snapshot), prepare.END_MONTH)
    watch = harness.Stopwatch()
    counts = handmade_ingest.load(Path(csv), database, lookups)
    return {"seconds": watch.seconds(), **counts}


def run_floor(csv: str, target: str) -> dict:
    import duckdb

    database = Path(target) / "floor.duckdb"
    database.parent.mkdir(parents=True, exist_ok=True)
    database.unlink(missing_ok=True)
    watch = harness.Stopwatch()
    con = duckdb.connect(str(database))
    con.execute("SET enable_progress_bar = false")
    con.execute("CREATE TABLE observation AS SELECT * FROM read_csv(?, delim = ';', header = true)", [csv])
    rows = con.execute("SELECT count(*) FROM observation").fetchone()[0]
    con.close()  # checkpoints: the table is on disk, as SQLite's commit puts it there
    return {"seconds": watch.seconds(), "rows_in": rows}


# --- the section ------------------------------------------------------------------------------------

def measure(csv: Path, repetitions: int, base: settings.DataPaths) -> dict:
    """Medians of ``repetitions`` runs of each way on ``csv``, with our phases and peak memory; ``base`` is
    the data directory each run of ours ingests into (a fresh copy each time)."""
    work = prepare.WORK / "ingest"
    snapshot = str(db.require_snapshot(base).path)
    runs: dict[str, list[dict]] = {"ours": [], "handmade": [], "floor": []}
    for _ in range(repetitions):
        runs["ours"].append(harness.in_subprocess("ingest:run_ours", csv=str(csv), base=str(base.root),
                                                  target=str(work / "ours")))
        runs["handmade"].append(harness.in_subprocess("ingest:run_handmade", csv=str(csv), snapshot=snapshot,
                                                      target=str(work / "handmade")))
        runs["floor"].append(harness.in_subprocess("ingest:run_floor", csv=str(csv), target=str(work / "floor")))
    summary = {"repetitions": repetitions, "csv_bytes": csv.stat().st_size}
    for way, results in runs.items():
        summary[way] = {
            "seconds": harness.median([r["seconds"] for r in results]),
            "peak_rss_mb": max(r["process_peak_rss_mb"] for r in results),
            "accepted": results[0].get("accepted"), "quarantined": results[0].get("quarantined"),
        }
    summary["ours"]["phases"] = {phase: harness.median([r["phases"][phase] for r in runs["ours"]])
                                 for phase in PHASES}
    return summary
