"""Building blocks shared by the six programme pages, one job each.

A programme page reads top to bottom: ``open_page`` (lock, filters, title, status, notes) →
``indicator_section`` (indicators vs targets for the month and the year to date, status colours,
trend since the baseline) → the programme's own sections → ``region_view``/``desa_drilldown``
(kecamatan map and ranked bars, desa drill-down) → ``sources_section`` (which data, from which
file and when, what is overdue) → ``downloads_section`` (the page's data, upload templates).

Scoping happens in SQL: every query receives ``programs`` — the programmes this viewer may see —
and returns no rows for a programme outside it, so an ``opd`` viewer of another OPD gets nothing
even if a page lock were bypassed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
import re
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pipelines import formatting
from pipelines.datasets import datasets_of_program
from pipelines.ingest.scope import datasets_for, indicator_keyed
from pipelines.ingest.templates import template_bytes
from views import charts, components, data, session
from views.session import lang, tr

WINDOW_MONTHS = 24  # how far back the programme charts look from the chosen month
CARDS_PER_ROW = 3


@dataclass(frozen=True)
class ProgramPage:
    """What every block needs: the programme, who looks, and the shared filters."""

    program: str
    viewer: session.Viewer
    info: Mapping
    period: str  # YYYY-MM, the chosen report month
    kecamatan: str | None  # shared kecamatan filter

    @property
    def name(self) -> str:
        return self.info["name_en"] if lang() == "en" else self.info["name_id"]

    @property
    def month_name(self) -> str:
        """The chosen month as readers write it: ``Oktober 2026``."""
        return formatting.period(self.period, lang())

    @property
    def year(self) -> int:
        return int(self.period[:4])

    @property
    def window_start(self) -> str:
        return shift_month(self.period, -(WINDOW_MONTHS - 1))

    @property
    def partner_opd(self) -> str | None:
        """The viewer's OPD when it is a partner, not the owner, of this programme (sees only its part)."""
        if self.viewer.role == "opd" and self.viewer.opd != self.info["opd"]:
            return self.viewer.opd
        return None

    def scope(self, **extra) -> dict:
        """What this viewer may see: every query filters its rows with ``$programs``."""
        return {"programs": sorted(self.viewer.programs), **extra}

    def params(self, **extra) -> dict:
        """Parameters of the shared ``program_*`` queries: the scope and which programme."""
        return self.scope(program=self.program, **extra)


def section(title: str, frame: pd.DataFrame, empty_text: str | None = None) -> bool:
    """A section heading; when ``frame`` is empty, say so and return False (the caller stops there)."""
    st.subheader(title)
    if frame.empty:
        st.info(empty_text or tr("common.no_data"))
        return False
    return True


def shift_month(period: str, months: int) -> str:
    """``shift_month("2026-10", -23)`` → ``"2024-12"``."""
    return (pd.Period(period, freq="M") + months).strftime("%Y-%m")


def label_of(row: Mapping, field: str = "name") -> str:
    """The ``<field>_id`` / ``<field>_en`` text of a catalog row in the viewer's language."""
    return row[f"{field}_en"] if lang() == "en" else row[f"{field}_id"]


def finish(figure: go.Figure, height: int, legend: bool = True, hovermode: str | None = None) -> go.Figure:
    """House style plus id-ID thousands on number axes (``10.000``, not ``10k``)."""
    charts.style(figure, height=height, legend=legend)
    figure.update_xaxes(tickformat=",~f")
    figure.update_yaxes(tickformat=",~f")
    if hovermode:
        figure.update_layout(hovermode=hovermode)
    return figure


