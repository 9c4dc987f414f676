"""Enam Dimensi: one dimension at a time — its index, its three elements with their indicators
(actual against target over time) and the quick-win programmes that work on it.

The dimension is chosen with a selector rather than tabs so only one dimension's charts are
built per run; Streamlit keeps the choice in the URL (``?dimensi=Smart+Economy``, the shown
name) and restores it when the viewer comes back to the page.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pipelines import formatting
from views import charts, components, data, session
from views.session import lang, tr

TREND_MONTHS = 12


def render() -> None:
    viewer = session.require("dimensi")
    session.filter_controls()
    month = session.period()
    dimensions = data.query("dimension_month", bulan=month).set_index("dimension")
    indicators = data.query("indicator_month", bulan=month)
    components.page_header(tr("page.dimensi"), tr("dimensi.caption", month=formatting.period(month, lang())),
                           demo=bool(dimensions["is_demo"].any()))

    chosen = st.segmented_control(
        tr("dimensi.choose"), list(dimensions.index), default=dimensions.index[0], required=True,
        format_func=lambda key: dimensions.at[key, f"name_{lang()}"], key="dimensi", bind="query-params",
    ) or dimensions.index[0]
    dimension = dimensions.loc[chosen]
    mine = indicators[indicators["dimension"] == chosen]
    _summary(chosen, dimension, month, mine, viewer)

    elements = data.query("dimensions")
    series = data.query("dimension_series", dimension=chosen, bulan=month, kecamatan=session.kecamatan())
    local_name = _kecamatan_name(session.kecamatan())
    for element in elements[elements["dimension"] == chosen].itertuples():
        st.subheader(components.localized(element, "element"), divider="gray")
        rows = mine[mine["element"] == element.element].sort_values("kode_indikator")
        if rows.empty:
            st.caption(tr("dimensi.no_indicator"))
            continue
        for row, card in zip(rows.itertuples(), components.card_grid(len(rows), per_row=2)):
            with card:
                _indicator_card(row, series[series["kode_indikator"] == row.kode_indikator], local_name)


def _summary(key: str, dimension: pd.Series, month: str, mine: pd.DataFrame, viewer: session.Viewer) -> None:
    """The dimension's index with its trend, what it means, and its programmes."""
    trend = data.query("dimension_trend", bulan=month, months=TREND_MONTHS)
    history = trend.loc[trend["dimension"] == key, "indeks"].round(1).tolist()
    language = lang()
    with st.container(border=True):
        left, right = st.columns([1, 2])
        with left:
            label = tr("dimensi.index", name=components.localized(dimension, "name"))
            st.markdown(f"**{components.plain(label)}** {components.status_markdown(dimension['status'])}")
            st.metric(label, formatting.number(dimension["indeks"], 1, language), label_visibility="collapsed",
                      **components.index_delta(dimension["perubahan"]),
                      chart_data=history if len(history) > 1 else None, chart_type="area")
            st.caption(" · ".join([
                tr("ringkasan.scored", scored=formatting.number(dimension["indikator_dinilai"], 0, language),
                   total=formatting.number(dimension["indikator"], 0, language)),
                tr("ringkasan.dimensions_note", months=formatting.number(TREND_MONTHS, 0, language)),
            ]))
        with right:
            st.markdown(components.plain(components.localized(dimension, "description")))
            counts = mine["status"].value_counts()
            st.caption(" · ".join(
                f"{components.status_markdown(status)} {formatting.number(counts[status], 0, language)}"
                for status in components.STATUS_COLOR if status in counts))
            _programs(key, month, mine, viewer)


def _programs(key: str, month: str, mine: pd.DataFrame, viewer: session.Viewer) -> None:
    """Programmes placed in this dimension, or owning one of its indicators."""
    programs = data.query("quickwin_status", bulan=month)
    related = programs[(programs["dimension"] == key) | programs["program"].isin(mine["program"].dropna())]
    if related.empty:
        st.caption(tr("dimensi.no_program"))
        return
    st.markdown(f"**{tr('dimensi.programs')}**")
    for row in related.itertuples():
        name = components.localized(row, "name")
        line, link = st.columns([3, 2], vertical_alignment="center")
        line.markdown(f"{components.plain(name)} {components.status_markdown(row.status)} "
                      f"{formatting.percent(row.capaian, 1, lang())}")
        with link:
            components.page_link(viewer, row.program, tr("ringkasan.open_program"))


def _indicator_card(row, series: pd.DataFrame, local_name: str | None) -> None:
    language = lang()
    name = components.localized(row, "name")
    st.markdown(f"**{row.kode_indikator} · {components.plain(name)}** {components.status_markdown(row.status)}")
    facts = [
        tr("dimensi.latest", period=formatting.period(row.periode, language),
           value=formatting.with_unit(row.nilai, row.unit, language),
           target=formatting.with_unit(row.target, row.unit, language)) if pd.notna(row.nilai)
        else tr("common.no_data"),
        tr("dimensi.achievement", value=formatting.percent(row.capaian, 1, language)),
        f"{tr('kolom.opd')}: {components.plain(row.opd)}",
    ]
    if isinstance(row.program, str):
        facts.append(f"{tr('kolom.program')}: {components.plain(components.localized(row, 'program'))}")
    if isinstance(row.tren, str):
        facts.append(tr(f"tren.{row.tren}"))
    facts.append(components.plain(_sources(series)))
    st.caption(" · ".join(facts))
    if series.empty:
        st.info(tr("common.no_data"))
        return
    names = {"kabupaten": tr("dimensi.series_kabupaten"), "target": tr("kolom.target")}
    if local_name:
        names[session.kecamatan()] = tr("dimensi.series_kecamatan", name=local_name)
    st.plotly_chart(charts.actual_vs_target(series, row.unit, names), config=charts.CONFIG,
                    key=f"dimensi_chart_{row.kode_indikator}")


def _sources(series: pd.DataFrame) -> str:
    """``data contoh`` for samples, the cited source of each real figure shown in the chart."""
    labels = [components.source_label(kind, source)
              for kind, source in series[["source_kind", "sumber"]].drop_duplicates().itertuples(index=False)]
    return f"{tr('common.source')}: {'; '.join(dict.fromkeys(labels))}" if labels else ""


def _kecamatan_name(code: str | None) -> str | None:
    if not code:
        return None
    names = data.query("kecamatan_list").set_index("kode")["nama"]
    return names.get(code)
