"""The router: each role sees exactly its pages, every page renders, pages check the role themselves."""

import pytest
from streamlit.testing.v1 import AppTest

from support import PASSWORD, email, open_app, registered_pages

PROGRAMS = {"serang-tatu", "sikonde", "sentra-perikanan", "transformer", "pojok-dolan", "pesan-ibu"}
EXPECTED = {
    None: {"peta", "katalog"},
    "eksekutif": {"ringkasan", "dimensi", "peta", "katalog", "kualitas-data"} | PROGRAMS,
    "admin": {"ringkasan", "dimensi", "peta", "katalog", "kualitas-data", "unggah"} | PROGRAMS,
    "opd_dlh": {"pesan-ibu", "peta", "katalog", "unggah"},
    "opd_kominfo": {"serang-tatu", "peta", "katalog", "unggah"},
    "opd_dukcapil": {"serang-tatu", "peta", "katalog", "unggah"},  # a partner OPD of Serang Tatu
}


@pytest.mark.parametrize("account", list(EXPECTED))
def test_each_role_sees_exactly_its_pages(users_file, account):
    app = open_app(account)
    assert not app.exception
    assert registered_pages(app) == EXPECTED[account]


@pytest.mark.parametrize("account, page", [(account, page) for account, pages in EXPECTED.items()
                                           for page in sorted(pages)])
def test_every_page_renders_for_every_role_that_sees_it(users_file, account, page):
    app = open_app(account, page=page)
    assert not app.exception, app.exception
    assert not app.error, [e.value for e in app.error]
    assert app.title, "page rendered no title"
    assert any("Diperbarui" in caption.value for caption in app.caption)  # freshness on every page


def test_home_leads_each_role_to_its_first_page(users_file):
    assert open_app("eksekutif").title[0].value == "Ringkasan Eksekutif"
    assert open_app(None).title[0].value == "Peta Publik"
    assert open_app("opd_dlh").title[0].value == "Program Pesan Ibu"


def test_unregistered_page_url_is_not_reachable(users_file):
    app = open_app("opd_dlh", page="serang-tatu")
    assert not app.exception
    assert "serang-tatu" not in registered_pages(app)
    assert all("Serang Tatu" not in title.value for title in app.title)


def test_a_logged_in_stranger_is_public_with_a_notice(users_file):
    app = open_app(user_email="tamu@example.com")
    assert registered_pages(app) == EXPECTED[None]
    assert any("belum terdaftar" in warning.value for warning in app.sidebar.warning)


def _render_ringkasan_directly():
    from views import ringkasan

    ringkasan.render()


def test_page_checks_the_role_itself_second_lock(users_file):
    app = AppTest.from_function(_render_ringkasan_directly, default_timeout=60)
    app.user = {"is_logged_in": False}
    app.run()
    assert not app.exception
    assert [e.value for e in app.error] and "tidak tersedia" in app.error[0].value
    assert not app.title  # nothing of the page was drawn


def test_local_login_with_hashed_password(users_file):
    app = open_app(None)
    app.sidebar.text_input(key="login_email").input(email("eksekutif"))
    app.sidebar.text_input(key="login_password").input(PASSWORD)
    app.sidebar.button[0].click().run()
    assert registered_pages(app) == EXPECTED["eksekutif"]


def test_local_login_rejects_a_wrong_password(users_file):
    app = open_app(None)
    app.sidebar.text_input(key="login_email").input(email("eksekutif"))
    app.sidebar.text_input(key="login_password").input("salah-sekali-ini")
    app.sidebar.button[0].click().run()
    assert registered_pages(app) == EXPECTED[None]
    assert any("salah" in error.value for error in app.sidebar.error)


def test_filters_survive_a_page_switch_and_reach_the_url(users_file):
    from streamlit.util import calc_hash

    app = open_app("eksekutif", page="ringkasan")
    app.sidebar.selectbox(key="widget_period").set_value("2026-10").run()
    app.sidebar.selectbox(key="widget_kecamatan").set_value("36.04.05").run()
    app._page_hash = calc_hash("dimensi")
    app.run()
    assert app.title[0].value == "Enam Dimensi"
    assert app.sidebar.selectbox(key="widget_period").value == "2026-10"
    assert app.sidebar.selectbox(key="widget_kecamatan").value == "36.04.05"
    assert app.query_params["periode"] == "2026-10" and app.query_params["kecamatan"] == "36.04.05"


def test_a_shared_url_opens_with_its_filters(users_file):
    app = open_app("eksekutif", page="ringkasan", query={"periode": "2025-06", "kecamatan": "36.04.30"})
    assert app.sidebar.selectbox(key="widget_period").value == "2025-06"
    assert app.sidebar.selectbox(key="widget_kecamatan").value == "36.04.30"


def test_english_toggle_changes_navigation_and_titles(users_file):
    app = open_app("eksekutif", page="ringkasan", lang="en")
    assert app.title[0].value == "Executive Summary"