def stacked_bars(frame: pd.DataFrame, index: str, stack: str, value: str, order=None, label=None, colors=None,
                 horizontal: bool = False, periods: bool = True, unit: str = "") -> tuple[go.Figure, pd.DataFrame]:
    """Bars per ``index`` value (months by default, as ``Okt 2026``) stacked by ``stack`` in ``order``.

    Horizontal bars are sorted so the largest total is on top. Returns the figure and the pivot
    table it drew (``index`` × ``stack``), for lines a caller adds on top.
    """
    pivot = frame.pivot_table(index=index, columns=stack, values=value, aggfunc="sum", fill_value=0).sort_index()
    if horizontal:
        pivot = pivot.loc[pivot.sum(axis=1).sort_values().index]
    positions = period_labels(pivot.index) if periods else [str(key) for key in pivot.index]
    suffix = f" {unit}" if unit else ""
    bars = []
    for key in [key for key in (order or pivot.columns) if key in pivot]:
        if horizontal:
            along = {"y": positions, "x": pivot[key], "orientation": "h", "hovertemplate": "%{x:,.0f}" + suffix}
        else:
            along = {"x": positions, "y": pivot[key], "hovertemplate": "%{y:,.0f}" + suffix}
        bars.append(go.Bar(name=(label or str)(key), marker_color=(colors or {}).get(key), **along))
    figure = go.Figure(bars).update_layout(barmode="stack")
    if not horizontal:
        figure.update_xaxes(type="category")
    return figure, pivot


def line_on_right(figure: go.Figure, x, y, name: str, color: str, hovertemplate: str = "%{y:,.0f}",
                  **axis) -> go.Figure:
    """A second measure as a line on a right-hand axis with its own round ticks (``axis`` overrides them)."""
    figure.add_trace(go.Scatter(x=x, y=y, name=name, yaxis="y2", mode="lines+markers", line={"color": color},
                                hovertemplate=hovertemplate))
    return figure.update_layout(yaxis2={"overlaying": "y", "side": "right", "showgrid": False, "rangemode": "tozero",
                                        "tickmode": "auto", **axis})


def chart(figure: go.Figure, key: str, title: str | None = None) -> None:
    """A figure with its title above it as text (a Plotly title collides with the legend row)."""
    if title:
        st.markdown(f"**{title}**")
    st.plotly_chart(figure, key=key, config=charts.CONFIG)


def fit_map(figure: go.Figure, zoom_change: float = -0.35, counts: bool = False) -> go.Figure:
    """Maps here sit in page columns narrower than charts.py frames them for: zoom out a little and
    put the colour bar under the map, where it cannot cover a region. ``counts``: the scale starts
    at 0 with whole-number ticks, so a region with 1 is visibly coloured, not white."""
    figure.update_layout(map_zoom=figure.layout.map.zoom + zoom_change, margin={"b": 64})
    figure.update_traces(colorbar={"orientation": "h", "x": 0.5, "xanchor": "center", "y": 0, "yanchor": "top",
                                   "thickness": 10, "len": 0.7, "title": {"side": "top"}, "tickformat": ",~f"},
                         selector={"type": "choroplethmap"})
    for trace in figure.data:
        values = [value for value in (trace.z if trace.type == "choroplethmap" and trace.z is not None else [])]
        if values and (counts or len(set(values)) < 2):  # one distinct value: no range to colour
            trace.update(zmin=0, zmax=max(max(values), 1))
            if counts and max(values) <= 10:
                trace.update(colorbar_dtick=1)
    return figure


def period_labels(periods) -> list[str]:
    """Month codes as short Indonesian labels for a category axis (``Okt 2026``)."""
    return [formatting.period(period, lang(), short=True) for period in periods]


# --- page top ----------------------------------------------------------------------------

def open_page(program: str) -> ProgramPage:
    """Second lock, shared filters, title with the programme's catalog name, its status and notes."""
    viewer = session.require(program)
    session.filter_controls()
    info = data.query("programs").set_index("id").loc[program].to_dict()
    page = ProgramPage(program, viewer, info, session.period(), session.kecamatan())
    status = data.query("program_status", bulan=page.period, **page.params())
    components.page_header(page.name, label_of(info, "description"),
                           demo=bool(status["is_demo"].any()) if not status.empty else False)
    if info.get("provisional"):
        st.warning(label_of(info, "provisional_note"), icon=":material/edit_note:")
    if not status.empty and page.partner_opd is None:
        _program_status_line(status.iloc[0], page)
    if page.kecamatan:
        names = data.query("kecamatan_list").set_index("kode")["nama"]
        st.caption(tr("program.kecamatan_filter", name=names.get(page.kecamatan, page.kecamatan)))
    return page


