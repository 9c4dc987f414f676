"""Charts and offline maps: Plotly with id-ID separators, readable on a tablet, no base tiles needed."""

from __future__ import annotations

import json
import math

import pandas as pd
import plotly.graph_objects as go
import shapely
import shapely.geometry
import streamlit as st

from pipelines import formatting
from views import data
from views.session import lang

# Plotly's `separators` is "<decimal><thousands>": ",." renders 1.234.567,8 for Indonesian.
SEPARATORS = {"id": ",.", "en": ".,"}
CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
          "responsive": True}


def style(figure: go.Figure, height: int = 320, legend: bool = True) -> go.Figure:
    """Apply the house layout; call on every figure before ``st.plotly_chart``."""
    figure.update_layout(
        separators=SEPARATORS[lang()],
        height=height,
        margin={"l": 8, "r": 8, "t": 32, "b": 8},
        font={"family": "Source Sans Pro, sans-serif", "size": 13},
        hovermode="x unified",
        showlegend=legend,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        plot_bgcolor="white",
    )
    figure.update_xaxes(showgrid=False)
    figure.update_yaxes(gridcolor="#eaeef2", rangemode="tozero")
    return figure


# --- maps: Plotly MapLibre traces on the built-in "white-bg" style ------------------------
# No tiles, fonts or topojson are fetched, so these maps render offline and print well.
# (Plotly's geo traces fetch a world topojson from a CDN and stay blank offline.)

def boundaries(level: str = "kecamatan", kecamatan: str | None = None) -> dict:
    """A GeoJSON FeatureCollection of kecamatan (or one kecamatan's desa) with `kode` and `nama`."""
    frame = data.query("boundaries", level=level, kecamatan=kecamatan)
    return _feature_collection(tuple(frame["kode"]), tuple(frame["nama"]), tuple(frame["geojson"]))


@st.cache_data(max_entries=64, show_spinner=False)
def _feature_collection(codes: tuple, names: tuple, shapes: tuple) -> dict:
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kode": code, "nama": name}, "geometry": json.loads(shape)}
        for code, name, shape in zip(codes, names, shapes)
    ]}


def _frame_map(figure: go.Figure, shapes: dict, height: int, width: int = 640) -> go.Figure:
    """Centre and zoom on the shapes for a map about ``width`` px wide (Web Mercator: 512 px at zoom 0)."""
    minx, miny, maxx, maxy = shapely.GeometryCollection(
        [shapely.geometry.shape(feature["geometry"]) for feature in shapes["features"]]).bounds
    span = max(maxx - minx, (maxy - miny) * 1.4, 0.01) * 1.1
    zoom = math.log2(360 / span * width / 512)
    style(figure, height=height)
    figure.update_layout(map={"style": "white-bg", "center": {"lon": (minx + maxx) / 2, "lat": (miny + maxy) / 2},
                              "zoom": zoom}, margin={"l": 0, "r": 0, "t": 0, "b": 0}, hovermode="closest")
    return figure


def _outline(shapes: dict, fill: str = "#f6f8fa", line: str = "#afb8c1") -> go.Choroplethmap:
    codes = [feature["properties"]["kode"] for feature in shapes["features"]]
    return go.Choroplethmap(
        geojson=shapes, locations=codes, featureidkey="properties.kode", z=[0] * len(codes),
        colorscale=[[0, fill], [1, fill]], showscale=False, marker_line_color=line, marker_line_width=0.8,
        customdata=[[feature["properties"]["nama"]] for feature in shapes["features"]],
        hovertemplate="%{customdata[0]}<extra></extra>",
    )


def region_choropleth(values: pd.DataFrame, unit: str, level: str = "kecamatan", kecamatan: str | None = None,
                      colorscale: str = "YlGnBu", reverse: bool = False, height: int = 460,
                      width: int = 640) -> go.Figure:
    """Regions coloured by ``values`` (columns ``kode``, ``nilai``); regions without a value stay grey.

    Hover shows the region name and the value formatted id-ID with its unit.
    """
    shapes = boundaries(level, kecamatan)
    names = {feature["properties"]["kode"]: feature["properties"]["nama"] for feature in shapes["features"]}
    present = values[values["kode"].isin(names)].dropna(subset=["nilai"]).copy()
    present["nama"] = present["kode"].map(names)
    present["label"] = present["nilai"].map(lambda value: formatting.with_unit(value, unit, lang()))
    figure = go.Figure(_outline(shapes, fill="#eef1f4", line="white"))
    figure.add_trace(go.Choroplethmap(
        geojson=shapes, locations=present["kode"], featureidkey="properties.kode", z=present["nilai"],
        colorscale=colorscale, reversescale=reverse, marker_line_color="white", marker_line_width=0.8,
        customdata=present[["nama", "label"]].to_numpy(),
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>",
        colorbar={"title": {"text": unit}, "thickness": 12, "len": 0.7, "tickformat": ",~f"},
    ))
    return _frame_map(figure, shapes, height, width)


