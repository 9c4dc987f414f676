"""Programme page: Sentra Perikanan & OVOP (fisheries hub, One Village One Product).

Production by commodity over time against the monthly (SP-02) and yearly (SP-01) targets,
production by kecamatan with the minapolitan kecamatan highlighted (a catalog setting:
``sentra_perikanan.minapolitan_*`` in data/catalog/settings.yaml), OVOP products per desa and
their certification status.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pipelines import formatting
from pipelines.datasets import FISH_COMMODITIES, OVOP_CERTIFICATIONS
from views import charts, data
from views.programs import common
from views.session import lang, tr

PROGRAM = "sentra-perikanan"
COMMODITY_COLOR = dict(zip(FISH_COMMODITIES, ("#e16f24", "#0969da", "#1a7f37", "#8250df", "#bf8700", "#57606a",
                                              "#0B6E4F")))
CERTIFICATION_COLOR = {"belum": "#afb8c1", "PIRT": "#54aeff", "halal": "#2da44e", "BPOM": "#0B6E4F"}


def render() -> None:
    page = common.open_page(PROGRAM)
    indicators = common.indicator_section(page)
    minapolitan = minapolitan_setting(page)
    production = data.query("perikanan_production", start=page.window_start, end=page.period,
                            kecamatan=page.kecamatan, **page.scope())
    targets = data.query("perikanan_targets", **page.scope())
    production_section(page, production, targets)
    latest = production["periode"].max() if not production.empty else page.period
    by_kecamatan = data.query("perikanan_kecamatan", start=f"{page.year}-01", bulan=page.period, **page.scope())
    kecamatan_section(page, by_kecamatan, minapolitan, latest)
    ovop = data.query("perikanan_ovop", tahun=page.year, kecamatan=page.kecamatan, **page.scope())
    ovop_section(page, ovop, minapolitan)
    common.sources_section(page)
    common.downloads_section(page, {
        tr("program.perikanan.sheet.production"): production, tr("program.perikanan.sheet.kecamatan"): by_kecamatan,
        tr("program.perikanan.sheet.ovop"): ovop.drop(columns=["is_demo"]),
        tr("program.perikanan.sheet.targets"): targets,
    }, indicators)


def minapolitan_setting(page: common.ProgramPage) -> dict[str, str]:
    """``kecamatan``, ``desa`` and ``source`` of the minapolitan area from the catalog settings (may be empty)."""
    settings = data.query("program_settings", prefix="sentra_perikanan.minapolitan_", **page.params())
    return {key.removeprefix("sentra_perikanan.minapolitan_"): text
            for key, text in zip(settings["key"], settings["text"]) if isinstance(text, str) and text}


def certification_label(status: str) -> str:
    return tr(f"program.perikanan.certification.{status}")


def commodity_label(commodity: str) -> str:
    return tr(f"program.perikanan.commodity.{commodity.replace(' ', '_')}")


# --- production against targets -----------------------------------------------------------

def production_section(page: common.ProgramPage, production: pd.DataFrame, targets: pd.DataFrame) -> None:
    if not common.section(tr("program.perikanan.production.title"), production):
        return
    left, right = st.columns([3, 2])
    with left:
        common.chart(monthly_figure(production, targets, page.kecamatan is None), "perikanan_monthly",
                     tr("program.perikanan.production.by_commodity"))
    with right:
        common.chart(cumulative_figure(production, targets, page), "perikanan_cumulative",
                     tr("program.perikanan.production.cumulative_title", year=page.year))
    last = production["periode"].max()
    note = tr("program.perikanan.production.caption", last=formatting.period(last, lang()))
    if page.kecamatan:
        note += " " + tr("program.perikanan.production.kecamatan_no_target")
    st.caption(note)


def monthly_figure(production: pd.DataFrame, targets: pd.DataFrame, with_target: bool) -> go.Figure:
    """Production per month stacked by commodity, with the monthly target (SP-02) of each year."""
    figure, pivot = common.stacked_bars(production, "periode", "komoditas", "volume_ton", order=FISH_COMMODITIES,
                                        label=commodity_label, colors=COMMODITY_COLOR, unit="t")
    monthly_target = targets[targets["kode"] == "SP-02"].set_index("tahun")["target"]
    if with_target and not monthly_target.empty:
        figure.add_trace(go.Scatter(
            x=common.period_labels(pivot.index), y=[monthly_target.get(int(period[:4])) for period in pivot.index],
            mode="lines", line_shape="hv", name=tr("program.perikanan.production.monthly_target"),
            line={"color": "#cf222e", "dash": "dash"},
            hovertemplate="%{y:,.0f} t",
        ))
    figure.update_layout(yaxis_title_text=tr("program.perikanan.unit.tonnes"))
    return common.finish(figure, 380)


def cumulative_figure(production: pd.DataFrame, targets: pd.DataFrame, page: common.ProgramPage) -> go.Figure:
    """This year's production so far against the yearly target (SP-01) and its even monthly path."""
    months = [f"{page.year}-{month:02d}" for month in range(1, 13)]
    monthly = production.groupby("periode")["volume_ton"].sum()
    so_far = monthly.reindex([m for m in months if m <= page.period]).dropna().cumsum()
    labels = common.period_labels(months)
    figure = go.Figure(go.Scatter(
        x=labels[:len(so_far)], y=so_far, mode="lines+markers", name=tr("program.perikanan.production.cumulative"),
        line={"color": "#0B6E4F"}, hovertemplate="%{y:,.0f} t",
    ))
    yearly = targets[(targets["kode"] == "SP-01") & (targets["tahun"] == page.year)]["target"]
    if not yearly.empty and page.kecamatan is None:
        target = float(yearly.iat[0])
        figure.add_trace(go.Scatter(x=labels, y=[target * (i + 1) / 12 for i in range(12)], mode="lines",
                                    name=tr("program.perikanan.production.target_path",
                                            target=formatting.number(target, 0, lang())),
                                    line={"color": "#cf222e", "dash": "dash"}, hovertemplate="%{y:,.0f} t"))
    figure.update_xaxes(type="category", categoryorder="array", categoryarray=labels)
    figure.update_layout(yaxis_title_text=tr("program.perikanan.unit.tonnes"))
    return common.finish(figure, 380)