def _program_status_line(row: Mapping, page: ProgramPage) -> None:
    columns = st.columns([1, 4], vertical_alignment="center")
    with columns[0]:
        components.status_badge(row["status"])
    columns[1].caption(tr("program.status_line", period=page.month_name,
                          capaian=formatting.percent(row["capaian"], 1, lang()),
                          scored=row["indikator_dinilai"], total=row["indikator"], critical=row["indikator_kritis"]))


# --- indicators vs targets ---------------------------------------------------------------

def indicator_section(page: ProgramPage, indicators: pd.DataFrame | None = None,
                      history: pd.DataFrame | None = None, note: str | None = None) -> pd.DataFrame:
    """Cards (month, year to date, baseline, status colour, sparkline) and a trend chart; returns the rows shown."""
    if indicators is None:
        indicators = data.query("program_indicators", bulan=page.period, **page.params())
    if history is None:
        history = data.query("program_indicator_history", bulan=page.period, **page.params())
    st.subheader(tr("program.indicators.title", period=page.month_name))
    st.caption(note or tr("program.indicators.caption"))
    if indicators.empty:
        st.info(tr("common.no_data"))
        return indicators
    rows = list(indicators.to_dict("records"))
    for start in range(0, len(rows), CARDS_PER_ROW):
        columns = st.columns(CARDS_PER_ROW)
        for column, row in zip(columns, rows[start:start + CARDS_PER_ROW]):
            with column:
                indicator_card(row, history[history["kode"] == row["kode"]])
    trend_chart_picker(page, indicators, history)
    return indicators


def indicator_card(row: Mapping, history: pd.DataFrame) -> None:
    """One indicator: value and change, status badge in its colour, target, year to date, baseline."""
    unit = row["unit"]
    previous = (tr("program.card.vs", period=formatting.period(row["periode_sebelumnya"], lang(), short=True))
                if _present(row["nilai_sebelumnya"]) else None)
    change = _change(row)
    still = change is not None and change[0] not in "+-"  # rounds to zero: grey, no arrow
    with st.container(border=True):
        # The name above the number wraps; as the metric's label it would be cut after ~30 characters.
        st.markdown(f"**{label_of(row)}**", help=label_of(row, "definition"))
        st.metric(
            row["kode"] if unit == "%" else f"{row['kode']} · {unit}", card_value(row["nilai"], unit),
            delta=change, delta_color="off" if still else ("normal" if row["direction"] == "higher" else "inverse"),
            delta_arrow="off" if still else "auto",
            delta_description=previous, chart_data=list(history["nilai"]) if len(history) > 1 else None,
            chart_type="line",
        )
        components.status_badge(row["status"])
        st.caption("  \n".join(card_lines(row)))


def card_value(value, unit: str) -> str:
    """The big number of a card: ``12.261`` (unit in the label), percentages as ``65,4 %``."""
    return formatting.with_unit(value, "%" if unit == "%" else "", lang())


def card_lines(row: Mapping) -> list[str]:
    """The small print under a card: period, target and achievement, year to date, baseline, source."""
    unit, language = row["unit"], lang()
    lines = [tr("program.card.period", period=formatting.period(row["periode"], language))]
    if _present(row["target"]):
        lines.append(tr("program.card.target", year=row["periode"][:4],
                        target=formatting.with_unit(row["target"], unit, language),
                        capaian=formatting.percent(row["capaian"], 1, language)))
    else:
        lines.append(tr("program.card.no_target"))
    if row["frequency"] == "monthly" and _present(row["nilai_ytd"]):
        key = "program.card.ytd_target" if _present(row["target_ytd"]) else "program.card.ytd"
        lines.append(tr(key, period=formatting.period(row["periode"], language, short=True),
                        value=formatting.with_unit(row["nilai_ytd"], unit, language),
                        target=formatting.with_unit(row["target_ytd"], unit, language),
                        capaian=formatting.percent(row["capaian_ytd"], 1, language)))
    if _present(row["baseline_nilai"]):
        lines.append(tr("program.card.baseline", year=row["baseline_tahun"],
                        value=formatting.with_unit(row["baseline_nilai"], unit, language),
                        change=_baseline_change(row["nilai"], row["baseline_nilai"], unit)))
    lines.append(tr("common.source") + ": " + components.source_label(row["source_kind"], row["sumber"]))
    return lines


