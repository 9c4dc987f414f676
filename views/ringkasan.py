"""Ringkasan Eksekutif: the Bupati's one-page answer for the chosen month.

Six dimension cards, the six quick wins, the indicators that need attention, the
sources that are late (by OPD), a kecamatan map of a chosen indicator beside its
ranking, and the page's tables as XLSX/CSV. Every figure comes from a named query
on the published snapshot (``views/queries``); nothing is recomputed here.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pipelines import formatting
from views import charts, components, data, exports, session
from views.session import lang, tr

TREND_MONTHS = 12
MAP_HEIGHT = 440
MAP_WIDTH = 480  # the map column at 1366 px with the sidebar open, less the colour bar
ATTENTION_ROWS = 10  # the worst ten on the page; the rest one click away


def render() -> None:
    viewer = session.require("ringkasan")
    session.filter_controls()
    month = session.period()
    dimensions = data.query("dimension_month", bulan=month)
    programs = data.query("quickwin_status", bulan=month)
    indicators = data.query("indicator_month", bulan=month)
    late = data.query("late_sources")
    demo = bool(dimensions["is_demo"].any() or programs["is_demo"].any() or indicators["is_demo"].any())
    components.page_header(tr("page.ringkasan"), tr("ringkasan.caption", month=formatting.period(month, lang())),
                           demo=demo)

    _dimension_cards(dimensions, data.query("dimension_trend", bulan=month, months=TREND_MONTHS))
    _program_cards(programs, viewer)
    attention = indicators[indicators["perlu_perhatian"]]
    _attention(attention)
    _late_sources(late)
    regional = _kecamatan_map(month, indicators)
    _downloads(month, dimensions, programs, indicators, attention, late, regional)


# --- six dimension cards -------------------------------------------------------------------

def _dimension_cards(dimensions: pd.DataFrame, trend: pd.DataFrame) -> None:
    st.subheader(tr("ringkasan.dimensions"), divider="gray")
    st.caption(tr("ringkasan.dimensions_note", months=formatting.number(TREND_MONTHS, 0, lang())))
    for row, cell in zip(dimensions.itertuples(), components.card_grid(len(dimensions))):
        history = trend.loc[trend["dimension"] == row.dimension, "indeks"].round(1).tolist()
        with cell:
            # Name and status above the metric (not in its label): a label is cut short on a narrow
            # card, and the status colour must stay visible.
            st.markdown(f"**{components.plain(_name(row))}** {components.status_markdown(row.status)}",
                        help=components.localized(row, "description"))
            st.metric(_name(row), formatting.number(row.indeks, 1, lang()), label_visibility="collapsed",
                      **components.index_delta(row.perubahan),
                      chart_data=history if len(history) > 1 else None, chart_type="area")
            scored = tr("ringkasan.scored", scored=formatting.number(row.indikator_dinilai, 0, lang()),
                        total=formatting.number(row.indikator, 0, lang()))
            # Nothing scored yet: no figure is shown, so there is no source to name either.
            st.caption(f"{scored} · {_source_text(row.is_demo)}" if row.indikator_dinilai else scored)


# --- quick wins ----------------------------------------------------------------------------

def _program_cards(programs: pd.DataFrame, viewer: session.Viewer) -> None:
    st.subheader(tr("ringkasan.programs"), divider="gray")
    for row, cell in zip(programs.itertuples(), components.card_grid(len(programs))):
        with cell:
            st.markdown(f"**{components.plain(_name(row))}** {components.status_markdown(row.status)}")
            st.metric(tr("ringkasan.achievement"), formatting.percent(row.capaian, 1, lang()))
            if pd.notna(row.capaian):
                st.progress(min(float(row.capaian), 100.0) / 100)
            received = tr("ringkasan.received", moment=formatting.day(row.dimuat_pada, lang(), short=True),
                          period=formatting.period(row.periode_terakhir, lang(), short=True)) \
                if pd.notna(row.dimuat_pada) else tr("ringkasan.never_received")
            lines = [f"{tr('ringkasan.owner')}: {components.plain(row.opd)}", received]
            if pd.notna(row.indikator_kritis) and row.indikator_kritis > 0:
                lines.append(tr("ringkasan.critical_count", count=formatting.number(row.indikator_kritis, 0, lang())))
            if row.provisional:
                lines.append(tr("ringkasan.provisional"))
            lines.append(_source_text(row.is_demo))
            st.caption("  \n".join(lines))
            components.page_link(viewer, row.program, tr("ringkasan.open_program"))


# --- indicators that need attention ----------------------------------------------------------

def _attention(attention: pd.DataFrame) -> None:
    st.subheader(tr("ringkasan.attention"), divider="gray")
    st.caption(tr("ringkasan.attention_note", count=formatting.number(len(attention), 0, lang())))
    if attention.empty:
        st.success(tr("ringkasan.attention_none"))
        return
    language = lang()
    # What to act on first (status, achievement, figures) right after the name: on a tablet or phone
    # the columns to the right are reached by scrolling the table sideways.
    shown = pd.DataFrame({
        tr("kolom.indicator"): _labels(attention),
        tr("kolom.status"): [components.status_markdown(status) for status in attention["status"]],
        tr("kolom.achievement"): [formatting.percent(value, 1, language) for value in attention["capaian"]],
        tr("kolom.actual_target"): [
            components.plain(f"{formatting.with_unit(row.nilai, row.unit, language)} / "
                             f"{formatting.with_unit(row.target, row.unit, language)} "
                             f"({formatting.period(row.periode, language, short=True)})")
            for row in attention.itertuples()],
        tr("kolom.trend"): [tr(f"tren.{trend}") if isinstance(trend, str) else formatting.MISSING
                            for trend in attention["tren"]],
        tr("kolom.opd"): [components.plain(opd) for opd in attention["opd"]],
        tr("kolom.dimension"): [components.plain(name) for name in attention[f"dimension_{language}"]],
        tr("kolom.source"): [components.plain(components.source_label(row.source_kind, row.sumber))
                             for row in attention.itertuples()],
    })
    st.table(shown.head(ATTENTION_ROWS), hide_index=True, border="horizontal")
    if len(shown) > ATTENTION_ROWS:
        more = formatting.number(len(shown) - ATTENTION_ROWS, 0, language)
        with st.expander(tr("ringkasan.attention_more", count=more)):
            st.table(shown.iloc[ATTENTION_ROWS:], hide_index=True, border="horizontal")


# --- late sources ------------------------------------------------------------------------------

def _late_sources(late: pd.DataFrame) -> None:
    st.subheader(tr("ringkasan.late"), divider="gray")
    judged = data.query("freshness_as_of")
    as_of, total = judged.at[0, "as_of"], int(judged.at[0, "sumber"])
    language = lang()
    # The two counts side by side above the table (beside it, their labels were cut on a tablet).
    sources, agencies, _ = st.columns([1, 1, 2])
    sources.metric(tr("ringkasan.late_sources"), formatting.number(len(late), 0, language), border=True,
                   help=tr("ringkasan.late_help"))
    agencies.metric(tr("ringkasan.late_opd"), formatting.number(late["opd"].nunique(), 0, language), border=True)
    st.caption(tr("ringkasan.late_as_of", day=formatting.day(as_of, language),
                  total=formatting.number(total, 0, language)))
    if late.empty:
        st.success(tr("ringkasan.late_none"))
        return
    shown = pd.DataFrame({
        tr("kolom.opd"): [components.plain(opd) for opd in late["opd"]],
        tr("kolom.indicator"): _labels(late),
        tr("kolom.days_late"): [formatting.number(days, 0, language) for days in late["hari_terlambat"]],
        tr("kolom.expected"): [formatting.period(code, language) for code in late["periode_diharapkan"]],
        tr("kolom.last_period"): [formatting.period(code, language) if isinstance(code, str)
                                  else tr("ringkasan.never") for code in late["periode_terakhir"]],
        tr("kolom.frequency"): [tr(f"frekuensi.{value}") for value in late["frequency"]],
    })
    st.table(shown, hide_index=True, border="horizontal")


# --- kecamatan map ----------------------------------------------------------------------------

def _kecamatan_map(month: str, indicators: pd.DataFrame) -> pd.DataFrame:
    """Choropleth of the chosen indicator with the ranked kecamatan beside it; returns the table for export."""
    st.subheader(tr("ringkasan.map"), divider="gray")
    choices = data.query("map_indicators", bulan=month)
    if choices.empty:
        st.info(tr("ringkasan.map_none"))
        return pd.DataFrame()
    language = lang()
    # Start on the worst-scoring indicator that has kecamatan values: where are we behind?
    codes = list(choices["kode"])
    worst_first = [code for code in indicators["kode_indikator"] if code in codes] or codes
    chosen = st.selectbox(tr("ringkasan.map_indicator"), codes, index=codes.index(worst_first[0]),
                          format_func=lambda code: f"{code} · {_name(choices.set_index('kode').loc[code])}",
                          key="ringkasan_map_indicator")
    picked = choices.set_index("kode").loc[chosen]
    values = data.query("map_values", kode=chosen, periode=picked["periode"])
    present = values.dropna(subset=["nilai"])
    selected = session.kecamatan()

    left, right = st.columns([3, 2])
    with left:
        figure = charts.region_choropleth(present[["kode", "nilai"]], picked["unit"], height=MAP_HEIGHT,
                                          width=MAP_WIDTH)
        if selected:
            charts.outline_regions(figure, {selected}, color=charts.HIGHLIGHT_LINE, width=3.5)
        st.plotly_chart(figure, config=charts.CONFIG, key="ringkasan_map")
    with right:
        shown = pd.DataFrame({
            tr("kolom.rank"): [formatting.number(rank, 0, language) for rank in present["peringkat"]],
            tr("kolom.kecamatan"): [components.plain(name) for name in present["nama"]],
            tr("kolom.value"): [formatting.with_unit(value, picked["unit"], language) for value in present["nilai"]],
        })
        st.table(components.highlight_rows(shown, list(present["kode"] == selected)), hide_index=True,
                 height=MAP_HEIGHT, border="horizontal")
    notes = [tr("ringkasan.map_period", period=formatting.period(picked["periode"], language)),
             tr("ringkasan.map_coverage", count=formatting.number(len(present), 0, language),
                total=formatting.number(len(values), 0, language)),
             tr("ringkasan.rank_rule_lower" if picked["direction"] == "lower" else "ringkasan.rank_rule_higher")]
    if selected:
        row = values[values["kode"] == selected].iloc[0]
        notes.append(tr("ringkasan.map_selected", name=row["nama"],
                        rank=formatting.number(row["peringkat"], 0, language),
                        count=formatting.number(len(present), 0, language))
                     if not pd.isna(row["nilai"]) else tr("ringkasan.map_selected_none", name=row["nama"]))
    sources = sorted({components.source_label(row.source_kind, row.sumber) for row in present.itertuples()})
    notes.append(f"{tr('common.source')}: {', '.join(sources)}")
    st.caption(" · ".join(components.plain(note) for note in notes))
    return values.assign(periode=picked["periode"], unit=picked["unit"], kode_indikator=chosen)


# --- export --------------------------------------------------------------------------------

def _downloads(month: str, dimensions: pd.DataFrame, programs: pd.DataFrame, indicators: pd.DataFrame,
               attention: pd.DataFrame, late: pd.DataFrame, regional: pd.DataFrame) -> None:
    st.subheader(tr("ringkasan.export"), divider="gray")
    st.caption(tr("ringkasan.export_note"))
    tables = exports.summary_tables(month, dimensions, programs, indicators, attention, late, regional)
    catalog = data.query("katalog", include_internal=True, dimension=None, search=None)
    components.downloads(f"ringkasan-{month}", tables, exports.indicator_metadata(catalog), key="ringkasan_export")


# --- small helpers ----------------------------------------------------------------------------

def _name(row) -> str:
    return components.localized(row, "name")


def _labels(frame: pd.DataFrame) -> list[str]:
    """``KODE · name`` for each indicator row, safe inside a Markdown table cell."""
    return [f"{row.kode_indikator} · {components.plain(_name(row))}" for row in frame.itertuples()]


def _source_text(is_demo: bool) -> str:
    return tr("common.demo_label") if is_demo else tr("common.real_label")
