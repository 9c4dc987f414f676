"""The public map in Debian's Chromium with every non-loopback request blocked (as on a machine offline)."""

from __future__ import annotations

from urllib.parse import urlparse

import pandas as pd
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from browser_support import exceptions_on, open_page, screenshot, streamlit_server, wait_for_app
from map_data import warehouse_with_waste_points

pytestmark = pytest.mark.browser

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
TILE_HOSTS = {"tile.openstreetmap.org"}  # the default base tiles: online only, not needed for the map
HOSTILE_NAME = "<img src=x onerror=alert(1)> ${7*7}"
HOSTILE_SCHEDULE = "<script>alert(2)</script>"
COUNT_MARKERS = """() => ({
    clusters: [...document.querySelectorAll('.marker-cluster')].map(cluster => Number(cluster.textContent)),
    singles: document.querySelectorAll('.leaflet-marker-icon.serang-pin').length,
})"""


def leaflet_frame(page, timeout: float = 60_000):
    """The st_folium iframe once Leaflet has drawn markers (the iframe is replaced when the map changes)."""
    wait_for_app(page)
    frame = page.wait_for_selector(MAP_FRAME, timeout=timeout).content_frame()
    frame.wait_for_function("() => window.map && document.querySelector('.leaflet-marker-icon')", timeout=timeout)
    return frame


def points_drawn(frame, expected: int) -> int:
    """Points on the map (cluster counts plus single markers), once they add up to ``expected``
    or after 10 s; counting mid-animation would see fading icons twice."""
    try:
        frame.wait_for_function(f"() => {{ const c = ({COUNT_MARKERS})(); "
                                "return c.clusters.reduce((a, b) => a + b, 0) + c.singles === " f"{expected}; }}",
                                timeout=10_000)
    except PlaywrightTimeout:
        pass
    counts = frame.evaluate(COUNT_MARKERS)
    return sum(counts["clusters"]) + counts["singles"]


def count_script_runs(page) -> None:
    """From now on, ``window.scriptRuns`` counts the app's script runs (reruns)."""
    page.evaluate("""() => {
        window.scriptRuns = 0;
        const app = document.querySelector('[data-test-script-state]');
        new MutationObserver(() => {
            if (app.getAttribute('data-test-script-state') === 'running') window.scriptRuns++;
        }).observe(app, {attributes: true});
    }""")


def needed(blocked: list[str], tiles: bool = True) -> list[str]:
    """Blocked requests other than base tiles (when the map uses online tiles): must be none."""
    return [url for url in blocked if not (tiles and urlparse(url).hostname in TILE_HOSTS)]


@pytest.fixture()
def sample_points(snapshot_con) -> int:
    return snapshot_con.execute("SELECT (SELECT count(*) FROM mart.tourism_village) "
                                "+ (SELECT count(*) FROM mart.waste_point)").fetchone()[0]


@pytest.mark.parametrize("width, height", [(1366, 768), (360, 740)])
def test_embedded_map_shows_every_sample_point_offline(server, browser, sample_points, width, height):
    blocked_before = len(browser.blocked)
    page = browser.page(width, height)
    served = []
    page.on("requestfinished", lambda request: served.append(request.url))
    open_page(page, server, "peta?embed=true")
    frame = leaflet_frame(page)

    assert points_drawn(frame, sample_points) == sample_points
    assert frame.locator(".leaflet-container").is_visible()
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0
    assert not exceptions_on(page)
    # Leaflet and the cluster plugin came from our server; only base tiles were blocked.
    assert any(url.endswith("/component/views.maps.leaflet_assets/leaflet.js") for url in served)
    assert any(url.endswith("/views.maps.markercluster_assets/leaflet.markercluster.js") for url in served)
    assert needed(browser.blocked[blocked_before:]) == []
    # It fits the viewport: no sideways scrolling, and the map starts on the first screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    box = page.locator(MAP_FRAME).bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width and box["y"] < height - 200
    screenshot(page, f"peta-embed-{width}")
    page.context.close()


