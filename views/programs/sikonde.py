"""Programme page: Sikonde (tourism villages).

Desa wisata on a map coloured by category, category progress (rintisan → mandiri) per year,
visitors per village per month with the holiday months marked (Lebaran, school holidays, year
end), villages without visitor figures, and visitors by kecamatan with a desa drill-down.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pipelines import formatting
from pipelines.datasets import DESA_WISATA_CATEGORIES
from pipelines.holidays import holiday_kind
from views import charts, data
from views.programs import common
from views.session import lang, tr

PROGRAM = "sikonde"
CATEGORY_COLOR = {"rintisan": "#bf8700", "berkembang": "#0969da", "maju": "#8250df", "mandiri": "#1a7f37"}
HOLIDAY_COLOR = {"lebaran": "#cf222e", "sekolah": "#0969da", "akhir_tahun": "#8250df", None: "#afb8c1"}


def render() -> None:
    page = common.open_page(PROGRAM)
    indicators = common.indicator_section(page)
    villages = data.query("sikonde_villages", bulan=page.period, kecamatan=page.kecamatan, **page.scope())
    categories = data.query("sikonde_categories", tahun=page.year, **page.scope())
    villages_section(villages, categories)
    visits = data.query("sikonde_visits", start=page.window_start, end=page.period, kecamatan=page.kecamatan,
                        **page.scope())
    visits_section(visits)
    missing_section(page, villages)
    st.subheader(tr("program.region.title"))
    common.indicator_region_section(page, preferred="SK-02")
    common.sources_section(page)
    common.downloads_section(page, {
        tr("program.sikonde.sheet.villages"): villages.drop(columns=["is_demo"]),
        tr("program.sikonde.sheet.visits"): visits, tr("program.sikonde.sheet.categories"): categories,
    }, indicators)


def category_label(category: str) -> str:
    return tr(f"program.sikonde.category.{category}")


def villages_section(villages: pd.DataFrame, categories: pd.DataFrame) -> None:
    st.subheader(tr("program.sikonde.map.title"))
    left, right = st.columns([3, 2])
    with left:
        if villages.empty:
            st.info(tr("common.no_data"))
        else:
            points = villages.assign(nama=[f"{row['nama']} ({category_label(row['kategori'])})"
                                           for row in villages.to_dict("records")])
            labels = {category: category_label(category) for category in DESA_WISATA_CATEGORIES}
            figure = charts.points_map(points, "kategori", labels=labels,
                                       colors=CATEGORY_COLOR, height=420)
            common.chart(figure, "sikonde_map")
    with right:
        common.chart(category_figure(categories), "sikonde_categories", tr("program.sikonde.categories.title"))
    counts = villages["kategori"].value_counts()
    st.caption(tr("program.sikonde.map.caption", total=len(villages), detail=", ".join(
        f"{category_label(c)} {counts.get(c, 0)}" for c in DESA_WISATA_CATEGORIES)))


def category_figure(categories: pd.DataFrame) -> go.Figure:
    """Villages per category and year, stacked from rintisan (bottom) to mandiri (top)."""
    figure, _ = common.stacked_bars(categories, "tahun", "kategori", "desa", order=DESA_WISATA_CATEGORIES,
                                    label=category_label, colors=CATEGORY_COLOR, periods=False)
    figure.update_layout(yaxis_title_text=tr("program.sikonde.unit.villages"))
    return common.finish(figure, 420)


def visits_section(visits: pd.DataFrame) -> None:
    if not common.section(tr("program.sikonde.visits.title"), visits):
        return
    common.chart(holiday_figure(visits), "sikonde_holidays", tr("program.sikonde.visits.total"))
    st.caption(tr("program.sikonde.visits.holiday_caption"))
    common.chart(village_heatmap(visits), "sikonde_heatmap", tr("program.sikonde.visits.per_village"))
    st.caption(tr("program.sikonde.visits.heatmap_caption"))


def holiday_figure(visits: pd.DataFrame) -> go.Figure:
    """Total visitors per month; bars coloured by the holiday that month holds."""
    totals = visits.groupby("periode")["pengunjung"].sum().sort_index()
    kinds = [holiday_kind(period) for period in totals.index]
    labels = common.period_labels(totals.index)
    figure = go.Figure()
    for kind in HOLIDAY_COLOR:
        mask = [k == kind for k in kinds]
        if any(mask):
            figure.add_trace(go.Bar(
                x=[label for label, keep in zip(labels, mask) if keep], y=totals[mask],
                name=tr(f"program.sikonde.holiday.{kind or 'none'}"), marker_color=HOLIDAY_COLOR[kind],
                hovertemplate="%{y:,.0f}",
            ))
    figure.update_layout(barmode="overlay")
    figure.update_xaxes(type="category", categoryorder="array", categoryarray=labels)
    figure.update_layout(yaxis_title_text=tr("program.sikonde.unit.visitors"))
    return common.finish(figure, 320)


def village_heatmap(visits: pd.DataFrame) -> go.Figure:
    """Visitors per village (rows) and month (columns); blank cells are months without a report."""
    pivot = (visits.pivot_table(index="nama", columns="periode", values="pengunjung", aggfunc="sum")
             .sort_index(ascending=False))
    labels = common.period_labels(pivot.columns)
    text = [[formatting.number(value, 0, lang()) for value in row] for row in pivot.to_numpy()]
    figure = go.Figure(go.Heatmap(
        z=pivot.to_numpy(), x=labels, y=[name.removeprefix("Desa Wisata ") for name in pivot.index],
        colorscale="YlGnBu", text=text, hovertemplate="%{y} · %{x}: %{text}<extra></extra>",
        colorbar={"title": {"text": tr("program.sikonde.unit.visitors")}, "thickness": 12, "tickformat": ",~f"},
        xgap=1, ygap=1,
    ))
    figure.update_xaxes(type="category")
    return common.finish(figure, max(320, 18 * len(pivot) + 80), legend=False, hovermode="closest")


def missing_section(page: common.ProgramPage, villages: pd.DataFrame) -> None:
    """Villages that never sent visitor figures, and those without a figure for the chosen month."""
    st.subheader(tr("program.sikonde.missing.title"))
    villages = villages.assign(kategori=villages["kategori"].map(category_label))
    never = villages[villages["bulan_melapor"] == 0]
    this_month = villages[(villages["bulan_melapor"] > 0) & ~villages["melapor_bulan"]]
    left, right = st.columns(2)
    with left:
        st.markdown("**" + tr("program.sikonde.missing.never", count=len(never)) + "**")
        common.table(never, {"nama": ("text", tr("program.sikonde.col.village")),
                             "nama_kecamatan": ("text", tr("filter.kecamatan")),
                             "kategori": ("text", tr("program.sikonde.col.category"))})
    with right:
        st.markdown("**" + tr("program.sikonde.missing.month", count=len(this_month),
                              period=page.month_name) + "**")
        common.table(this_month, {"nama": ("text", tr("program.sikonde.col.village")),
                                  "nama_kecamatan": ("text", tr("filter.kecamatan")),
                                  "periode_terakhir": ("period", tr("program.sikonde.col.last_report"))})
