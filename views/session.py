"""Who is looking and what they chose: identity → role, language, shared filters.

Identity comes from ``st.user`` when someone is logged in through OIDC (and in
tests, where AppTest sets ``at.user``); otherwise from the built-in local login,
checked against the argon2 hashes in ``SERANG_USERS_FILE``. Nobody logged in is
``publik``. The shared filters (period, kecamatan) live in Session State under
keys no widget owns, so they survive page switches, and mirror into the URL
(``?periode=2026-11&kecamatan=36.04.05``) so a view can be shared.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import streamlit as st

from pipelines import formatting
from pipelines.i18n import t
from pipelines.users import Account, load_accounts, verify
from views import data, registry

LANG_KEY, PERIOD_KEY, KECAMATAN_KEY, LOCAL_EMAIL_KEY = "lang", "filter_period", "filter_kecamatan", "local_email"
_FAILED_LOGINS_KEY = "failed_logins"
_MAX_FAILED_LOGINS = 5
_LOCKOUT_SECONDS = 60


@dataclass(frozen=True)
class Viewer:
    email: str | None
    role: str
    opd: str | None
    programs: frozenset[str]  # programmes an opd viewer may see (owner or partner)
    unknown_account: bool = False  # logged in, but not in the users file

    @property
    def logged_in(self) -> bool:
        return self.email is not None


def lang() -> str:
    return st.session_state.get(LANG_KEY, "id")


def tr(key: str, **params) -> str:
    """Text from the string table in the viewer's language."""
    return t(key, lang(), **params)


def viewer() -> Viewer:
    email = _oidc_email() or st.session_state.get(LOCAL_EMAIL_KEY)
    if not email:
        return Viewer(None, "publik", None, frozenset())
    account = load_accounts().get(email.lower())
    if account is None:
        return Viewer(email.lower(), "publik", None, frozenset(), unknown_account=True)
    return Viewer(account.email, account.role, account.opd, _programs_of(account))


def _oidc_email() -> str | None:
    try:
        if st.user.is_logged_in:
            return str(st.user.get("email") or "") or None
    except (AttributeError, KeyError):
        pass
    return None


def _programs_of(account: Account) -> frozenset[str]:
    if account.role != "opd":
        return frozenset(registry.PROGRAM_IDS)
    programs = data.query("programs")
    partners = programs["partner_opd"].fillna("").str.split(", ")
    mine = (programs["opd"] == account.opd) | partners.map(lambda names: account.opd in names)
    return frozenset(programs.loc[mine, "id"])


def require(page_key: str) -> Viewer:
    """Second lock, called by every page: stop unless this viewer may see the page."""
    current = viewer()
    allowed = {page.key for page in registry.visible_pages(current.role, current.programs)}
    if page_key not in allowed:
        st.error(tr("access.denied"))
        st.stop()
    return current


# --- shared filters ----------------------------------------------------------

def init_filters() -> None:
    """Seed the shared filters once per session from the URL or the snapshot's default month."""
    months = data.query("report_months")
    valid_months = list(months["bulan"])
    if PERIOD_KEY not in st.session_state or st.session_state[PERIOD_KEY] not in valid_months:
        wanted = st.query_params.get("periode")
        default = months.loc[months["is_default"], "bulan"]
        st.session_state[PERIOD_KEY] = wanted if wanted in valid_months else (
            default.iat[0] if not default.empty else valid_months[0])
    if KECAMATAN_KEY not in st.session_state:
        wanted = st.query_params.get("kecamatan")
        known = set(data.query("kecamatan_list")["kode"])
        st.session_state[KECAMATAN_KEY] = wanted if wanted in known else None
    if LANG_KEY not in st.session_state:
        st.session_state[LANG_KEY] = "en" if st.query_params.get("lang") == "en" else "id"


def period() -> str:
    return st.session_state[PERIOD_KEY]


def kecamatan() -> str | None:
    return st.session_state.get(KECAMATAN_KEY)


def filter_controls() -> None:
    """Period and kecamatan pickers (sidebar); pages that use them call this."""
    months = list(data.query("report_months")["bulan"])
    kecamatan_list = data.query("kecamatan_list")
    names = dict(zip(kecamatan_list["kode"], kecamatan_list["nama"]))
    st.sidebar.selectbox(
        tr("filter.period"), months, index=months.index(period()),
        format_func=lambda month: formatting.period(month, lang()), key="widget_period",
        on_change=share_filter, args=("widget_period", PERIOD_KEY, "periode"),
    )
    options = [None, *names]
    st.sidebar.selectbox(
        tr("filter.kecamatan"), options, index=options.index(kecamatan()),
        format_func=lambda code: tr("filter.all_kecamatan") if code is None else names[code],
        key="widget_kecamatan", on_change=share_filter, args=("widget_kecamatan", KECAMATAN_KEY, "kecamatan"),
    )


def share_filter(widget_key: str, state_key: str, url_key: str) -> None:
    value = st.session_state[widget_key]
    st.session_state[state_key] = value
    if value is None:
        st.query_params.pop(url_key, None)
    else:
        st.query_params[url_key] = value


# --- sidebar: language and login --------------------------------------------

def language_control() -> None:
    choice = st.sidebar.segmented_control(
        "Bahasa / Language", ["id", "en"], default=lang(), key="widget_lang",
        format_func=lambda code: "Bahasa Indonesia" if code == "id" else "English",
    )
    if choice and choice != lang():
        st.session_state[LANG_KEY] = choice
        st.rerun()


def account_box(current: Viewer) -> None:
    with st.sidebar.container(border=True):
        if current.logged_in:
            role = tr(f"role.{current.role}")
            st.caption(tr("account.signed_in_as", email=current.email, role=role)
                       + (f" · {current.opd}" if current.opd else ""))
            if current.unknown_account:
                st.warning(tr("account.unknown"))
            if st.button(tr("account.logout"), key="logout"):
                _logout()
        elif _oidc_configured():
            st.button(tr("account.login"), key="login", on_click=st.login)
        else:
            _local_login_form()


def _oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except FileNotFoundError:
        return False


def _logout() -> None:
    st.session_state.pop(LOCAL_EMAIL_KEY, None)
    if _oidc_email():
        st.logout()
    st.rerun()


def _local_login_form() -> None:
    with st.expander(tr("account.staff_login")):
        failures, last = st.session_state.get(_FAILED_LOGINS_KEY, (0, 0.0))
        if failures >= _MAX_FAILED_LOGINS and time.monotonic() - last < _LOCKOUT_SECONDS:
            st.warning(tr("account.locked", seconds=_LOCKOUT_SECONDS))
            return
        with st.form("local_login", border=False):
            email = st.text_input(tr("account.email"), key="login_email")
            password = st.text_input(tr("account.password"), type="password", key="login_password")
            submitted = st.form_submit_button(tr("account.login"))
        if submitted:
            account = load_accounts().get(email.strip().lower())
            if verify(account, password):
                st.session_state[LOCAL_EMAIL_KEY] = account.email
                st.session_state.pop(_FAILED_LOGINS_KEY, None)
                st.rerun()
            st.session_state[_FAILED_LOGINS_KEY] = (failures + 1, time.monotonic())
            st.error(tr("account.failed"))
