"""Programme page: Serang Tatu (one-stop public services).

Requests per month by service and channel, share online, completion within the service
standard time and median processing time per service, backlog, demand per 1,000 people by
kecamatan, desa drill-down. A partner OPD (Disdukcapil, DPMPTSP, …) sees only its own services:
the service list is scoped in SQL and every query filters on it.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pipelines import formatting
from pipelines.datasets import SERVICE_CHANNELS
from views import charts, data
from views.programs import common
from views.session import lang, tr

PROGRAM = "serang-tatu"
CHANNEL_COLOR = {"daring": "#0B6E4F", "loket": "#d4a72c"}


def render() -> None:
    page = common.open_page(PROGRAM)
    services = data.query("serang_tatu_services", partner_opd=page.partner_opd, **page.scope())
    ids = list(services["id"])
    names = {row["id"]: common.label_of(row) for row in services.to_dict("records")}
    if page.partner_opd:
        st.info(tr("program.serang_tatu.partner_scope", opd=page.partner_opd, services=", ".join(names.values())),
                icon=":material/filter_alt:")
        indicators, history = partner_indicators(page, ids)
        shown = common.indicator_section(page, indicators, history, note=tr("program.serang_tatu.partner_note"))
    else:
        shown = common.indicator_section(page)

    monthly = data.query("serang_tatu_monthly", services=ids, start=page.window_start, end=page.period,
                         kecamatan=page.kecamatan, **page.scope())
    requests_section(page, monthly, names)
    processing = data.query("serang_tatu_processing", services=ids, bulan=page.period, **page.scope())
    processing_section(page, processing, services)
    backlog = data.query("serang_tatu_backlog", services=ids, start=page.window_start, end=page.period,
                         kecamatan=page.kecamatan, **page.scope())
    backlog_section(page, backlog, names)
    kecamatan = data.query("serang_tatu_kecamatan", services=ids, bulan=page.period, **page.scope())
    demand_section(page, kecamatan, ids)

    common.sources_section(page)
    common.downloads_section(page, {
        tr("program.serang_tatu.sheet.monthly"): monthly, tr("program.serang_tatu.sheet.processing"): processing,
        tr("program.serang_tatu.sheet.backlog"): backlog, tr("program.serang_tatu.sheet.kecamatan"): kecamatan,
    }, shown)


# --- a partner OPD's own indicators ------------------------------------------------------

def partner_indicators(page: common.ProgramPage, services: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """ST-01/02/03/05 for the partner's services only, shaped like ``program_indicators`` (no targets)."""
    catalog = data.query("program_indicator_catalog", **page.params())
    series = data.query("serang_tatu_scoped_series", services=services, bulan=page.period, **page.scope())
    rows = [row for row in (scoped_row(meta, series[series["kode"] == meta["kode"]], page.period)
                            for meta in catalog.to_dict("records")) if row is not None]
    baseline_year = series["kode"].map(catalog.set_index("kode")["baseline_tahun"]).fillna(0)
    history = series[series["periode"].str[:4].astype(int) >= baseline_year]
    return pd.DataFrame(rows), history.assign(status="tanpa_target", target=float("nan"))


def scoped_row(meta: dict, series: pd.DataFrame, period: str) -> dict | None:
    """One card row from a monthly series: the month's value, the previous month, year to date, baseline.

    Year to date and baseline follow score.indicator_month: a sum for ``sum`` indicators, else the mean.
    """
    if series.empty:
        return None
    series = series.sort_values("periode")
    current = series[series["periode"] <= period].tail(2)
    if current.empty:
        return None
    latest = current.iloc[-1]
    previous = current.iloc[0] if len(current) == 2 else None
    this_year = series[(series["periode"].str[:4] == latest["periode"][:4]) & (series["periode"] <= latest["periode"])]
    baseline_year = meta["baseline_tahun"]
    baseline = series[series["periode"].str[:4] == str(baseline_year)]["nilai"]
    combine = (lambda values: values.sum()) if meta["aggregation"] == "sum" else (lambda values: values.mean())
    return {
        **meta, "periode": latest["periode"], "nilai": latest["nilai"],
        "target": None, "capaian": None, "status": "tanpa_target",
        "periode_sebelumnya": None if previous is None else previous["periode"],
        "nilai_sebelumnya": None if previous is None else previous["nilai"],
        "baseline_nilai": baseline.mean() if not baseline.empty else None,
        "nilai_ytd": combine(this_year["nilai"]), "target_ytd": None, "capaian_ytd": None,
        "source_kind": "contoh" if bool(latest["is_demo"]) else "hitung", "sumber": None,
    }


