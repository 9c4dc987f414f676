"""Programme page: Transformer (green transport for regency staff).

Riders per day, trips, km, private trips avoided, fuel and CO₂e avoided per month; routes and
the kecamatan they start from; the emission factors used (catalog settings ``transformer.*``,
changed by the data admin in data/catalog/settings.yaml) and a what-if that recomputes the
month's avoided CO₂e and fuel on the page from other factors, writing nothing.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pipelines import formatting
from views import data
from views.programs import common
from views.session import lang, tr

PROGRAM = "transformer"
PREFIX = "transformer."
# Settings shown, in this order, with their unit (string-table key program.transformer.factor.<name>).
FACTORS = {
    "emission_factor_car_kg_per_km": "kg CO₂e/km", "emission_factor_motorcycle_kg_per_km": "kg CO₂e/km",
    "emission_factor_bus_listrik_kg_per_km": "kg CO₂e/km", "emission_factor_minibus_kg_per_km": "kg CO₂e/km",
    "emission_factor_sepeda_listrik_kg_per_km": "kg CO₂e/km", "share_would_drive_car": "",
    "fuel_car_l_per_km": "l/km", "fuel_motorcycle_l_per_km": "l/km",
}


def render() -> None:
    page = common.open_page(PROGRAM)
    indicators = common.indicator_section(page)
    daily = data.query("transformer_daily", bulan=page.period, **page.scope())
    monthly = data.query("transformer_monthly", start=page.window_start, end=page.period, **page.scope())
    routes = data.query("transformer_routes", bulan=page.period, **page.scope())
    factors = load_factors(page)
    daily_section(page, daily)
    monthly_section(monthly)
    routes_section(page, routes)
    factors_section(factors)
    what_if(routes, factors, page.period)
    common.sources_section(page)
    settings = pd.DataFrame({"key": [PREFIX + name for name in factors], "value": list(factors.values())})
    common.downloads_section(page, {
        tr("program.transformer.sheet.monthly"): monthly, tr("program.transformer.sheet.daily"): daily,
        tr("program.transformer.sheet.routes"): routes, tr("program.transformer.sheet.factors"): settings,
    }, indicators)


def load_factors(page: common.ProgramPage) -> dict[str, float]:
    settings = data.query("program_settings", prefix=PREFIX, **page.params())
    return {key.removeprefix(PREFIX): float(value) for key, value in zip(settings["key"], settings["value"])
            if pd.notna(value)}


def avoided(routes: pd.DataFrame, factors: dict[str, float]) -> tuple[float, float]:
    """The month's CO₂e avoided (t) and fuel saved (l), with the formula of pipelines/sql/20_marts/40_transformer.sql.

    private km avoided × (share car × EF car + (1 − share car) × EF motorcycle) − fleet km × EF of its mode;
    fuel = private km avoided × (share car × car l/km + (1 − share car) × motorcycle l/km).
    """
    share = factors["share_would_drive_car"]
    private_km = float(routes["km_pribadi_dihindari"].sum())
    per_private_km = (share * factors["emission_factor_car_kg_per_km"]
                      + (1 - share) * factors["emission_factor_motorcycle_kg_per_km"])
    mode_factor = routes["moda"].map(lambda mode: factors.get(f"emission_factor_{mode.replace(' ', '_')}_kg_per_km", 0))
    fleet = float((routes["jarak_km"] * mode_factor).sum())
    fuel = private_km * (share * factors["fuel_car_l_per_km"] + (1 - share) * factors["fuel_motorcycle_l_per_km"])
    return (private_km * per_private_km - fleet) / 1000.0, fuel


# --- riders, trips, km ---------------------------------------------------------------------

def daily_section(page: common.ProgramPage, daily: pd.DataFrame) -> None:
    if not common.section(tr("program.transformer.daily.title", period=page.month_name), daily):
        return
    labels = [formatting.day(day, lang(), short=True).rsplit(" ", 1)[0] for day in daily["tanggal"]]
    figure = bars_and_line(labels, daily["penumpang"], tr("program.transformer.riders"), "#0B6E4F",
                           daily["perjalanan"], tr("program.transformer.trips"), "#bf8700")
    figure.update_layout(yaxis_title_text=tr("program.transformer.unit.riders"))
    common.chart(common.finish(figure, 300), "transformer_daily")
    st.caption(tr("program.transformer.daily.caption", days=len(daily),
                  riders=formatting.number(daily["penumpang"].mean(), 0, lang()),
                  km=formatting.number(daily["jarak_km"].sum(), 0, lang())))


def monthly_section(monthly: pd.DataFrame) -> None:
    if not common.section(tr("program.transformer.monthly.title"), monthly):
        return
    labels = common.period_labels(monthly["periode"])
    left, right = st.columns(2)
    with left:
        figure = bars_and_line(labels, monthly["perjalanan_pribadi_dihindari"], tr("program.transformer.avoided_trips"),
                               "#8fb8a8", monthly["penumpang_per_hari"], tr("program.transformer.riders_per_day"),
                               "#0B6E4F")
        common.chart(common.finish(figure, 320), "transformer_monthly_trips", tr("program.transformer.monthly.trips"))
    with right:
        figure = bars_and_line(labels, monthly["co2e_dihindari_ton"], tr("program.transformer.co2e"), "#1a7f37",
                               monthly["bbm_dihemat_liter"], tr("program.transformer.fuel"), "#bf8700", " t", " l")
        common.chart(common.finish(figure, 320), "transformer_monthly_avoided",
                     tr("program.transformer.monthly.avoided"))


def bars_and_line(labels: list[str], bars, bar_name: str, bar_color: str, line, line_name: str, line_color: str,
                  bar_unit: str = "", line_unit: str = "") -> go.Figure:
    """One measure as bars, another as a line on its own right-hand axis."""
    figure = go.Figure(go.Bar(x=labels, y=bars, name=bar_name, marker_color=bar_color,
                              hovertemplate="%{y:,.1f}" + bar_unit if bar_unit else "%{y:,.0f}"))
    common.line_on_right(figure, labels, line, line_name, line_color, "%{y:,.0f}" + line_unit)
    return figure.update_xaxes(type="category")


def routes_section(page: common.ProgramPage, routes: pd.DataFrame) -> None:
    if not common.section(tr("program.transformer.routes.title", period=page.month_name), routes):
        return
    common.table(routes, {
        "rute": ("text", tr("program.transformer.col.route")), "moda": ("text", tr("program.transformer.col.mode")),
        "perjalanan": ("int", tr("program.transformer.trips")),
        "penumpang": ("int", tr("program.transformer.riders")), "jarak_km": ("int", tr("program.transformer.col.km")),
        "bbm_dihemat_liter": ("int", tr("program.transformer.col.fuel")),
        "co2e_dihindari_ton": ("dec2", tr("program.transformer.col.co2e")),
    })
    origin = (routes.dropna(subset=["kode_kec"])
              .groupby(["kode_kec", "nama_kecamatan"], as_index=False)["penumpang"].sum()
              .rename(columns={"kode_kec": "kode", "nama_kecamatan": "nama", "penumpang": "nilai"}))
    st.markdown("**" + tr("program.transformer.routes.origin") + "**")
    common.region_view(origin, tr("program.transformer.unit.riders"), "transformer_origin")
    unmatched = routes[routes["kode_kec"].isna()]["rute"]
    st.caption(tr("program.transformer.routes.origin_caption") + (
        " " + tr("program.transformer.routes.unmatched", routes=", ".join(unmatched)) if not unmatched.empty else ""))


# --- emission factors and what-if ---------------------------------------------------------

def factor_text(name: str, value: float) -> str:
    unit = FACTORS.get(name, "")
    if name == "share_would_drive_car":
        return formatting.percent(100 * value, 0, lang())
    return f"{formatting.number(value, 3, lang())} {unit}".strip()


def factors_section(factors: dict[str, float]) -> None:
    st.subheader(tr("program.transformer.factors.title"))
    frame = pd.DataFrame({"name": [tr(f"program.transformer.factor.{name}") for name in FACTORS if name in factors],
                          "value": [factor_text(name, factors[name]) for name in FACTORS if name in factors],
                          "key": [PREFIX + name for name in FACTORS if name in factors]})
    common.table(frame, {"name": ("text", tr("program.transformer.col.factor")),
                         "value": ("text", tr("program.transformer.col.value")),
                         "key": ("text", tr("program.transformer.col.setting"))})
    st.info(tr("program.transformer.factors.where"), icon=":material/settings:")


@st.fragment
def what_if(routes: pd.DataFrame, factors: dict[str, float], period: str) -> None:
    """Sliders for the main assumptions; recomputes the month on the page, stores nothing."""
    st.subheader(tr("program.transformer.whatif.title", period=formatting.period(period, lang())))
    if routes.empty or not {"share_would_drive_car", "emission_factor_car_kg_per_km"} <= set(factors):
        st.info(tr("common.no_data"))
        return
    st.caption(tr("program.transformer.whatif.caption"))
    columns = st.columns(3)
    share = columns[0].slider(tr("program.transformer.whatif.share"), 0, 100,
                              round(100 * factors["share_would_drive_car"]), step=5, format="%d %%",
                              key="transformer_whatif_share")
    car = columns[1].slider(tr("program.transformer.whatif.car"), 0, 400,
                            round(1000 * factors["emission_factor_car_kg_per_km"]), step=5,
                            key="transformer_whatif_car")
    motorcycle = columns[2].slider(tr("program.transformer.whatif.motorcycle"), 0, 200,
                                   round(1000 * factors["emission_factor_motorcycle_kg_per_km"]), step=5,
                                   key="transformer_whatif_motorcycle")
    scenario = {**factors, "share_would_drive_car": share / 100, "emission_factor_car_kg_per_km": car / 1000,
                "emission_factor_motorcycle_kg_per_km": motorcycle / 1000}
    base_co2e, base_fuel = avoided(routes, factors)
    co2e, fuel = avoided(routes, scenario)
    left, right = st.columns(2)
    left.metric(tr("program.transformer.whatif.co2e"), formatting.with_unit(co2e, "t CO₂e", lang()),
                delta=_difference(co2e - base_co2e, "t CO₂e"), border=True)
    right.metric(tr("program.transformer.whatif.fuel"), formatting.with_unit(fuel, "l", lang()),
                 delta=_difference(fuel - base_fuel, "l"), border=True)
    st.caption(tr("program.transformer.whatif.base", co2e=formatting.with_unit(base_co2e, "t CO₂e", lang()),
                  fuel=formatting.with_unit(base_fuel, "l", lang())))


def _difference(value: float, unit: str) -> str | None:
    if abs(value) < 1e-9:
        return None
    return ("+" if value > 0 else "-") + formatting.with_unit(abs(value), unit, lang())
