"""Dasbor Smart City Kabupaten Serang — the router.

Page config, identity → role, ``st.navigation`` with only the pages that role may
see, shared sidebar controls, and one error boundary so no visitor ever sees a
traceback. Pages live in ``views/`` (see ``views/__init__.py`` for why not ``pages/``).
"""

import logging

import streamlit as st

from pipelines.errors import UserError
from pipelines.i18n import t
from views import data, registry, session

st.set_page_config(page_title=t("app.title"), page_icon="🏛️", layout="wide",
                   initial_sidebar_state="auto")
log = logging.getLogger("serang.app")


def _home(viewer: session.Viewer) -> None:
    """``/`` sends each role to its own first page, so every real page keeps its own URL."""
    st.switch_page(pages_by_key[registry.home_page(viewer.role, viewer.programs)])


def _page(spec: registry.PageSpec, viewer: session.Viewer, programs) -> st.Page:
    if spec.program:
        row = programs.set_index("id").loc[spec.program]
        title = row["name_en"] if session.lang() == "en" else row["name_id"]
    else:
        title = session.tr(spec.title_key)
    return st.Page(spec.render_function(), title=title, icon=spec.icon, url_path=spec.key)


try:
    data.snapshot()
except UserError as error:
    st.title(t("app.title"))
    st.error(error.message(st.session_state.get(session.LANG_KEY, "id")))
    st.stop()

session.init_filters()
viewer = session.viewer()
programs = data.query("programs")
specs = registry.visible_pages(viewer.role, viewer.programs)
pages_by_key = {spec.key: _page(spec, viewer, programs) for spec in specs}
sections: dict[str, list[st.Page]] = {}
for spec in specs:
    sections.setdefault(session.tr(spec.section_key), []).append(pages_by_key[spec.key])
home = st.Page(lambda: _home(viewer), title=t("app.title"), url_path="beranda", default=True, visibility="hidden")
sections.setdefault(next(iter(sections)), []).insert(0, home)

# Embedded in the regency website (?embed=true): just the page, no navigation or account box.
embedded = bool(st.context.is_embedded)
navigation = st.navigation(sections, position="hidden" if embedded else "sidebar")
if not embedded:
    session.language_control()
    session.account_box(viewer)
try:
    navigation.run()
except UserError as error:
    st.error(error.message(session.lang()))
except Exception as error:  # noqa: BLE001 - last line of defence; st.stop/st.rerun are BaseException
    log.exception("page failed")
    st.error(t("common.unexpected_error", session.lang(), kind=type(error).__name__))