# --- requests by service and channel -----------------------------------------------------

def requests_section(page: common.ProgramPage, monthly: pd.DataFrame, names: dict[str, str]) -> None:
    if not common.section(tr("program.serang_tatu.requests.title"), monthly):
        return
    left, right = st.columns(2)
    with left:
        common.chart(channel_figure(monthly), "serang_tatu_channels", tr("program.serang_tatu.requests.by_channel"))
    with right:
        month = monthly[monthly["periode"] == page.period]
        common.chart(service_figure(month, names), "serang_tatu_services",
                     tr("program.serang_tatu.requests.by_service"))
    st.caption(tr("program.serang_tatu.requests.caption"))


def channel_label(channel: str) -> str:
    return tr(f"program.serang_tatu.channel.{channel}")


def channel_figure(monthly: pd.DataFrame) -> go.Figure:
    """Requests per month stacked by channel, with the share made online on a second axis."""
    figure, by_month = common.stacked_bars(monthly, "periode", "kanal", "permohonan", order=SERVICE_CHANNELS,
                                           label=channel_label, colors=CHANNEL_COLOR)
    total = by_month.sum(axis=1)
    share = 100 * by_month.get("daring", 0) / total.where(total > 0)
    common.line_on_right(figure, common.period_labels(by_month.index), share, tr("program.serang_tatu.channel.share"),
                         "#0969da", "%{y:,.1f} %", range=[0, 100], dtick=25, ticksuffix=" %", tickmode="linear")
    return common.finish(figure, 340)


def service_figure(month: pd.DataFrame, names: dict[str, str]) -> go.Figure:
    """Requests of the chosen month per service, split by channel, largest first."""
    named = month.assign(layanan=month["layanan"].map(lambda code: names.get(code, code)))
    figure, _ = common.stacked_bars(named, "layanan", "kanal", "permohonan", order=SERVICE_CHANNELS,
                                    label=channel_label, colors=CHANNEL_COLOR, horizontal=True, periods=False)
    return common.finish(figure, 340, hovermode="y unified")


# --- standard time, processing time, backlog ---------------------------------------------

def processing_section(page: common.ProgramPage, processing: pd.DataFrame, services: pd.DataFrame) -> None:
    if not common.section(tr("program.serang_tatu.processing.title", period=page.month_name), processing):
        return
    frame = processing.merge(services.rename(columns={"id": "layanan"}), on="layanan", how="left")
    frame["nama"] = [common.label_of(row) for row in frame.to_dict("records")]
    frame = frame.sort_values("persen_sesuai_sla")
    left, right = st.columns(2)
    with left:
        bars = charts.ranked_bars(frame, "nama", "persen_sesuai_sla", "%", height=360).update_xaxes(range=[0, 100])
        common.chart(bars, "serang_tatu_sla_bars", tr("program.serang_tatu.processing.within_sla"))
    with right:
        common.chart(time_figure(frame), "serang_tatu_time", tr("program.serang_tatu.processing.median_vs_sla"))
    common.table(frame.sort_values("nama"), {
        "nama": ("text", tr("program.serang_tatu.col.service")), "opd": ("text", tr("program.col.opd")),
        "sla_hari": ("unit:" + tr("program.serang_tatu.unit.days"), tr("program.serang_tatu.col.sla")),
        "selesai": ("int", tr("program.serang_tatu.col.completed")),
        "median_hari": ("dec1", tr("program.serang_tatu.col.median")),
        "p90_hari": ("dec1", tr("program.serang_tatu.col.p90")),
        "persen_sesuai_sla": ("pct", tr("program.serang_tatu.col.within_sla")),
    })
    st.caption(tr("program.serang_tatu.processing.caption") + (" " + tr("program.serang_tatu.processing.kabupaten_only")
                                                       if page.kecamatan else ""))


