"""Programme page: Pojok Dolan (provisional definition).

The programme's definition is not public yet: the page says so at the top, with the catalog's
note on where the data admin changes it (data/catalog/programs.yaml, indicators.yaml). Sites on a
map by kind, visits per month by kind, active sites, and visits by kecamatan with a desa drill-down.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pipelines.datasets import POJOK_DOLAN_TYPES
from views import charts, data
from views.programs import common
from views.session import tr

PROGRAM = "pojok-dolan"
KIND_COLOR = dict(zip(POJOK_DOLAN_TYPES, ("#0969da", "#e16f24", "#8250df")))


def render() -> None:
    page = common.open_page(PROGRAM)  # shows the catalog's provisional note (what is provisional, where to change it)
    indicators = common.indicator_section(page)
    sites = data.query("pojok_dolan_sites", bulan=page.period, tahun=page.year, kecamatan=page.kecamatan,
                       **page.scope())
    monthly = data.query("pojok_dolan_monthly", start=page.window_start, end=page.period, kecamatan=page.kecamatan,
                         **page.scope())
    sites_section(page, sites)
    visits_section(monthly)
    st.subheader(tr("program.region.title"))
    common.indicator_region_section(page, preferred="PD-02")
    common.sources_section(page)
    common.downloads_section(page, {
        tr("program.pojok_dolan.sheet.sites"): sites.drop(columns=["is_demo"]),
        tr("program.pojok_dolan.sheet.monthly"): monthly,
    }, indicators)


def kind_label(kind: str) -> str:
    return tr(f"program.pojok_dolan.kind.{kind.replace(' ', '_')}")


def sites_section(page: common.ProgramPage, sites: pd.DataFrame) -> None:
    if not common.section(tr("program.pojok_dolan.sites.title", period=page.month_name), sites):
        return
    left, right = st.columns([3, 2])
    with left:
        points = sites.assign(nama=[f"{row['nama']} · {kind_label(row['jenis'])}" for row in sites.to_dict("records")])
        figure = charts.points_map(points, "jenis", labels={kind: kind_label(kind) for kind in POJOK_DOLAN_TYPES},
                                   colors=KIND_COLOR, height=460)
        common.chart(common.fit_map(figure, -0.2), "pojok_dolan_map")
    with right:
        frame = sites.sort_values("kunjungan_bulan", ascending=False, na_position="last").assign(
            nama=lambda f: f["nama"].str.removeprefix("Pojok Dolan "))  # the section title already says it
        common.table(frame, {"nama": ("text", tr("program.pojok_dolan.col.site")),
                             "nama_kecamatan": ("text", tr("filter.kecamatan")),
                             "kunjungan_bulan": ("int", tr("program.pojok_dolan.col.visits"))}, height=460)
    active = int(sites["aktif_bulan"].sum())
    st.caption(tr("program.pojok_dolan.sites.caption", total=len(sites), active=active, inactive=len(sites) - active,
                  kecamatan=sites["kode_kec"].nunique()))


def visits_section(monthly: pd.DataFrame) -> None:
    if not common.section(tr("program.pojok_dolan.visits.title"), monthly):
        return
    figure, pivot = common.stacked_bars(monthly, "periode", "jenis", "kunjungan", order=POJOK_DOLAN_TYPES,
                                        label=kind_label, colors=KIND_COLOR)
    active = monthly.groupby("periode")["lokasi_aktif"].sum().reindex(pivot.index)
    common.line_on_right(figure, common.period_labels(pivot.index), active, tr("program.pojok_dolan.active_sites"),
                         "#57606a")
    figure.update_layout(yaxis_title_text=tr("program.pojok_dolan.unit.visits"))
    common.chart(common.finish(figure, 320), "pojok_dolan_visits")