def _present(value) -> bool:
    return value is not None and not pd.isna(value)


def _change(row: Mapping) -> str | None:
    if not (_present(row["nilai"]) and _present(row["nilai_sebelumnya"])):
        return None
    return _signed(row["nilai"] - row["nilai_sebelumnya"], row["unit"])


def _signed(difference: float, unit: str) -> str:
    """``+442 permohonan``; a change of a percentage in points (``+1,1 poin``), so it is not read as relative."""
    size = (tr("program.card.points", value=formatting.number(abs(difference), 1, lang())) if unit == "%"
            else formatting.with_unit(abs(difference), unit, lang()))
    if not re.search(r"[1-9]", size.split(" ", 1)[0]):  # "0 lokasi", "0,0 poin": no sign, not read as a rise
        return size
    return ("-" if difference < 0 else "+") + size


def _baseline_change(now, then, unit: str) -> str:
    """Change since the baseline: in points for percentages, else relative (``+71,3 %``)."""
    if not (_present(now) and _present(then)):
        return formatting.MISSING
    if unit == "%":
        return _signed(now - then, unit)
    if then == 0:
        return formatting.MISSING
    change = (now - then) / abs(then) * 100
    return ("+" if change >= 0 else "") + formatting.percent(change, 1, lang())


def trend_chart_picker(page: ProgramPage, indicators: pd.DataFrame, history: pd.DataFrame) -> None:
    """Pick one indicator and see its values since the baseline against its targets."""
    codes = list(indicators["kode"])
    names = {row["kode"]: f"{row['kode']} · {label_of(row)}" for row in indicators.to_dict("records")}
    chosen = st.selectbox(tr("program.trend.pick"), codes, format_func=names.get, key=f"{page.program}_trend")
    row = indicators.set_index("kode").loc[chosen]
    figure = trend_figure(history[history["kode"] == chosen], row["unit"], row.get("baseline_nilai"),
                          row.get("baseline_tahun"))
    chart(figure, f"{page.program}_trend_chart")


def trend_figure(history: pd.DataFrame, unit: str, baseline=None, baseline_year=None) -> go.Figure:
    """Values since the baseline (markers in status colours), the target of each period, the baseline."""
    labels = [formatting.period(period, lang(), short=True) for period in history["periode"]]
    values = [formatting.with_unit(value, unit, lang()) for value in history["nilai"]]
    statuses = [components.status_label(status) for status in history["status"]]
    colours = [components.STATUS_COLOR.get(status, "#8c959f") for status in history["status"]]
    figure = go.Figure([
        go.Scatter(x=labels, y=history["nilai"], mode="lines", name=tr("program.trend.actual"),
                   line={"color": "#57606a"}, hoverinfo="skip"),
        # Status colours on the points only, so the legend shows the line in one colour.
        go.Scatter(x=labels, y=history["nilai"], mode="markers", showlegend=False, marker={"size": 8, "color": colours},
                   customdata=list(zip(values, statuses)),
                   hovertemplate="%{customdata[0]} · %{customdata[1]}<extra></extra>"),
    ])
    if history["target"].notna().any():
        targets = [formatting.with_unit(target, unit, lang()) for target in history["target"]]
        figure.add_trace(go.Scatter(
            x=labels, y=history["target"], mode="lines", name=tr("program.trend.target"), line_shape="hv",
            line={"dash": "dash", "color": "#0969da"}, customdata=targets,
            hovertemplate="%{customdata}<extra>" + tr("program.trend.target") + "</extra>",
        ))
    if _present(baseline):
        figure.add_hline(y=baseline, line_dash="dot", line_color="#8c959f", annotation_position="top left",
                         annotation_text=tr("program.trend.baseline", year=baseline_year))
    figure.update_layout(yaxis_title_text=unit)
    figure.update_xaxes(type="category")
    return finish(figure, 300)


