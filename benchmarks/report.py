"""The results as text: machine facts, then one Markdown table per measurement, ratios beside the medians.

Ratios are always "the other way's time (or bytes, or memory) ÷ ours": above 1 we are faster
or smaller, below 1 we are slower or bigger. The same text is printed and saved as
``benchmarks/results/<date>.md``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from benchmarks.prepare import REPO

RESULTS = REPO / "benchmarks" / "results"


def _s(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def _ratio(other: float | None, ours: float | None) -> str:
    if not other or not ours:
        return "–"
    value = other / ours
    return f"{value:.0f}×" if value >= 100 else f"{value:.1f}×" if value >= 10 else f"{value:.2f}×"


def _mb(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f} MB"


def _bytes(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value / 1e6:.2f} MB" if value >= 1e5 else f"{value / 1e3:.0f} kB"


def _rate(rows: int, seconds: float | None) -> str:
    return "–" if not seconds else f"{rows / seconds:,.0f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _failed(section: dict) -> str | None:
    return f"_not measured: {section['error']}_" if "error" in section else None


def machine(facts: dict) -> str:
    v = facts["versions"]
    load = " / ".join(f"{value:.2f}" for value in facts["load_average_start"])
    return "\n".join([
        "## Machine",
        "",
        f"- {facts['cores']} cores ({facts['usable_cores']} usable), {facts['memory_gib']:.1f} GiB memory "
        f"({facts['available_gib']:.1f} GiB available at start), {facts['cpu']}, Linux {facts['kernel']}",
        f"- load average (1/5/15 min) at start: {load}; OPENBLAS_CORETYPE {facts['openblas_coretype']}",
        f"- Python {v['python']}, DuckDB {v['duckdb']}, pandas {v['pandas']}, NumPy {v['numpy']}, "
        f"PyArrow {v['pyarrow']}, SQLite {v['sqlite']}, Streamlit {v['streamlit']}, folium {v['folium']}, "
        f"streamlit-folium {v['streamlit-folium']}, Playwright {v['playwright']}, Chromium {v['chromium']}",
        f"- commit {facts['commit']}",
    ])


def inputs(prepared: dict) -> str:
    rows = [[f"{int(key):,} requests (asked)", f"{item['requests']:,} generated",
             ("built" if item["rebuilt"] else "reused") + f" in {_s(item['seconds'])}"]
            for key, item in prepared["warehouses"].items()]
    rows += [[f"{int(key):,} indicator rows", f"{item['bytes'] / 1e6:.0f} MB CSV", f"ready in {_s(item['seconds'])}"]
             for key, item in prepared["csvs"].items()]
    return "## Inputs (benchmarks/work/, reused between runs)\n\n" + _table(["input", "size", "preparation"], rows)


def ingest(results: list[dict]) -> str:
    title = ("## 1. Ingest — indicator CSV in Indonesian format (median seconds; ratio = their time ÷ ours)\n\n"
             "Ours = read + validate + load + refresh + publish (a consistent, published warehouse); "
             "pandas = read_csv + per-row Python checks + to_sql (SQLite); floor = DuckDB read_csv into a table, "
             "no checks.\n")
    rows, phase_rows = [], []
    for result in results:
        if "error" in result:
            rows.append([f"{result['rows']:,}", "–", _failed(result)] + ["–"] * 8)
            continue
        n, ours, hand, floor = result["rows"], result["ours"], result["handmade"], result["floor"]
        p = ours["phases"]
        checked = p["read"] + p["validate"] + p["load"]
        rows.append([f"{n:,}", str(result["repetitions"]), _s(ours["seconds"]), _s(hand["seconds"]),
                     _s(floor["seconds"]), _rate(n, ours["seconds"]), _rate(n, hand["seconds"]),
                     _rate(n, floor["seconds"]), _ratio(hand["seconds"], ours["seconds"]),
                     _ratio(hand["seconds"], checked), _ratio(floor["seconds"], ours["seconds"])])
        phase_rows.append([f"{n:,}", _s(p["read"]), _s(p["validate"]), _s(p["load"]), _s(p["refresh"]),
                           _s(p["publish"]), f"{ours['accepted']:,} / {ours['quarantined']:,}",
                           f"{hand['accepted']:,} / {hand['quarantined']:,}", _mb(ours["peak_rss_mb"]),
                           _mb(hand["peak_rss_mb"]), _mb(floor["peak_rss_mb"])])
    main = _table(["rows", "runs", "ours", "pandas+SQLite", "DuckDB floor", "ours rows/s", "pandas rows/s",
                   "floor rows/s", "pandas ÷ ours", "pandas ÷ ours (read+validate+load)", "floor ÷ ours"], rows)
    phases = _table(["rows", "read", "validate", "load", "refresh", "publish", "ours accepted / quarantined",
                     "pandas accepted / quarantined", "ours peak RSS", "pandas peak RSS", "floor peak RSS"],
                    phase_rows)
    return f"{title}\n{main}\n\nOur phases (median seconds), row counts and peak memory:\n\n{phases}"


def page_data(results: list[dict]) -> str:
    title = ("## 2. Page data — the named queries behind each page vs pandas on DataFrames in memory "
             "(ratio = pandas ÷ ours)\n\n"
             "Cold = a new process: ours opens the snapshot and runs the queries once; pandas loads the data "
             "into DataFrames and computes the page once (its load alone in its own column). Warm = the same "
             "again in that process, median. Serang Tatu's pandas numbers come from the raw requests; ringkasan's "
             "from the same published score tables.\n")
    rows = []
    for result in results:
        if "error" in result:
            rows.append([f"{result['requests']:,}", "–", _failed(result)] + ["–"] * 8)
            continue
        pandas = result["pandas"]
        check = "same numbers" if not pandas["mismatches"] else "DIFFERENT: " + "; ".join(pandas["mismatches"])
        for page, ours in result["ours"].items():
            theirs = pandas["pages"][page]
            rows.append([f"{result['requests']:,}", page, str(ours["queries"]), _s(ours["cold"]), _s(ours["warm"]),
                         _s(pandas["load"]), _s(theirs["cold"]), _s(theirs["warm"]),
                         _ratio(theirs["cold"], ours["cold"]), _ratio(theirs["warm"], ours["warm"]), check])
    return title + "\n" + _table(["requests", "page", "queries", "ours cold", "ours warm", "pandas load",
                                  "pandas cold (load + page)", "pandas warm", "cold ratio", "warm ratio", "check"],
                                 rows)


def render(results: list[dict]) -> str:
    title = ("## 3. App render — AppTest run of `ringkasan` as the executive (server side, no browser)\n\n"
             "Cold = first run in a new process (libraries already imported); warm = later runs, each a new "
             "session with the caches filled, median.\n")
    rows = []
    for result in results:
        if "error" in result:
            rows.append([f"{result['requests']:,}", _failed(result), "–"])
            continue
        rows.append([f"{result['requests']:,}", _s(result["cold"]), _s(result["warm"]) + f" (n={result['runs']})"])
    return title + "\n" + _table(["requests", "cold", "warm"], rows)


def memory(results: list[dict]) -> str:
    title = ("## 4. Memory — resident memory of the app process after rendering `ringkasan` vs the pandas "
             "alternative holding its data (ratio = pandas ÷ ours)\n\n"
             "Both processes import the same libraries (Streamlit, Plotly, pandas, DuckDB) first; "
             "'data' is the growth over that baseline.\n")
    rows = []
    for result in results:
        if "error" in result:
            rows.append([f"{result['requests']:,}", _failed(result)] + ["–"] * 6)
            continue
        ours, theirs = result["app"], result["pandas"]
        ours_data = ours["after_render_mb"] - ours["baseline_mb"]
        their_data = theirs["holding_mb"] - theirs["baseline_mb"]
        rows.append([f"{result['requests']:,}", _mb(ours["after_render_mb"]), _mb(ours_data),
                     _mb(theirs["holding_mb"]), _mb(their_data), _mb(theirs["peak_mb"]),
                     _ratio(theirs["holding_mb"], ours["after_render_mb"]), _ratio(their_data, ours_data)])
    return title + "\n" + _table(["requests", "app RSS", "app: data", "pandas RSS", "pandas: data", "pandas peak",
                                  "RSS ratio", "data ratio"], rows)


def map_page(result: dict, load_timeout: float) -> str:
    title = ("## 5. Public map in headless Chromium — clustered as we do it vs one folium marker per point "
             "(ratio = naive ÷ ours)\n\n"
             "Bytes = HTTP + WebSocket, both ways, first (cold) load. Time = navigation until every point is "
             f"drawn; a load with no complete map after {load_timeout:.0f} s is shown as '> {load_timeout:.0f} s', "
             "its bytes estimated from the largest naive map that did arrive (WebSocket bytes per point). "
             "Points = generated waste points plus the sample desa wisata, inside the regency.\n")
    failed = _failed(result)
    if failed:
        return title + "\n" + failed
    rows = []
    per_point = None  # WebSocket bytes per point of the largest naive map that arrived whole
    for count, item in result.items():
        if not count.isdigit():
            continue
        ours, naive = item["ours"], item["naive"]
        cells = []
        for way in (ours, naive):
            cold = way["cold"]
            time_text = f"> {load_timeout:.0f} s" if cold["timed_out"] else _s(cold["seconds_to_map"])
            cells.append([_bytes(cold["total_bytes"]), _bytes(cold["websocket_bytes"]), time_text,
                          _s(way["warm_seconds_to_map"]),
                          "–" if cold["longest_task_ms"] is None else f"{cold['longest_task_ms']:,.0f} ms"])
        naive_bytes = naive["cold"]["total_bytes"]
        if naive["cold"]["timed_out"]:
            time_ratio = f"> {_ratio(load_timeout, ours['cold']['seconds_to_map'])}"
            estimate = naive["cold"]["http_bytes"] + per_point * item["points"] if per_point else 0
            prefix = "" if estimate else "≥ "  # without an estimate: only what had arrived
            if estimate > naive_bytes:  # the map had not arrived: estimate it from the largest one that did
                cells[1][0] = f"≈ {_bytes(estimate)} (estimated; {_bytes(naive_bytes)} by then)"
                naive_bytes, prefix = estimate, "≈ "
            byte_ratio = prefix + _ratio(naive_bytes, ours["cold"]["total_bytes"])
        else:
            per_point = naive["cold"]["websocket_bytes"] / item["points"]
            time_ratio = _ratio(naive["cold"]["seconds_to_map"], ours["cold"]["seconds_to_map"])
            byte_ratio = _ratio(naive_bytes, ours["cold"]["total_bytes"])
        rows.append([f"{item['points']:,}", *cells[0], *cells[1], byte_ratio, time_ratio])
    header = ["points", "ours bytes", "ours WebSocket", "ours cold", "ours warm", "ours longest freeze",
              "naive bytes", "naive WebSocket", "naive cold", "naive warm", "naive longest freeze",
              "bytes ratio", "cold time ratio"]
    return title + "\n" + _table(header, rows)


def document(facts: dict, sections: list[str], total_seconds: float, load_end: tuple) -> str:
    started = facts["started"]
    load = " / ".join(f"{value:.2f}" for value in load_end)
    return "\n\n".join([f"# Benchmarks, {started}", machine(facts), *sections,
                        f"Total time of `make bench`: {total_seconds / 60:.1f} min ({total_seconds:.0f} s); "
                        f"load average at the end: {load}."]) + "\n"


def save(text: str, when: datetime) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{when:%Y-%m-%d}.md"
    path.write_text(text, encoding="utf-8")
    return path
