"""An OPD clerk uploads through the real page; the executive's Ringkasan shows the new value (own server and warehouse)."""

import re

import pytest

from browser_support import (choose_tonase, exceptions_on, go_to, log_in, screenshot, streamlit_server, wait_for_app,
                             whole_page_screenshot)
from support import email
from upload_support import OCTOBER, WRONG_COLUMNS

pytestmark = pytest.mark.browser



@pytest.fixture()
def upload_server(warehouse, app_env, browser, tmp_path):
    """An app over a private copy of the warehouse: this test writes."""
    with streamlit_server({**app_env, "SERANG_DATA_DIR": str(warehouse.root)}, tmp_path) as running:
        yield running


def pesan_ibu_row(page) -> str:
    row = page.locator("tr", has_text="PI-01 · Sampah terkumpul")
    return re.sub(r"\s+", " ", row.first.inner_text())


def test_clerk_uploads_and_ringkasan_shows_the_new_value(upload_server, browser):
    executive = browser.page()
    log_in(executive, upload_server, "eksekutif")
    go_to(executive, "Ringkasan Eksekutif")
    assert "10.805 ton / 15.000 ton (Agu 2026)" in pesan_ibu_row(executive)  # sample data before the upload

    clerk = browser.page()
    log_in(clerk, upload_server, "opd_dlh")
    go_to(clerk, "Unggah Data")
    choose_tonase(clerk)
    screenshot(clerk, "upload-1-dataset")

    clerk.locator('input[type="file"]').set_input_files(
        files=[{"name": "tonase_oktober_2026.csv", "mimeType": "text/csv", "buffer": OCTOBER}])
    clerk.get_by_text("Akan dikarantina", exact=True).wait_for(timeout=60_000)
    wait_for_app(clerk)
    screenshot(clerk, "upload-2-preview")
    preview = re.sub(r"\s+", " ", clerk.locator('[data-testid="stMain"]').inner_text())
    assert "Periode dalam berkas: Oktober 2026" in preview
    assert "4 ton_dikurangi 15 ton_dikurangi tidak boleh lebih besar dari ton_terkumpul." in preview, preview

    clerk.get_by_role("button", name="Muat 2 baris").click()
    clerk.get_by_text("2 baris masuk, 1 baris dikarantina").wait_for(timeout=120_000)
    wait_for_app(clerk)
    assert not exceptions_on(clerk)
    result = clerk.locator('[data-testid="stMain"]').inner_text()
    assert "Berkas tonase_oktober_2026.csv dimuat ke «Tonase sampah per bulan»" in result
    assert email("opd_dlh") in result  # the history names the sender
    screenshot(clerk, "upload-3-result")

    # The executive's next visit to Ringkasan shows October's real total (no restart, no stale cache).
    go_to(executive, "Enam Dimensi")
    go_to(executive, "Ringkasan Eksekutif")
    row = pesan_ibu_row(executive)
    assert "12.345 ton / 15.000 ton (Okt 2026)" in row and "data contoh" not in row
    assert not exceptions_on(executive)
    whole_page_screenshot(executive, "upload-4-ringkasan-after")

    go_to(executive, "Kualitas Data")
    whole_page_screenshot(executive, "upload-5-kualitas-data")
    # The newest load with quarantined rows is chosen for the drill-down: this upload, with who sent it.
    picked = " ".join(executive.locator('[data-testid="stSelectbox"]').all_inner_texts())
    picked += " ".join(box.input_value() for box in executive.locator('[data-testid="stSelectbox"] input').all())
    assert f"Tonase sampah per bulan · tonase_oktober_2026.csv · {email('opd_dlh')} · 1 baris" in picked, picked

    # A file with the wrong columns is refused with the reason, before anything is loaded.
    clerk.get_by_role("button", name="Unggah berkas lain").click()
    clerk.get_by_role("button", name="Unggah berkas lain").wait_for(state="detached")  # a fresh, empty uploader
    wait_for_app(clerk)
    clerk.locator('input[type="file"]').set_input_files(
        files=[{"name": "salah_kolom.csv", "mimeType": "text/csv", "buffer": WRONG_COLUMNS}])
    clerk.get_by_text("ditolak seluruhnya").wait_for(timeout=60_000)
    wait_for_app(clerk)
    assert clerk.get_by_role("button", name=re.compile("^Muat ")).count() == 0
    screenshot(clerk, "upload-6-wrong-columns")
    for page in (executive, clerk):
        page.context.close()