def time_figure(frame: pd.DataFrame) -> go.Figure:
    """Median processing time per service beside its standard time (log axis: 1 day to 28 days)."""
    ordered = frame.sort_values("sla_hari")
    figure = go.Figure([
        go.Bar(y=ordered["nama"], x=ordered["median_hari"], orientation="h", name=tr("program.serang_tatu.col.median"),
               marker_color="#0B6E4F", hovertemplate="%{x:,.1f}"),
        go.Scatter(y=ordered["nama"], x=ordered["sla_hari"], mode="markers", name=tr("program.serang_tatu.col.sla"),
                   marker={"symbol": "line-ns-open", "size": 18, "color": "#cf222e", "line": {"width": 3}},
                   hovertemplate="%{x:,.0f}"),
    ])
    figure = common.finish(figure, 360, hovermode="y unified")
    # Four ticks: Plotly's own log ticks (0,5 1 2 5 10 20 50) run into each other on a phone.
    return figure.update_xaxes(type="log", title_text=tr("program.serang_tatu.unit.days"), tickvals=[1, 3, 10, 30])


def backlog_section(page: common.ProgramPage, backlog: pd.DataFrame, names: dict[str, str]) -> None:
    if not common.section(tr("program.serang_tatu.backlog.title"), backlog, tr("program.serang_tatu.backlog.none")):
        return
    figure, _ = common.stacked_bars(backlog, "periode", "layanan", "tunggakan",
                                    label=lambda code: names.get(code, code))
    figure.update_layout(yaxis_title_text=tr("program.serang_tatu.unit.requests"))
    # One legend line per service on a phone: grow with the services so the bars keep their height.
    common.chart(common.finish(figure, 300 + 16 * backlog["layanan"].nunique()), "serang_tatu_backlog")
    st.caption(tr("program.serang_tatu.backlog.caption"))


# --- demand per kecamatan and desa --------------------------------------------------------

def demand_section(page: common.ProgramPage, kecamatan: pd.DataFrame, services: list[str]) -> None:
    st.subheader(tr("program.serang_tatu.demand.title", period=page.month_name))
    year = kecamatan["penduduk_tahun"].dropna()
    st.caption(tr("program.serang_tatu.demand.population", year=int(year.iat[0]) if not year.empty else "–",
                  total=formatting.number(kecamatan["penduduk"].sum(), 0, lang())))
    values = kecamatan.rename(columns={"per_1000": "nilai"})
    common.region_view(values, tr("program.serang_tatu.unit.per_1000"), "serang_tatu_demand",
                       highlight={page.kecamatan} if page.kecamatan else None)
    top = values.dropna(subset=["nilai"]).head(5)
    st.caption(tr("program.serang_tatu.demand.top", names=", ".join(
        f"{row['nama']} ({formatting.number(row['nilai'], 1, lang())})" for row in top.to_dict("records"))))
    common.desa_drilldown(
        page, lambda code: data.query("serang_tatu_desa", services=services, bulan=page.period, kecamatan=code,
                                      **page.scope()).rename(columns={"permohonan": "nilai"}),
        tr("program.serang_tatu.unit.requests"), "demand", default=values["kode"].iat[0] if not values.empty else None,
        value_label=tr("program.serang_tatu.col.requests"))
