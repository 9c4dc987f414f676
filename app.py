"""Dasbor Smart City Kabupaten Serang — entry point (the router lands with the app issue)."""

import streamlit as st

from pipelines import db, formatting
from pipelines.errors import UserError
from pipelines.i18n import t

st.set_page_config(page_title=t("app.title"), page_icon="🏛️", layout="wide")
st.title(t("app.title"))
try:
    snapshot = db.require_snapshot()
    st.caption(f"Diperbarui {formatting.moment(snapshot.published_at)} · snapshot {snapshot.version}")
    st.info(t("common.demo_note"))
except UserError as error:
    st.error(error.message("id"))
