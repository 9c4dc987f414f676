"""``python -m benchmarks`` (``make bench``): every measurement in one run, then one results table.

Order: machine facts; inputs (warehouses at 10^5, 10^6 and 5·10^6 Serang Tatu requests and
indicator CSVs at the same row counts, reused from ``benchmarks/work/`` when unchanged);
1 ingest, 2 page data, 3 app render, 4 memory, 5 map. Repetitions are budgeted so a run takes
well under 15 minutes on 2 cores (fewer at the largest sizes, where one run already takes a
minute). A measurement that fails is reported in its table and the run goes on; the exit code
is 0 either way, since a benchmark never fails a build. ``--quick`` runs the smallest size of
each measurement only (a smoke test of the harness; nothing is saved to ``results/``).
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from benchmarks import app_render, harness, ingest, machine, map_page, memory, page_data, prepare, report
from pipelines import settings
from pipelines.formatting import now_wib

SIZES = (100_000, 1_000_000, 5_000_000)  # Serang Tatu requests, and indicator rows for ingest
INGEST_RUNS = {100_000: 3, 1_000_000: 1, 5_000_000: 1}
PAGE_RUNS = {100_000: 5, 1_000_000: 5, 5_000_000: 3}  # warm repetitions (cold: up to 3 new processes)
RENDER_RUNS = 3
MAP_POINTS = (1_000, 20_000, 100_000)
MAP_LOADS = {"ours": {1_000: 3, 20_000: 3, 100_000: 2},
             # Each naive load renders every marker in Python again: one load past 1,000 points.
             "naive": {1_000: 2, 20_000: 1, 100_000: 1}}
MAP_LOAD_TIMEOUT = 90.0


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smallest size of each measurement; save nothing")
    args = parser.parse_args()
    sizes = SIZES[:1] if args.quick else SIZES
    points = MAP_POINTS[:1] if args.quick else MAP_POINTS

    watch = harness.Stopwatch()
    started = now_wib()
    facts = machine.facts()
    facts["started"] = f"{started:%Y-%m-%d %H:%M} WIB"
    print(report.machine(facts), flush=True)

    sections: list[str] = []
    _progress("preparing inputs (first run: builds the 5·10^6 warehouse, a few minutes)", watch)
    prepared = harness.in_subprocess("prepare:make_inputs", requests=list(sizes), rows=list(sizes))
    sections.append(_show(report.inputs(prepared)))
    layouts = {size: settings.DataPaths(Path(prepared["warehouses"][str(size)]["data_dir"]))
               for size in sizes}
    counts = {size: prepared["warehouses"][str(size)]["requests"] for size in sizes}
    smallest = layouts[sizes[0]]

    results: dict = {"facts": facts, "prepared": prepared}
    results["ingest"] = []
    for rows in sizes:
        _progress(f"1 ingest, {rows:,} rows", watch)
        csv = Path(prepared["csvs"][str(rows)]["path"])
        results["ingest"].append(_guard({"rows": rows}, lambda: ingest.measure(csv, INGEST_RUNS[rows], smallest)))
    sections.append(_show(report.ingest(results["ingest"])))

    _progress("2 page data: recording the queries of ringkasan and serang-tatu", watch)
    try:
        pages = page_data.record(smallest)
    except harness.Failed as error:
        pages = None
        recorded_error = str(error)
    results["page_data"], results["render"], results["memory"] = [], [], []
    for size in sizes:
        _progress(f"2 page data, {counts[size]:,} requests", watch)
        if pages is None:
            data = {"requests": counts[size], "error": recorded_error}
        else:
            data = _guard({"requests": counts[size]}, lambda: page_data.measure(layouts[size], pages, PAGE_RUNS[size]))
        results["page_data"].append(data)
        _progress(f"3 app render, {counts[size]:,} requests", watch)
        rendered = _guard({"requests": counts[size]}, lambda: app_render.measure(layouts[size], RENDER_RUNS))
        results["render"].append(rendered)
        results["memory"].append(memory.combine(counts[size], rendered, data))
    sections.append(_show(report.page_data(results["page_data"])))
    sections.append(_show(report.render(results["render"])))
    sections.append(_show(report.memory(results["memory"])))

    _progress("5 map in Chromium", watch)
    results["map"] = _guard({}, lambda: map_page.measure(
        smallest, list(points), {way: {count: loads[count] for count in points} for way, loads in MAP_LOADS.items()},
        MAP_LOAD_TIMEOUT))
    sections.append(_show(report.map_page(results["map"], MAP_LOAD_TIMEOUT)))

    total = watch.seconds()
    text = report.document(facts, sections, total, machine.load_average())
    print(f"\nTotal time: {total / 60:.1f} min ({total:.0f} s); load average now "
          f"{' / '.join(f'{value:.2f}' for value in machine.load_average())}")
    raw = prepare.WORK / "last-results.json"
    raw.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    if not args.quick:
        print(f"Saved {report.save(text, datetime(started.year, started.month, started.day)).relative_to(prepare.REPO)}"
              f" (raw numbers: {raw.relative_to(prepare.REPO)})")


def _guard(context: dict, measure) -> dict:
    """The measurement's result with ``context``, or ``context`` with the error that stopped it."""
    try:
        return {**context, **measure()}
    except harness.Failed as error:
        return {**context, "error": str(error)}


def _show(section: str) -> str:
    print("\n" + section, flush=True)
    return section


def _progress(text: str, watch: harness.Stopwatch) -> None:
    print(f"[{watch.seconds() / 60:4.1f} min] {text} …", flush=True)


if __name__ == "__main__":
    main()