# --- breakdown by kecamatan and desa ------------------------------------------------------

def region_view(values: pd.DataFrame, unit: str, key: str, highlight: set[str] | None = None,
                reverse: bool = False, top: int = 15) -> None:
    """A kecamatan map beside ranked bars of the same values (``kode``, ``nama``, ``nilai``)."""
    if values.empty or values["nilai"].isna().all():
        st.info(tr("common.no_data"))
        return
    left, right = st.columns([3, 2])
    with left:
        figure = fit_map(charts.region_choropleth(values, unit, reverse=reverse, height=460))
        if highlight:
            charts.outline_regions(figure, highlight)
        chart(figure, f"{key}_map")
    with right:
        names = set(values.loc[values["kode"].isin(highlight or set()), "nama"])
        shown = min(len(values), top)
        bars = charts.ranked_bars(values, "nama", "nilai", unit, top=top, highlight=names,
                                  height=max(240, min(460, 26 * shown + 80)))
        chart(bars.update_xaxes(tickformat=",~f"), f"{key}_bars")
        if len(values) > top:
            st.caption(tr("program.region.top", top=top, total=len(values)))


def pick_kecamatan(page: ProgramPage, key: str, default: str | None = None) -> str:
    """A kecamatan picker for a drill-down; starts at the shared filter, else at ``default``."""
    kecamatan_list = data.query("kecamatan_list")
    names = dict(zip(kecamatan_list["kode"], kecamatan_list["nama"]))
    options = list(names)
    start = page.kecamatan or default or options[0]
    return st.selectbox(tr("program.region.drill_pick"), options, index=options.index(start) if start in options else 0,
                        format_func=names.get, key=f"{page.program}_{key}_drill")


def desa_drilldown(page: ProgramPage, load: Callable[[str], pd.DataFrame], unit: str, key: str,
                   default: str | None = None, value_label: str | None = None) -> pd.DataFrame:
    """Desa of one kecamatan: a map and a table; ``load(kecamatan)`` returns ``kode``, ``nama``, ``nilai``."""
    st.markdown("**" + tr("program.region.drill_title") + "**")
    code = pick_kecamatan(page, key, default)
    values = load(code)
    if values.empty or values["nilai"].isna().all():
        st.info(tr("common.no_data"))
        return values
    left, right = st.columns([3, 2])
    with left:
        figure = fit_map(charts.region_choropleth(values, unit, level="desa", kecamatan=code, height=420), -0.5)
        chart(figure, f"{page.program}_{key}_desa_map")
    with right:
        table(values[["nama", "nilai"]], {"nama": ("text", tr("program.col.desa")),
                                          "nilai": (f"unit:{unit}", value_label or unit)},
              height=420 if len(values) > 11 else "auto")
    return values


