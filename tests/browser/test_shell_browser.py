"""The router in a real browser, on a freshly started server (Streamlit's first-session quirks)."""

import pytest

from browser_support import exceptions_on, go_to, log_in, open_page, screenshot, streamlit_server

pytestmark = pytest.mark.browser


def test_first_deep_link_after_start_opens_cleanly(app_env, browser, tmp_path):
    with streamlit_server(app_env, tmp_path) as fresh:
        page = browser.page(360, 740)
        open_page(page, fresh, "peta?embed=true")
        assert page.locator("h1").first.inner_text() == "Peta Publik"
        assert page.get_by_text("Page not found").count() == 0
        assert page.locator('[data-testid="stSidebarNav"]').count() == 0  # embedded: no navigation
        assert page.get_by_text("Masuk petugas").count() == 0
        screenshot(page, "shell-peta-embed-fresh-360")
        page.context.close()


def test_public_cannot_reach_ringkasan_on_a_fresh_server(app_env, browser, tmp_path):
    with streamlit_server(app_env, tmp_path) as fresh:
        page = browser.page()
        open_page(page, fresh, "ringkasan")
        assert "Ringkasan Eksekutif" not in page.locator("h1").all_inner_texts()
        assert page.locator("h1").first.inner_text() == "Peta Publik"
        assert not exceptions_on(page)
        page.context.close()


def test_executive_logs_in_and_opens_ringkasan(server, browser):
    page = browser.page()
    log_in(page, server, "eksekutif")
    go_to(page, "Ringkasan Eksekutif")
    assert page.locator("h1").first.inner_text() == "Ringkasan Eksekutif"
    assert not exceptions_on(page)
    screenshot(page, "shell-ringkasan-eksekutif")
    page.context.close()
