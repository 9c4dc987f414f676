"""Benchmark: the public map with 20,000 waste points, measured in Debian's Chromium (network blocked).

    SERANG_REFERENCE_DIR=../shared/reference .venv/bin/python benchmarks/map_20k.py [--points 20000] [--runs 3]

Builds a sample warehouse under ``benchmarks/work/`` once, copies it with N generated waste
points loaded as an agency upload would be (``tests/map_data.py``), starts the app with no
base tiles, and opens ``/peta?embed=true`` in a fresh browser context per run. Reports, for
the sample data and for N points:

- bytes transferred: HTTP responses (body + headers, as sent, gzip where the server used it),
  split into Streamlit's own frontend (the same for every page, cached after a first visit) and
  the map's code (st_folium, Leaflet, MarkerCluster), plus WebSocket frames both ways (the
  page and its map data);
- time to a visible map: from navigation until the page is drawn, and until every point is
  drawn (the cluster counts plus single markers add up to the expected number); the first run
  of each server is cold (imports, caches), hence the median of several runs;
- responsiveness: the longest main-thread task while loading (clusters are built in chunks so
  the page never freezes for long), and the time from a zoom-in click to Leaflet's ``zoomend``
  and from a pan to ``moveend`` (both include Leaflet's ~250 ms animation);
- what one folium marker per point would have sent instead (measured on 200 markers).

Numbers depend on the machine: compare the ratios (N points / sample) more than the values.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

import folium  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from browser_support import CHROMIUM, CHROMIUM_ARGS, Browser, streamlit_server, wait_for_app  # noqa: E402
from map_data import warehouse_with_waste_points  # noqa: E402
from pipelines import settings  # noqa: E402
from pipelines.build import build  # noqa: E402

WORK = REPO / "benchmarks" / "work"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
TYPES = ("TPS", "TPS3R", "bank sampah", "TPST", "TPA")
ALL_DRAWN = """(expected) => {
    if (!window.map) return false;
    const clusters = [...document.querySelectorAll('.marker-cluster')].map(c => Number(c.textContent));
    const singles = document.querySelectorAll('.leaflet-marker-icon.serang-pin').length;
    return clusters.reduce((a, b) => a + b, 0) + singles === expected;
}"""


def base_warehouse() -> settings.DataPaths:
    layout = settings.DataPaths(WORK / "base")
    if not layout.current_pointer.exists():
        os.environ["SERANG_DATA_DIR"] = str(layout.root)
        build(end_month="2026-11", as_of=date(2026, 12, 3), layout=layout)
    return layout


def generated_points(count: int, seed: int = 6) -> pd.DataFrame:
    """``count`` waste points scattered within ~400 m of real desa centres, names like real ones."""
    desa = pd.read_csv(settings.reference_dir() / "serang_desa.csv", dtype={"kode": str})
    rng = np.random.default_rng(seed)
    picks = desa.iloc[rng.integers(0, len(desa), count)].reset_index(drop=True)
    kinds = rng.choice(TYPES, count, p=(0.45, 0.15, 0.35, 0.03, 0.02))
    return pd.DataFrame({
        "nama": [f"{'Bank Sampah' if kind == 'bank sampah' else kind} {name} {i:05d}"
                 for i, (kind, name) in enumerate(zip(kinds, picks["nama"]))],
        "jenis": kinds, "kode_desa": picks["kode"],
        "lintang": picks["lat"] + rng.normal(0, 0.0025, count), "bujur": picks["lng"] + rng.normal(0, 0.0025, count),
        "kapasitas_ton_per_hari": rng.choice([0.05, 0.1, 0.5, 1.0, 2.5, 5.0, 10.0], count),
        "jadwal": rng.choice(["Senin–Jumat 07.00–15.00", "Sabtu 08.00–12.00", "Tiap hari 06.00–18.00"], count),
        "tahun_mulai": rng.integers(2005, 2026, count), "aktif": rng.choice(["ya", "tidak"], count, p=(0.9, 0.1)),
    })


def points_on_map(layout: settings.DataPaths) -> int:
    """What the page should draw: every point inside the regency (the app's own rule, same query)."""
    import duckdb
    import shapely

    from pipelines import db

    con = duckdb.connect(str(db.require_snapshot(layout).path), read_only=True)
    try:
        shapes = [shapely.from_geojson(text) for (text,) in
                  con.execute("SELECT geojson FROM ref.boundary WHERE level = 'kecamatan'").fetchall()]
        frame = con.execute("SELECT lintang, bujur FROM mart.tourism_village UNION ALL "
                            "SELECT lintang, bujur FROM mart.waste_point").df()
    finally:
        con.close()
    from views.maps import inside_region

    return len(inside_region(frame, shapely.union_all(shapes)))


def measure(browser: Browser, url: str, expected: int) -> dict:
    page = browser.page()
    # Long tasks (> 50 ms) of the page's main thread, which the same-origin map iframe shares.
    page.add_init_script("window.longTasks = []; new PerformanceObserver(list => list.getEntries().forEach("
                         "task => window.longTasks.push(task.duration))).observe({type: 'longtask', buffered: true});")
    http = []
    frames = []
    page.on("requestfinished", lambda request: http.append(request))
    page.on("websocket", lambda socket: (socket.on("framereceived", lambda data: frames.append(len(data))),
                                         socket.on("framesent", lambda data: frames.append(len(data)))))
    started = time.monotonic()
    page.goto(url)
    wait_for_app(page, timeout=120_000)
    script_done = time.monotonic() - started
    frame = page.wait_for_selector(MAP_FRAME, timeout=120_000).content_frame()
    frame.wait_for_function(ALL_DRAWN, arg=expected, timeout=120_000, polling="raf")
    visible = time.monotonic() - started
    zoom = frame.evaluate("""() => new Promise(done => {
        const t0 = performance.now();
        window.map.once('zoomend', () => done(performance.now() - t0));
        document.querySelector('.leaflet-control-zoom-in').click();
    })""")
    pan = frame.evaluate("""() => new Promise(done => {
        const t0 = performance.now();
        window.map.once('moveend', () => done(performance.now() - t0));
        window.map.panBy([200, 120]);
    })""")
    longest_task = max(page.evaluate("window.longTasks"), default=0)
    shell_bytes = component_bytes = 0
    for request in http:
        sizes = request.sizes()
        size = sizes["responseBodySize"] + sizes["responseHeadersSize"] + sizes["requestHeadersSize"]
        if "/component/" in request.url:
            component_bytes += size  # st_folium's frontend, Leaflet, MarkerCluster
        else:
            shell_bytes += size  # Streamlit's own frontend: the same for every page, cached after a first visit
    page.context.close()
    return {"seconds_to_page": script_done, "seconds_to_map": visible, "shell_bytes": shell_bytes,
            "component_bytes": component_bytes, "websocket_bytes": sum(frames),
            "total_bytes": shell_bytes + component_bytes + sum(frames), "longest_task_ms": longest_task,
            "zoom_ms": zoom, "pan_ms": pan}


def folium_marker_bytes(points: pd.DataFrame, sample: int = 200) -> float:
    """Bytes per point of the naive way: one folium Marker with a popup for each."""
    naive = folium.Map()
    for row in points.head(sample).itertuples():
        folium.Marker([row.lintang, row.bujur], popup=f"<b>{row.nama}</b><br>{row.jenis}").add_to(naive)
    return len(naive.get_root().render().encode()) / sample


def run(layout: settings.DataPaths, runs: int, browser: Browser) -> dict:
    expected = points_on_map(layout)
    env = {"SERANG_DATA_DIR": str(layout.root), "SERANG_REFERENCE_DIR": str(settings.reference_dir()),
           "SERANG_MAP_TILES": "none"}
    log_dir = WORK / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    with streamlit_server(env, log_dir) as server:
        results = [measure(browser, f"{server.url}/peta?embed=true", expected) for _ in range(runs)]
    summary = {key: statistics.median(result[key] for result in results) for key in results[0]}
    return {"points": expected, "runs": results, "median": summary}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    base = base_warehouse()
    many_points = generated_points(args.points)
    many = warehouse_with_waste_points(base, WORK / f"points-{args.points}", many_points)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        browser = Browser(playwright, chromium)
        report = {"sample": run(base, args.runs, browser), "many": run(many, args.runs, browser)}
        chromium.close()
    report["blocked_requests"] = browser.blocked
    report["folium_marker_bytes_per_point"] = folium_marker_bytes(many_points)
    (WORK / "map_20k.json").write_text(json.dumps(report, indent=2), encoding="utf-8")

    sample, many = report["sample"]["median"], report["many"]["median"]
    naive = report["folium_marker_bytes_per_point"] * report["many"]["points"]
    print(f"{'':28}{'sample':>14}{'generated':>14}{'ratio':>8}")
    print(f"{'points on the map':28}{report['sample']['points']:>14,}{report['many']['points']:>14,}"
          f"{report['many']['points'] / report['sample']['points']:>8.1f}")
    for key, label in (("total_bytes", "bytes transferred"), ("shell_bytes", "  Streamlit frontend (HTTP)"),
                       ("component_bytes", "  map code: Leaflet etc."),
                       ("websocket_bytes", "  WebSocket: page + points"),
                       ("seconds_to_page", "seconds to page drawn"), ("seconds_to_map", "seconds to every point drawn"),
                       ("longest_task_ms", "longest freeze loading (ms)"), ("zoom_ms", "zoom-in to zoomend (ms)"),
                       ("pan_ms", "pan to moveend (ms)")):
        value = f"{sample[key]:>14,.0f}{many[key]:>14,.0f}" if key.endswith(("bytes", "ms")) else \
            f"{sample[key]:>14.2f}{many[key]:>14.2f}"
        print(f"{label:28}{value}{many[key] / sample[key]:>8.1f}")
    print(f"one folium marker per point would send ≈ {naive:,.0f} bytes of map script "
          f"({naive / many['websocket_bytes']:.0f}× this page's WebSocket bytes)")
    hosts = sorted({urlparse(url).hostname for url in browser.blocked})
    print(f"blocked requests: {len(browser.blocked)} to {', '.join(hosts) or 'nobody'} "
          "(fonts.gstatic.com: app.py's favicon, not the map)")


if __name__ == "__main__":
    main()