def indicator_region_section(page: ProgramPage, preferred: str | None = None, key: str = "region") -> pd.DataFrame:
    """Breakdown by kecamatan of any programme indicator with regional values, and its desa drill-down."""
    options = data.query("program_region_indicators", **page.params())
    if options.empty:
        return options
    current = data.query("program_indicators", bulan=page.period, **page.params()).set_index("kode")
    options = options[options["kode"].isin(current.index) & current.loc[options["kode"], "periode"].notna().to_numpy()]
    if options.empty:
        st.info(tr("common.no_data"))
        return options
    codes = list(options["kode"])
    names = {row["kode"]: f"{row['kode']} · {label_of(row)}" for row in options.to_dict("records")}
    index = codes.index(preferred) if preferred in codes else 0
    chosen = st.selectbox(tr("program.region.pick"), codes, index=index, format_func=names.get,
                          key=f"{page.program}_{key}_pick")
    option = options.set_index("kode").loc[chosen]
    period = current.loc[chosen, "periode"]
    st.caption(tr("program.region.period", period=formatting.period(period, lang())))
    values = data.query("program_region_values", kode=chosen, periode=period, level="kecamatan", kecamatan=None,
                        **page.params())
    region_view(values, option["unit"], f"{page.program}_{key}", reverse=option["direction"] == "lower")
    if option["per_desa"]:
        top = values["kode"].iat[0] if not values.empty else None
        desa_drilldown(page, lambda code: data.query("program_region_values", kode=chosen, periode=period, level="desa",
                                                     kecamatan=code, **page.params()),
                       option["unit"], key, default=top, value_label=label_of(option.to_dict()))
    return values


# --- tables ------------------------------------------------------------------------------

def table(frame: pd.DataFrame, columns: dict[str, tuple[str, str]], height: int | str = "auto") -> None:
    """A table with id-ID formatted cells. ``columns``: name → (kind, header); kinds: text, int, dec1,
    dec2, pct, period, moment, day, unit:<unit>."""
    shown = pd.DataFrame({header: [format_cell(value, kind) for value in frame[name]]
                          for name, (kind, header) in columns.items()})
    st.dataframe(shown, hide_index=True, height=height)


def format_cell(value, kind: str) -> str:
    language = lang()
    if not _present(value):  # NaN, None and pandas' NA alike
        return "" if kind == "text" else formatting.MISSING
    if kind == "text":
        return str(value)
    if kind == "int":
        return formatting.number(value, 0, language)
    if kind in ("dec1", "dec2"):
        return formatting.number(value, int(kind[-1]), language)
    if kind == "pct":
        return formatting.percent(value, 1, language)
    if kind == "period":
        return formatting.period(value, language)
    if kind in ("moment", "day"):
        moment = value.to_pydatetime() if hasattr(value, "to_pydatetime") else value
        return formatting.moment(moment, language) if kind == "moment" else formatting.day(moment, language, short=True)
    if kind.startswith("unit:"):
        return formatting.with_unit(value, kind[5:], language)
    raise ValueError(kind)


# --- sources and freshness ---------------------------------------------------------------

def sources_section(page: ProgramPage) -> None:
    """Which datasets feed the page, rows (sample vs real), last period, last load (file, when, who); what is late."""
    st.subheader(tr("program.sources.title"))
    datasets = data.query("program_datasets", partner_opd=page.partner_opd, **page.params())
    if datasets.empty:
        st.info(tr("common.no_data"))
    else:
        datasets["label"] = [tr(f"dataset.{name}") + f" ({name})" for name in datasets["dataset"]]
        datasets["baris"] = [tr("program.sources.rows", demo=format_cell(demo, "int"), real=format_cell(real, "int"))
                             for demo, real in zip(datasets["baris_contoh"], datasets["baris_nyata"])]
        loads = zip(datasets["file_name"], datasets["dimuat_pada"], datasets["oleh"])
        datasets["muat"] = [" · ".join(part for part in (format_cell(file, "text"), format_cell(moment, "day"),
                                                         format_cell(by, "text")) if part)
                            for file, moment, by in loads]
        columns = {"label": ("text", tr("program.col.dataset"))}
        if page.partner_opd is None:
            columns["baris"] = ("text", tr("program.col.rows"))
        columns |= {"periode_terakhir": ("period", tr("program.col.last_period")),
                    "muat": ("text", tr("program.col.last_load"))}
        table(datasets, columns)
        if page.partner_opd is not None:
            st.caption(tr("program.sources.partner_rows"))
        if datasets["is_demo"].fillna(False).any():
            st.caption(tr("program.sources.demo"))
    _overdue(page)
    with st.expander(tr("program.sources.loads")):
        loads = data.query("program_loads", partner_opd=page.partner_opd, **page.params())
        columns = {"dataset": ("text", tr("program.col.dataset")), "file_name": ("text", tr("program.col.file")),
                   "finished_at": ("moment", tr("program.col.loaded_at")),
                   "uploaded_by": ("text", tr("program.col.by")), "channel": ("text", tr("program.col.channel")),
                   "status": ("text", tr("program.col.status"))}
        if page.partner_opd is None:
            columns |= {"rows_in": ("int", tr("program.col.rows_in")), "accepted": ("int", tr("program.col.accepted")),
                        "quarantined": ("int", tr("program.col.quarantined"))}
        table(loads, columns)


