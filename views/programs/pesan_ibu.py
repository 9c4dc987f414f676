"""Programme page: Pesan Ibu (village-based waste management).

Tonnes collected per month against the tonnes generated (the real SIPSN figure, EN-01, as the
reference line, labelled with its source and year), reduction and handling shares against the
catalog targets and the national Jakstranas targets (settings ``waste.*``), waste banks and TPS3R
per kecamatan, desa with an active waste bank, and a map of waste points by type.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pipelines import formatting
from pipelines.datasets import WASTE_POINT_TYPES
from views import charts, components, data
from views.programs import common
from views.session import lang, tr

PROGRAM = "pesan-ibu"
TYPE_COLOR = dict(zip(WASTE_POINT_TYPES, ("#8c959f", "#0969da", "#1a7f37", "#8250df", "#cf222e")))


def render() -> None:
    page = common.open_page(PROGRAM)
    indicators = common.indicator_section(page)
    monthly = data.query("pesan_ibu_monthly", start=page.window_start, end=page.period, kecamatan=page.kecamatan,
                         **page.scope())
    shares = data.query("pesan_ibu_shares", tahun=page.year, **page.scope())
    points = data.query("pesan_ibu_points", tahun=page.year, kecamatan=page.kecamatan, **page.scope())
    per_kecamatan = data.query("pesan_ibu_kecamatan", tahun=page.year, **page.scope())
    desa_banks = data.query("pesan_ibu_desa_banks", tahun=page.year, kecamatan=page.kecamatan, **page.scope())
    tonnage_section(page, monthly)
    shares_section(shares)
    points_section(page, points)
    facilities_section(page, per_kecamatan, desa_banks)
    st.subheader(tr("program.region.title"))
    common.indicator_region_section(page, preferred="PI-01")
    common.sources_section(page)
    common.downloads_section(page, {
        tr("program.pesan_ibu.sheet.monthly"): monthly, tr("program.pesan_ibu.sheet.shares"): shares,
        tr("program.pesan_ibu.sheet.points"): points.drop(columns=["is_demo"]),
        tr("program.pesan_ibu.sheet.kecamatan"): per_kecamatan, tr("program.pesan_ibu.sheet.desa"): desa_banks,
    }, indicators)


def type_label(kind: str) -> str:
    return tr(f"program.pesan_ibu.type.{kind.replace(' ', '_')}")


# --- collected vs generated -------------------------------------------------------------

def tonnage_section(page: common.ProgramPage, monthly: pd.DataFrame) -> None:
    if not common.section(tr("program.pesan_ibu.tonnage.title"), monthly):
        return
    common.chart(tonnage_figure(monthly, with_generation=page.kecamatan is None), "pesan_ibu_tonnage")
    generation = monthly.dropna(subset=["timbulan_tahun"]).drop_duplicates("timbulan_tahun")
    sources = "; ".join(
        f"{row['timbulan_tahun']}: {formatting.with_unit(row['timbulan_ton_per_hari'], 'ton/hari', lang())} "
        f"— {row['timbulan_sumber']}" for row in generation.to_dict("records"))
    st.caption(tr("program.pesan_ibu.tonnage.generation_source", sources=sources or formatting.MISSING))
    st.caption(tr("program.pesan_ibu.tonnage.collected_note"))
    if page.kecamatan:
        st.caption(tr("program.pesan_ibu.tonnage.kecamatan_no_generation"))


def tonnage_figure(monthly: pd.DataFrame, with_generation: bool) -> go.Figure:
    """Tonnes collected per month stacked by facility type; the generation line from SIPSN."""
    figure, pivot = common.stacked_bars(monthly, "periode", "jenis", "ton_terkumpul", order=WASTE_POINT_TYPES,
                                        label=type_label, colors=TYPE_COLOR, unit="t")
    if with_generation:
        generation = monthly.drop_duplicates("periode").set_index("periode")["timbulan_ton"].reindex(pivot.index)
        figure.add_trace(go.Scatter(x=common.period_labels(pivot.index), y=generation, mode="lines",
                                    name=tr("program.pesan_ibu.tonnage.generated"), hovertemplate="%{y:,.0f} t",
                                    line={"color": "#cf222e", "dash": "dash"}))
    figure.update_layout(yaxis_title_text=tr("program.pesan_ibu.unit.tonnes_month"))
    return common.finish(figure, 340)


# --- shares against Jakstranas ------------------------------------------------------------

def shares_section(shares: pd.DataFrame) -> None:
    if not common.section(tr("program.pesan_ibu.shares.title"), shares):
        return
    left, right = st.columns(2)
    for column, code in zip((left, right), ("PI-02", "PI-03")):
        rows = shares[shares["kode"] == code]
        with column:
            common.chart(share_figure(rows), f"pesan_ibu_share_{code}", tr(f"program.pesan_ibu.shares.{code}"))
    real = shares[shares["source_kind"] != "contoh"].drop_duplicates("sumber")
    st.caption(tr("program.pesan_ibu.shares.caption") + "".join(
        f"  \n{row['tahun']}: {row['sumber']}" for row in real.to_dict("records")))


def share_figure(rows: pd.DataFrame) -> go.Figure:
    """Yearly share (bars, real figures darker), the catalog target per year, the Jakstranas target."""
    years = [str(year) for year in rows["tahun"]]
    colours = ["#0B6E4F" if kind != "contoh" else "#8fb8a8" for kind in rows["source_kind"]]
    text = [f"{formatting.percent(value, 1, lang())} · {components.source_label(kind, source)}"
            for value, kind, source in zip(rows["nilai"], rows["source_kind"], rows["sumber"])]
    figure = go.Figure(go.Bar(x=years, y=rows["nilai"], marker_color=colours, customdata=text,
                              name=tr("program.pesan_ibu.shares.actual"), hovertemplate="%{customdata}<extra></extra>"))
    figure.add_trace(go.Scatter(x=years, y=rows["target"], mode="lines+markers", hovertemplate="%{y:,.1f} %",
                                name=tr("program.pesan_ibu.shares.target"), line={"color": "#0969da", "dash": "dash"}))
    national = rows["jakstranas"].dropna()
    if not national.empty:
        figure.add_hline(y=float(national.iat[0]), line_color="#cf222e", line_dash="dot",
                         annotation_text=tr("program.pesan_ibu.shares.jakstranas",
                                            value=formatting.percent(float(national.iat[0]), 0, lang())),
                         annotation_position="top left")
    figure.update_xaxes(type="category")
    figure.update_yaxes(ticksuffix=" %", range=[0, 100])
    return common.finish(figure, 320)


# --- facilities ---------------------------------------------------------------------------

def points_section(page: common.ProgramPage, points: pd.DataFrame) -> None:
    if not common.section(tr("program.pesan_ibu.points.title", year=page.year), points):
        return
    shown = points.assign(nama=[f"{row['nama']} ({type_label(row['jenis'])})" for row in points.to_dict("records")])
    figure = charts.points_map(shown, "jenis", labels={kind: type_label(kind) for kind in WASTE_POINT_TYPES},
                               colors=TYPE_COLOR, height=520)
    common.chart(common.fit_map(figure, -0.1), "pesan_ibu_points")
    counts = points["jenis"].value_counts()
    detail = ", ".join(f"{type_label(kind)} {counts[kind]}" for kind in WASTE_POINT_TYPES if kind in counts)
    st.caption(tr("program.pesan_ibu.points.caption", detail=detail))


def facilities_section(page: common.ProgramPage, per_kecamatan: pd.DataFrame, desa_banks: pd.DataFrame) -> None:
    st.subheader(tr("program.pesan_ibu.facilities.title", year=page.year))
    left, right = st.columns([2, 3])
    with left:
        common.chart(facilities_figure(per_kecamatan, page.kecamatan), "pesan_ibu_facilities",
                     tr("program.pesan_ibu.facilities.per_kecamatan"))
    with right:
        values = desa_banks.rename(columns={"bank_sampah": "nilai"})
        figure = charts.region_choropleth(values[values["nilai"] > 0], tr("program.pesan_ibu.unit.banks"), level="desa",
                                          kecamatan=page.kecamatan, colorscale="Greens", height=520)
        common.fit_map(figure, -0.2, counts=True)
        common.chart(figure, "pesan_ibu_desa_banks", tr("program.pesan_ibu.facilities.desa_map"))
    with_bank = int((desa_banks["bank_sampah"] > 0).sum())
    st.caption(tr("program.pesan_ibu.facilities.caption", with_bank=with_bank, total=len(desa_banks),
                  share=formatting.percent(100 * with_bank / max(len(desa_banks), 1), 1, lang())))
    with st.expander(tr("program.pesan_ibu.facilities.desa_list", count=with_bank)):
        common.table(desa_banks[desa_banks["bank_sampah"] > 0],
                     {"nama": ("text", tr("program.col.desa")), "nama_kecamatan": ("text", tr("filter.kecamatan")),
                      "bank_sampah": ("int", tr("program.pesan_ibu.unit.banks"))})


def facilities_figure(per_kecamatan: pd.DataFrame, kecamatan: str | None) -> go.Figure:
    """Active waste banks and TPS3R per kecamatan, side by side, the most waste banks on top."""
    frame = per_kecamatan.sort_values(["bank_sampah", "tps3r"])
    names = [f"<b>{name}</b>" if code == kecamatan else name for code, name in zip(frame["kode"], frame["nama"])]
    figure = go.Figure([
        go.Bar(y=names, x=frame["bank_sampah"], orientation="h", name=type_label("bank sampah"),
               marker_color=TYPE_COLOR["bank sampah"], hovertemplate="%{x:,.0f}"),
        go.Bar(y=names, x=frame["tps3r"], orientation="h", name=type_label("TPS3R"), marker_color=TYPE_COLOR["TPS3R"],
               hovertemplate="%{x:,.0f}"),
    ])
    figure.update_layout(barmode="group")
    return common.finish(figure, 640, hovermode="y unified")
