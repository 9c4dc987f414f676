"""Ringkasan, Enam Dimensi and Katalog in a real browser: every section drawn, no exception, downloads work."""

import io

import openpyxl
import pandas as pd
import pytest

from browser_support import exceptions_on, go_to, log_in, open_page, wait_for_app, wait_for_maps, whole_page_screenshot

pytestmark = pytest.mark.browser

RINGKASAN_SECTIONS = ["Enam dimensi smart city", "Program quick win", "Perlu perhatian", "Data terlambat",
                      "Sebaran per kecamatan", "Unduh tabel halaman ini"]


@pytest.fixture(scope="module")
def executive(server, browser):
    """One logged-in executive tab at 1366×768 for this module (local login lives in the browser session)."""
    page = browser.page(1366, 768)
    log_in(page, server, "eksekutif")
    yield page
    page.context.close()


def test_executive_sees_every_ringkasan_section(executive, snapshot_con):
    go_to(executive, "Ringkasan Eksekutif")
    # The map is the last chart on the page; under load it can be attached after the other charts
    # have drawn, so wait for its canvas before waiting for every chart to finish drawing.
    executive.wait_for_selector(".maplibregl-canvas", timeout=90_000)
    wait_for_maps(executive)
    assert not exceptions_on(executive)
    headings = executive.locator("h3").all_inner_texts()
    assert [heading for heading in RINGKASAN_SECTIONS if heading in headings] == RINGKASAN_SECTIONS
    assert executive.locator('[data-testid="stMetric"]').count() == 6 + 6 + 2  # dimensions, programmes, late
    assert executive.locator('[data-testid="stPageLink"]').count() == 6
    assert executive.locator(".maplibregl-canvas").count() == 1
    # The ranking beside the map names the kecamatan; the first is the best value in the snapshot.
    best = snapshot_con.execute(
        "SELECT k.nama FROM ind.indicator_value AS v JOIN ref.kecamatan AS k ON k.kode = v.kode_wilayah "
        "WHERE v.kode_indikator = 'SK-02' AND v.periode = '2026-11' ORDER BY v.nilai DESC LIMIT 1").fetchone()[0]
    ranking = executive.locator('[data-testid="stTable"]').filter(has_text="Peringkat")
    assert best in ranking.inner_text()
    assert executive.get_by_text("data contoh").count() > 0
    whole_page_screenshot(executive, "ringkasan-eksekutif-1366")


def test_ringkasan_downloads_xlsx_with_metadata_and_csv(executive):
    go_to(executive, "Ringkasan Eksekutif")
    with executive.expect_download() as xlsx_download:
        executive.get_by_role("button", name="Unduh XLSX").click()
    assert xlsx_download.value.suggested_filename == "ringkasan-2026-11.xlsx"
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_download.value.path().read_bytes()), read_only=True)
    assert workbook.sheetnames[:5] == ["Indikator", "Dimensi", "Program", "Perlu perhatian", "Data terlambat"]
    assert workbook.sheetnames[-1] == "Metadata"
    metadata = pd.DataFrame(workbook["Metadata"].values)
    assert {"Kode", "Satuan", "Definisi", "Rumus", "Sumber"} <= set(metadata.iloc[0])
    assert len(metadata) == 1 + 39
    with executive.expect_download() as csv_download:
        executive.get_by_role("button", name="Unduh CSV").click()
    indicators = pd.read_csv(csv_download.value.path())
    assert len(indicators) == 39 and {"Kode", "Nilai", "Satuan", "Target", "Status"} <= set(indicators.columns)
    assert not exceptions_on(executive)


def test_executive_opens_dimensi_and_katalog(executive):
    go_to(executive, "Enam Dimensi")
    executive.locator('[data-testid="stButtonGroup"]').get_by_text("Smart Environment", exact=True).click()
    executive.wait_for_function(
        "() => [...document.querySelectorAll('h3')].some(heading => heading.innerText === 'Sampah & limbah')")
    wait_for_app(executive)
    assert not exceptions_on(executive)
    assert executive.locator('[data-testid="stPlotlyChart"]').count() == 7
    whole_page_screenshot(executive, "dimensi-eksekutif-1366")
    go_to(executive, "Katalog Indikator")
    assert not exceptions_on(executive)
    assert executive.get_by_text("ST-05", exact=True).count() == 1  # staff see internal indicators
    whole_page_screenshot(executive, "katalog-eksekutif-1366")


@pytest.mark.parametrize("path", ["ringkasan", "dimensi"])
def test_public_cannot_reach_leadership_pages(server, browser, path):
    page = browser.page()
    open_page(page, server, path)
    assert page.locator("h1").first.inner_text() == "Peta Publik"
    assert page.get_by_text("Enam dimensi smart city").count() == 0
    assert not exceptions_on(page)
    page.context.close()


def test_public_katalog_and_its_download_hold_no_internal_indicator(server, browser):
    page = browser.page(360, 740)
    open_page(page, server, "katalog")
    assert not exceptions_on(page)
    assert page.get_by_text("ST-05", exact=True).count() == 0
    assert page.get_by_text("SK-01", exact=True).count() == 1
    with page.expect_download() as download:
        page.get_by_role("button", name="Unduh CSV").click()
    codes = set(pd.read_csv(download.value.path())["Kode"])
    assert len(codes) == 37 and not codes & {"ST-05", "SK-04"}
    whole_page_screenshot(page, "katalog-publik-360")
    page.context.close()