def _overdue(page: ProgramPage) -> None:
    freshness = data.query("program_freshness", **page.params())
    late = freshness[freshness["status"] != "tepat_waktu"]
    if late.empty:
        st.success(tr("program.sources.all_on_time"), icon=":material/check_circle:")
        return
    lines = [tr("program.sources.late_line" if row["status"] == "terlambat" else "program.sources.never_line",
                code=row["kode"], name=label_of(row), last=format_cell(row["periode_terakhir"], "period"),
                expected=format_cell(row["periode_diharapkan"], "period"),
                days=format_cell(row["hari_terlambat"], "int"))
             for row in late.to_dict("records")]
    st.warning(tr("program.sources.late_title") + "\n\n" + "\n".join(f"- {line}" for line in lines),
               icon=":material/schedule:")


# --- downloads ---------------------------------------------------------------------------

def downloads_section(page: ProgramPage, tables: dict[str, pd.DataFrame], indicators: pd.DataFrame) -> None:
    """The page's data as XLSX (with a metadata sheet) and CSV, and the upload templates of its datasets."""
    st.subheader(tr("program.downloads.title"))
    components.downloads(f"{page.program}-{page.period}", tables, metadata_frame(page, indicators),
                         key=f"{page.program}_downloads")
    st.markdown("**" + tr("program.downloads.templates") + "**")
    names = _templates_offered(page)
    columns = st.columns(max(len(names), 1))
    for column, name in zip(columns, names):
        column.download_button(
            tr(f"dataset.{name}"), _template(name, str(data.snapshot().path)), file_name=f"templat-{name}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key=f"{page.program}_template_{name}", icon=":material/table_view:", on_click="ignore",
        )
    st.caption(tr("program.downloads.template_note"))


def _templates_offered(page: ProgramPage) -> list[str]:
    """The programme's datasets; an ``opd`` viewer gets only those its OPD may send (a partner
    OPD of Serang Tatu sends its figures as ``indikator`` rows)."""
    names = datasets_of_program(page.program)
    if page.viewer.role != "opd":
        return names
    allowed = datasets_for(page.viewer.opd)
    own = [name for name in names if name in {dataset.name for dataset in allowed}]
    return own or [dataset.name for dataset in allowed if indicator_keyed(dataset)]


@st.cache_data(max_entries=64, show_spinner=False)
def _template(name: str, snapshot_path: str) -> bytes:
    """The ingest template (its drop-downs list the snapshot's codes, hence the snapshot key)."""
    return template_bytes(name)


def metadata_frame(page: ProgramPage, indicators: pd.DataFrame) -> pd.DataFrame:
    """What the downloaded numbers are: the programme, month, snapshot, and each indicator's definition."""
    snapshot = data.snapshot()
    rows = [
        (tr("program.meta.program"), page.name, ""),
        (tr("program.meta.period"), page.month_name, page.period),
        (tr("program.meta.snapshot"), str(snapshot.version), formatting.moment(snapshot.published_at, lang())),
        (tr("program.meta.demo"), tr("common.demo_note"), ""),
    ]
    for row in indicators.to_dict("records"):
        rows.append((row["kode"], label_of(row), f"{label_of(row, 'definition')} [{row['unit']}]"))
    return pd.DataFrame(rows, columns=[tr("program.meta.field"), tr("program.meta.value"), tr("program.meta.detail")])
