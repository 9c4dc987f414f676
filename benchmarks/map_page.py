"""Measurement 5 — the public map in headless Chromium at 1,000 / 20,000 / 100,000 points: ours vs one folium marker per point.

For each count, a copy of the smallest sample warehouse gets that many generated waste points
as an agency upload (``prepare.points_warehouse``; the 35 sample desa wisata stay), and two
servers are started with no base tiles (``SERANG_MAP_TILES=none``, nothing from the internet):

- ours: ``streamlit run app.py``, page ``/peta?embed=true`` (one compact JSON array, clustered
  in the browser by Leaflet.markercluster in chunks);
- naive: ``streamlit run benchmarks/naive_map_app.py`` (a folium ``Marker`` with a popup per
  point through the same ``st_folium``, Leaflet served locally too).

Each page load is a new browser context. Measured per load:

- bytes: HTTP responses (body + headers, gzip where the server used it) and WebSocket frames
  both ways; the page and its map data travel in the WebSocket frames;
- time to a visible map: from navigation until every point is drawn (ours: cluster counts
  plus single markers add up to the points on the map; naive: that many marker icons);
- the longest main-thread task while loading (how long the page froze at worst).

The first load of a fresh server is cold (imports, caches); later loads are warm. A load that
shows no complete map within ``timeout`` seconds is reported as such, with the bytes it had
received by then.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks import harness, prepare
from pipelines import db, settings

prepare.test_helpers()

NAIVE_SCRIPT = prepare.REPO / "benchmarks" / "naive_map_app.py"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
OURS_DRAWN = """(expected) => {
    if (!window.map) return false;
    const clusters = [...document.querySelectorAll('.marker-cluster')].map(c => Number(c.textContent));
    const singles = document.querySelectorAll('.leaflet-marker-icon.serang-pin').length;
    return clusters.reduce((a, b) => a + b, 0) + singles === expected;
}"""
NAIVE_DRAWN = "(expected) => document.querySelectorAll('.leaflet-marker-icon').length === expected"
LONG_TASKS = ("window.longTasks = []; new PerformanceObserver(list => list.getEntries().forEach("
              "task => window.longTasks.push(task.duration))).observe({type: 'longtask', buffered: true});")


def points_on_map(layout: settings.DataPaths) -> int:
    """What the page should draw: every point inside the regency (the app's own rule)."""
    import duckdb
    import shapely

    from views.maps import inside_region

    con = duckdb.connect(str(db.require_snapshot(layout).path), read_only=True)
    try:
        shapes = [shapely.from_geojson(text) for (text,) in
                  con.execute("SELECT geojson FROM ref.boundary WHERE level = 'kecamatan'").fetchall()]
        frame = con.execute("SELECT lintang, bujur FROM mart.tourism_village UNION ALL "
                            "SELECT lintang, bujur FROM mart.waste_point").df()
    finally:
        con.close()
    return len(inside_region(frame, shapely.union_all(shapes)))


def load_page(browser, url: str, drawn: str, expected: int, timeout: float) -> dict:
    """One page load in a fresh context: bytes, seconds until every point is drawn, longest freeze."""
    from browser_support import wait_for_app

    page = browser.page()
    page.add_init_script(LONG_TASKS)
    http, frames = [], []
    page.on("requestfinished", lambda request: http.append(request))
    page.on("websocket", lambda socket: (socket.on("framereceived", lambda data: frames.append(len(data))),
                                         socket.on("framesent", lambda data: frames.append(len(data)))))
    started = time.monotonic()

    def left_ms() -> float:  # every wait shares one deadline: ``timeout`` seconds from navigation
        return max(1.0, timeout - (time.monotonic() - started)) * 1000

    result: dict = {"timed_out": False}
    try:
        page.goto(url, timeout=left_ms())
        wait_for_app(page, timeout=left_ms())
        frame = page.wait_for_selector(MAP_FRAME, timeout=left_ms()).content_frame()
        frame.wait_for_function(drawn, arg=expected, timeout=left_ms(), polling="raf")
        result["seconds_to_map"] = time.monotonic() - started
        result["longest_task_ms"] = max(page.evaluate("window.longTasks"), default=0)
    except Exception as error:  # noqa: BLE001 - Playwright's TimeoutError: no complete map in time
        if "Timeout" not in type(error).__name__:
            raise
        result.update(timed_out=True, seconds_to_map=None, longest_task_ms=None)
    http_bytes = sum(sum(request.sizes()[key] for key in ("responseBodySize", "responseHeadersSize",
                                                           "requestHeadersSize")) for request in list(http))
    result.update(http_bytes=http_bytes, websocket_bytes=sum(frames), total_bytes=http_bytes + sum(frames))
    page.context.close()
    return result


def one_way(browser, layout: settings.DataPaths, script: Path, path: str, drawn: str, expected: int,
            loads: int, timeout: float) -> dict:
    """``loads`` page loads on one fresh server: the first is cold, the rest warm (stops at a timeout)."""
    from browser_support import streamlit_server

    env = {"SERANG_DATA_DIR": str(layout.root), "SERANG_REFERENCE_DIR": str(prepare.reference_dir()),
           "SERANG_MAP_TILES": "none"}
    results = []
    with streamlit_server(env, harness.LOG_DIR, script=script) as server:
        for _ in range(loads):
            results.append(load_page(browser, f"{server.url}/{path}", drawn, expected, timeout))
            if results[-1]["timed_out"]:
                break
    warm = [r for r in results[1:] if not r["timed_out"]]
    return {"loads": results, "cold": results[0],
            "warm_seconds_to_map": harness.median([r["seconds_to_map"] for r in warm]) if warm else None}


def run(base: str, counts: list[int], loads: dict, load_timeout: float) -> dict:
    """Worker: both ways at every count (``loads``: page loads per way and count)."""
    from playwright.sync_api import sync_playwright

    from browser_support import CHROMIUM, CHROMIUM_ARGS, Browser

    prepare.reference_dir()
    result = {}
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        browser = Browser(playwright, chromium)
        for count in counts:
            layout = prepare.points_warehouse(settings.DataPaths(Path(base)), count)
            expected = points_on_map(layout)
            result[str(count)] = {
                "points": expected,
                "ours": one_way(browser, layout, prepare.REPO / "app.py", "peta?embed=true", OURS_DRAWN, expected,
                                loads["ours"][str(count)], load_timeout),
                "naive": one_way(browser, layout, NAIVE_SCRIPT, "", NAIVE_DRAWN, expected,
                                 loads["naive"][str(count)], load_timeout),
            }
        chromium.close()
    result["blocked_requests"] = len(browser.blocked)
    return result


def measure(base: settings.DataPaths, counts: list[int], loads: dict[str, dict[int, int]], load_timeout: float) -> dict:
    """``loads``: page loads per way (``ours``/``naive``) and count; each load gives up after ``load_timeout`` s."""
    return harness.in_subprocess("map_page:run", timeout=1800, base=str(base.root), counts=counts,
                                 loads={way: {str(count): number for count, number in per_count.items()}
                                        for way, per_count in loads.items()}, load_timeout=load_timeout)