def test_panning_and_zooming_never_rerun_the_script(server, browser):
    page = browser.page()
    open_page(page, server, "peta?embed=true")
    frame = leaflet_frame(page)
    count_script_runs(page)
    before = frame.evaluate("""() => {
        window.mapEvents = [];
        window.map.on('zoomend moveend', event => window.mapEvents.push(event.type));
        return window.map.getZoom();
    }""")
    frame.locator(".leaflet-control-zoom-in").click()
    frame.wait_for_function("() => window.mapEvents.includes('zoomend')")
    assert frame.evaluate("() => window.map.getZoom()") > before
    frame.evaluate("() => { window.mapEvents = []; }")
    box = page.locator(MAP_FRAME).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 - 150, box["y"] + box["height"] / 2 - 80, steps=8)
    page.mouse.up()
    frame.wait_for_function("() => window.mapEvents.includes('moveend')")
    page.wait_for_timeout(1500)  # st_folium reports changes after a debounce; give it the chance to misbehave
    assert page.evaluate("window.scriptRuns") == 0
    page.context.close()


@pytest.fixture(scope="module")
def hostile_server(built, app_env, real_reference, browser, tmp_path_factory):
    """An app with no base tiles over a copy of the warehouse whose waste points an agency replaced
    with a hostile name, an ordinary point and one outside Kabupaten Serang."""
    _, layout = built
    desa = pd.read_csv(real_reference / "serang_desa.csv", dtype={"kode": str}).set_index("kode")
    home = desa.loc["36.04.23.2009"]
    rows = pd.DataFrame({
        "nama": [HOSTILE_NAME, "TPS Gandayasa", "TPS di Monas"],
        "jenis": ["TPS", "TPS3R", "TPS"],
        "kode_desa": ["36.04.23.2009"] * 3,
        "lintang": [home["lat"], home["lat"] + 0.01, -6.1754],
        "bujur": [home["lng"], home["lng"] + 0.01, 106.8272],
        "jadwal": [HOSTILE_SCHEDULE, "Senin 07.00", "Senin 07.00"],
    })
    data_dir = warehouse_with_waste_points(layout, tmp_path_factory.mktemp("peta-data"), rows).root
    env = {**app_env, "SERANG_DATA_DIR": str(data_dir), "SERANG_MAP_TILES": "none"}
    with streamlit_server(env, tmp_path_factory.mktemp("peta-server")) as running:
        yield running


def test_a_hostile_name_shows_as_text_and_nothing_runs(hostile_server, browser, snapshot_con):
    villages = snapshot_con.execute("SELECT count(*) FROM mart.tourism_village").fetchone()[0]
    blocked_before = len(browser.blocked)
    page = browser.page()
    open_page(page, hostile_server, "peta?embed=true")
    frame = leaflet_frame(page)
    assert points_drawn(frame, villages + 2) == villages + 2  # the point at Monas never reaches the map
    assert page.get_by_text("1 titik tidak ditampilkan").is_visible()
    assert HOSTILE_NAME in page.locator(".serang-list").inner_text()

    page.get_by_label("Cari nama lokasi atau desa").fill("onerror")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('.serang-list li').length === 1")
    frame = leaflet_frame(page)
    count_script_runs(page)
    frame.locator(".leaflet-marker-icon.serang-pin").first.click()
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert HOSTILE_NAME in text and HOSTILE_SCHEDULE in text and "TPS (tempat penampungan sementara)" in text
    page.wait_for_timeout(1000)  # an injected onerror handler, or st_folium's debounced report, would have run
    assert page.dialogs == []
    assert page.evaluate("window.scriptRuns") == 0  # opening a popup does not rerun the script either
    assert frame.locator('img[src="x"], script:text("alert")').count() == 0
    assert page.locator('img[src="x"]').count() == 0
    assert needed(browser.blocked[blocked_before:], tiles=False) == []  # no base tiles asked for either
    screenshot(page, "peta-hostile-popup")
    page.context.close()


def test_without_base_tiles_the_boundaries_still_draw(hostile_server, browser):
    page = browser.page(360, 740)
    open_page(page, hostile_server, "peta?embed=true&layer=desa-wisata")
    frame = leaflet_frame(page)
    assert frame.locator("path.leaflet-interactive").count() >= 29  # one shape per kecamatan at least
    assert frame.locator(".leaflet-tile").count() == 0
    screenshot(page, "peta-no-tiles-360")
    page.context.close()
