"""Constants and helpers shared by the tests (importable as `support`; see pytest.ini pythonpath)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

REPO_ROOT = Path(__file__).resolve().parent.parent
END_MONTH = "2026-11"
AS_OF = date(2026, 12, 3)
PASSWORD = "rahasia-yang-panjang"
ACCOUNTS = {
    "eksekutif": ("bupati@serangkab.go.id", "eksekutif", None),
    "admin": ("walidata@serangkab.go.id", "admin", None),
    "opd_dlh": ("kadis.dlh@serangkab.go.id", "opd", "DLH"),
    "opd_kominfo": ("kadis.kominfo@serangkab.go.id", "opd", "Diskominfosatik"),
    "opd_dukcapil": ("kadis.dukcapil@serangkab.go.id", "opd", "Disdukcapil"),
}


def email(account: str) -> str:
    return ACCOUNTS[account][0]


def open_app(account: str | None = None, page: str | None = None, query: dict | None = None,
             lang: str | None = None, user_email: str | None = None) -> AppTest:
    """Run app.py as an account of ACCOUNTS (None = public visitor) and open ``page`` (its URL path)."""
    app = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120)
    login = user_email or (email(account) if account else None)
    app.user = {"is_logged_in": True, "email": login} if login else {"is_logged_in": False}
    app.query_params.update(query or {})
    if lang:
        app.session_state["lang"] = lang
    if page:
        # AppTest.switch_page() only resolves file pages; st.Page(callable) is keyed by the
        # hash of its url_path (streamlit.navigation.page.Page._script_hash; Streamlit 1.67).
        app._page_hash = calc_hash(page)
    return app.run()


def registered_pages(app: AppTest) -> set[str]:
    return {info.get("url_pathname") for info in app._registered_pages.values()} - {"", "beranda", None}