# --- by kecamatan, minapolitan --------------------------------------------------------------

def kecamatan_section(page: common.ProgramPage, by_kecamatan: pd.DataFrame, minapolitan: dict[str, str],
                      latest: str) -> None:
    st.subheader(tr("program.perikanan.kecamatan.title", start=formatting.period(f"{page.year}-01", lang(), short=True),
                    end=formatting.period(page.period, lang(), short=True)))
    totals = (by_kecamatan.groupby(["kode", "nama"], as_index=False)["volume_ton"].sum()
              .rename(columns={"volume_ton": "nilai"}))
    highlight = {minapolitan["kecamatan"]} if "kecamatan" in minapolitan else set()
    common.region_view(totals, tr("program.perikanan.unit.tonnes"), "perikanan_kecamatan", highlight=highlight)
    if "kecamatan" in minapolitan:
        names = dict(zip(totals["kode"], totals["nama"]))
        code = minapolitan["kecamatan"]
        st.info(tr("program.perikanan.minapolitan", kecamatan=names.get(code, code),
                   desa=minapolitan_desa_name(minapolitan), source=minapolitan.get("source", "–")),
                icon=":material/location_on:")
    common.desa_drilldown(
        page, lambda code: data.query("program_region_values", kode="SP-02", periode=latest, level="desa",
                                      kecamatan=code, **page.params()),
        tr("program.perikanan.unit.tonnes"), "production", default=minapolitan.get("kecamatan"),
        value_label=tr("program.perikanan.col.production_month", period=formatting.period(latest, lang(), short=True)))


def minapolitan_desa_name(minapolitan: dict[str, str]) -> str:
    code = minapolitan.get("desa")
    return (data.scalar("desa_name", kode=code) or code) if code else formatting.MISSING


# --- OVOP -------------------------------------------------------------------------------

def ovop_section(page: common.ProgramPage, ovop: pd.DataFrame, minapolitan: dict[str, str]) -> None:
    if not common.section(tr("program.perikanan.ovop.title", year=page.year), ovop):
        return
    per_desa = ovop.groupby("kode_desa", as_index=False).size().rename(columns={"kode_desa": "kode", "size": "nilai"})
    left, right = st.columns([3, 2])
    with left:
        figure = common.fit_map(charts.region_choropleth(per_desa, tr("program.perikanan.unit.products"), level="desa",
                                                         kecamatan=page.kecamatan, colorscale="Greens", height=460),
                                counts=True)
        common.chart(figure, "perikanan_ovop_map")
    with right:
        common.chart(certification_figure(ovop), "perikanan_certification",
                     tr("program.perikanan.ovop.by_certification"))
    certified = int(ovop["bersertifikat"].sum())
    st.caption(tr("program.perikanan.ovop.caption", products=len(ovop), desa=ovop["kode_desa"].nunique(),
                  certified=certified,
                  share=formatting.percent(100 * certified / len(ovop), 1, lang())))
    frame = ovop.sort_values(["bersertifikat", "nama_kecamatan", "nama_desa"]).assign(
        komoditas=lambda f: f["komoditas"].map(commodity_label),
        sertifikasi=lambda f: f["sertifikasi"].map(certification_label))
    common.table(frame, {
        "nama_produk": ("text", tr("program.perikanan.col.product")), "nama_desa": ("text", tr("program.col.desa")),
        "nama_kecamatan": ("text", tr("filter.kecamatan")),
        "komoditas": ("text", tr("program.perikanan.col.commodity")),
        "sertifikasi": ("text", tr("program.perikanan.col.certification")),
        "tahun_terdaftar": ("text", tr("program.perikanan.col.year")),
    }, height=300)


def certification_figure(ovop: pd.DataFrame) -> go.Figure:
    """OVOP products per commodity, stacked by certification status."""
    products = ovop.assign(komoditas=ovop["komoditas"].map(commodity_label), produk=1)
    figure, _ = common.stacked_bars(products, "komoditas", "sertifikasi", "produk", order=OVOP_CERTIFICATIONS,
                                    label=certification_label, colors=CERTIFICATION_COLOR, horizontal=True,
                                    periods=False)
    return common.finish(figure, 420, hovermode="y unified")