def points_map(points: pd.DataFrame, color: str, labels: dict[str, str] | None = None,
               colors: dict[str, str] | None = None, height: int = 460) -> go.Figure:
    """Points (``lintang``, ``bujur``, ``nama`` and a ``color`` column) over kecamatan outlines, a trace per category."""
    shapes = boundaries("kecamatan")
    figure = go.Figure(_outline(shapes))
    for category, group in points.groupby(color, sort=False):
        figure.add_trace(go.Scattermap(
            lon=group["bujur"], lat=group["lintang"], mode="markers",
            name=(labels or {}).get(category, str(category)),
            marker={"size": 10, "color": (colors or {}).get(category)},
            text=group["nama"], hovertemplate="%{text}<extra></extra>",
        ))
    return _frame_map(figure, shapes, height)


def ranked_bars(frame: pd.DataFrame, label: str, value: str, unit: str, top: int | None = None,
                highlight: set[str] | None = None, height: int | None = None) -> go.Figure:
    """Horizontal bars, largest first; ``highlight`` labels are drawn in the accent colour."""
    ordered = frame.sort_values(value, ascending=False)
    if top:
        ordered = ordered.head(top)
    ordered = ordered.iloc[::-1]
    colours = ["#0B6E4F" if highlight and name in highlight else "#8fb8a8" for name in ordered[label]]
    figure = go.Figure(go.Bar(
        x=ordered[value], y=ordered[label], orientation="h", marker_color=colours,
        text=[formatting.with_unit(v, unit, lang()) for v in ordered[value]], textposition="auto",
        hovertemplate="%{y}: %{text}<extra></extra>",
    ))
    style(figure, height=height or max(240, 22 * len(ordered) + 60), legend=False)
    figure.update_layout(hovermode="closest")
    return figure


# --- leadership pages (issue 4): actual against target over time ---

HIGHLIGHT_LINE = "#1f2328"
ACTUAL_COLOR = "#0B6E4F"
TARGET_COLOR = "#1f2328"
LOCAL_COLOR = "#0969da"


def actual_vs_target(series: pd.DataFrame, unit: str, names: dict[str, str], height: int = 260) -> go.Figure:
    """Bars of the actual values over time with a target tick on each period, and optionally a line.

    ``series`` has ``periode``, ``periode_mulai`` (date), ``nilai``, ``target`` and ``seri``
    (``kabupaten`` for the bars, anything else for a line, e.g. one kecamatan); ``names`` labels
    the series and the target in the legend. Axis ticks and hovers use the formatter, because
    Plotly's own date labels are English.
    """
    language = lang()
    main = series[series["seri"] == "kabupaten"]

    def hover(frame: pd.DataFrame, column: str) -> list[list[str]]:
        return [[formatting.period(code, language), formatting.with_unit(value, unit, language)]
                for code, value in zip(frame["periode"], frame[column])]

    template = "%{customdata[0]}: %{customdata[1]}<extra>%{fullData.name}</extra>"
    figure = go.Figure(go.Bar(
        x=main["periode_mulai"], y=main["nilai"], name=names["kabupaten"], marker_color=ACTUAL_COLOR,
        customdata=hover(main, "nilai"), hovertemplate=template,
    ))
    targets = main.dropna(subset=["target"])
    if not targets.empty:
        tick = max(6, min(26, 480 // max(len(main), 1)))
        figure.add_trace(go.Scatter(
            x=targets["periode_mulai"], y=targets["target"], mode="markers", name=names["target"],
            marker={"symbol": "line-ew", "size": tick, "line": {"width": 3, "color": TARGET_COLOR}},
            customdata=hover(targets, "target"), hovertemplate=template,
        ))
    for name, local in series[series["seri"] != "kabupaten"].groupby("seri", sort=False):
        figure.add_trace(go.Scatter(
            x=local["periode_mulai"], y=local["nilai"], mode="lines+markers", name=names.get(name, name),
            line={"color": LOCAL_COLOR, "width": 2}, marker={"size": 5},
            customdata=hover(local, "nilai"), hovertemplate=template,
        ))
    style(figure, height=height)
    # One tick per year, at its first period, labelled with the year: short, and never English.
    starts = pd.to_datetime(main["periode_mulai"])
    ticks = starts[starts.dt.month == 1]
    figure.update_layout(bargap=0.25, hovermode="closest", margin={"l": 8, "r": 8, "t": 28, "b": 8})
    figure.update_xaxes(tickmode="array", tickvals=list(ticks), ticktext=[str(day.year) for day in ticks])
    # ",~f": full numbers grouped with the layout's id-ID separators (Plotly's default "12k" is English).
    figure.update_yaxes(title={"text": unit, "font": {"size": 12}}, tickformat=",~f")
    return figure


# --- programme pages (issue 5) -------------------------------------------------------------

def outline_regions(figure: go.Figure, codes: set[str], level: str = "kecamatan", kecamatan: str | None = None,
                    color: str = "#cf222e", width: float = 3.0) -> go.Figure:
    """Draw a thick outline around some regions of a map (e.g. the minapolitan kecamatan); fill stays as is."""
    shapes = boundaries(level, kecamatan)
    chosen = [feature for feature in shapes["features"] if feature["properties"]["kode"] in codes]
    if chosen:
        figure.add_trace(go.Choroplethmap(
            geojson={"type": "FeatureCollection", "features": chosen},
            locations=[feature["properties"]["kode"] for feature in chosen], featureidkey="properties.kode",
            z=[0] * len(chosen), colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]], showscale=False,
            marker_line_color=color, marker_line_width=width, hoverinfo="skip",
        ))
    return figure
