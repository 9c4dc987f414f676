"""The six programme pages in Chromium: charts and MapLibre maps drawn, no exception, screenshots
at 1366×768 (first screen and the whole page) in tests/artifacts/ for a person to look at."""

import pytest

from browser_support import ARTIFACTS, exceptions_on, go_to, log_in, screenshot

pytestmark = pytest.mark.browser

PAGES = {
    "serang-tatu": ("Aplikasi Serang Tatu", 9),
    "sikonde": ("Aplikasi Sikonde", 8),
    "sentra-perikanan": ("Sentra Perikanan & OVOP", 8),
    "transformer": ("Program Transformer", 6),
    "pojok-dolan": ("Program Pojok Dolan", 6),
    "pesan-ibu": ("Program Pesan Ibu", 10),
}


def wait_for_charts(page, charts: int) -> None:
    """Every Plotly chart of the page drawn, and at least one MapLibre map with a sized canvas."""
    page.wait_for_function(
        """(charts) => document.querySelectorAll('.js-plotly-plot .main-svg').length >= charts
            && [...document.querySelectorAll('.maplibregl-canvas')].some(c => c.width > 100 && c.height > 100)""",
        arg=charts, timeout=60_000)


def whole_page_screenshot(page, name: str) -> None:
    """Streamlit scrolls inside its main block, so a full-page shot is the viewport: grow it to the content."""
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": 1366, "height": max(768, height)})
    page.wait_for_timeout(1500)  # let Plotly re-layout to the new size (no app state to wait on)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    page.set_viewport_size({"width": 1366, "height": 768})


@pytest.fixture(scope="module")
def executive(server, browser):
    page = browser.page()
    log_in(page, server, "eksekutif")
    yield page
    page.context.close()


@pytest.mark.parametrize("program", list(PAGES))
def test_program_page_draws_its_charts_and_maps(executive, program):
    title, charts = PAGES[program]
    go_to(executive, title)
    wait_for_charts(executive, charts)
    assert not exceptions_on(executive)
    assert executive.locator(".js-plotly-plot").count() >= charts
    assert executive.get_by_text("Sumber dan kesegaran data").count() == 1
    screenshot(executive, f"program-{program}-1366")
    whole_page_screenshot(executive, f"program-{program}-full")


def test_partner_sees_only_its_services_in_the_browser(server, browser):
    page = browser.page()
    log_in(page, server, "opd_dukcapil")
    go_to(page, "Aplikasi Serang Tatu")
    wait_for_charts(page, 8)
    assert not exceptions_on(page)
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert "KTP elektronik" in text and "Validasi BPHTB" not in text and "Disdukcapil" in text
    whole_page_screenshot(page, "program-serang-tatu-disdukcapil-full")
    page.context.close()


def test_dlh_has_no_serang_tatu_in_its_navigation(server, browser):
    page = browser.page()
    log_in(page, server, "opd_dlh")
    navigation = page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert "Program Pesan Ibu" in navigation and "Serang Tatu" not in navigation
    go_to(page, "Program Pesan Ibu")
    wait_for_charts(page, 10)
    assert not exceptions_on(page)
    page.context.close()
