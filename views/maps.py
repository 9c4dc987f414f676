"""Leaflet maps through folium: the one place that builds them and escapes data text for them.

Guarantees:
- Every text that comes from data (names, desa, kecamatan, details, indicator names and
  values) is HTML-escaped here, by ``escape``, before it enters a popup, tooltip, legend or
  list. Scripts receive it as JSON with ``<``, ``>``, ``&`` and ``'`` escaped as well.
- Points without coordinates or outside Kabupaten Serang (outside the kecamatan polygons
  plus ``REGION_MARGIN_DEG`` for GPS error on the coast) never reach a map or a list.
- GeoJSON properties are made JSON-safe (timestamps and dates become text), so a timestamp
  column never breaks a layer.
- No CDN: Leaflet and Leaflet.markercluster come from the installed XStatic packages (see
  ``asset_links``), and ``build_map`` refuses an element that would load a script or
  stylesheet from anywhere else. Only base tiles may come from the internet, and they are a
  setting (``settings.map_tiles``; ``none`` draws boundaries on a plain background).
- Many points travel as one compact JSON array (repeated text in lookup tables, a short row
  per point) and are clustered in the browser: 20,000 points cost about 1.6 MB of WebSocket
  frames and show in seconds, where one folium marker per point costs 7.5 MB (with only a
  tooltip; a popup each costs twice that) and takes over a minute (``make bench``, map section).
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import branca
import folium
import numpy as np
import pandas as pd
import shapely
import shapely.geometry
import streamlit as st
import streamlit.components.v1 as components
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster
from folium.elements import JSCSSMixin
from folium.template import Template

from pipelines import formatting
from pipelines.i18n import t
from pipelines.settings import MapTiles
from views import data

REGION_MARGIN_DEG = 0.0025  # ≈ 280 m: GPS error and simplified coastlines, not the next regency
COORD_DECIMALS = 5  # ≈ 1 m; more digits only cost bytes
FIT_PADDING_PX = 16  # points on the regency's edge stay clear of the map's edge
_SIMPLIFY_DEG = {"kecamatan": 0.0004, "desa": 0.0002}  # ≈ 45 m / 22 m: invisible below zoom 15
_SLIVER_DEG2 = 2e-6  # ≈ 0.025 km²


def escape(value: object) -> str:
    """Text from data, safe inside HTML text and attribute values. ``None``/NaN → empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def script_json(value: object) -> str:
    """JSON for a ``<script>``: nothing in it can close the tag or start markup."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def json_safe(value: object) -> object:
    """A property value ``json.dumps`` accepts: dates and timestamps become ISO text, NaN None."""
    if isinstance(value, (pd.Timestamp, datetime, date)):
        return None if pd.isna(value) else value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(item) for item in value]
    return value


# --- local Leaflet assets ------------------------------------------------------------------
# streamlit-folium's frontend bundles no Leaflet: its iframe loads the URLs folium lists in
# each element's ``default_js``/``default_css`` (CDNs by default, so offline the map stays
# blank). Streamlit serves the folder of every declared component at
# ``<base>/component/<name>/<file>`` with the right content type and public caching. Declaring
# the XStatic data folders as (never rendered) components serves Leaflet straight from the
# installed packages: nothing copied into the repository, no generated folder to keep in
# sync, no server option. The links are relative to st_folium's own iframe
# (``<base>/component/streamlit_folium.st_folium/index.html``), so they also work under
# ``server.baseUrlPath`` and inside the regency website's iframe. (``server.enableStaticServing``
# would need copies under ``<app dir>/static/``, since it refuses symlinks out of it; inlining
# the 200 kB of Leaflet into ``components.html`` would resend them on every rerun.)
_ASSET_FOLDERS = {"leaflet_assets": xstatic.pkg.leaflet.BASE_DIR,
                  "markercluster_assets": xstatic.pkg.leaflet_markercluster.BASE_DIR}


def _asset(folder: str, file: str) -> str:
    return f"../{__name__}.{folder}/{file}"


LEAFLET_JS = [("leaflet", _asset("leaflet_assets", "leaflet.js"))]
LEAFLET_CSS = [("leaflet_css", _asset("leaflet_assets", "leaflet.css"))]
CLUSTER_JS = [("markercluster", _asset("markercluster_assets", "leaflet.markercluster.js"))]
CLUSTER_CSS = [("markercluster_css", _asset("markercluster_assets", "MarkerCluster.css")),
               ("markercluster_default_css", _asset("markercluster_assets", "MarkerCluster.Default.css"))]


def register_assets() -> None:
    """Make Streamlit serve the XStatic folders (needs a script run; idempotent)."""
    for name, folder in _ASSET_FOLDERS.items():
        components.declare_component(name, path=folder)


def asset_links(folium_map: folium.Map) -> list[str]:
    """Every script and stylesheet URL the map's elements ask for."""
    links = []
    for element in _walk(folium_map):
        if isinstance(element, branca.colormap.ColorMap):
            links.append("https://d3js.org/d3.v4.min.js")  # what st_folium adds for a colormap
        links += [url for _, url in getattr(element, "default_js", []) + getattr(element, "default_css", [])]
    return links


def _walk(element):
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


# --- what a map shows ------------------------------------------------------------------------

@dataclass(frozen=True)
class Kind:
    """One kind of point (a desa wisata category, a waste point type) as the legend shows it."""

    key: str
    label: str
    color: str  # from code, never from data
    shape: str = "circle"  # "circle" or "square": two families stay apart without colour
    group: str = ""  # legend heading, e.g. "Desa wisata"
    short: str = ""  # legend entry under its heading; the label when empty


@dataclass(frozen=True)
class Detail:
    """A public column shown in the popup. ``kind``: text, number (with unit), year, yes_no, day."""

    column: str
    label: str
    kind: str = "text"
    unit: str = ""


@dataclass(frozen=True)
class Boundaries:
    features: dict  # FeatureCollection with properties kode, nama
    label: str  # legend text
    weight: float
    color: str = "#57606a"
    fill: str | None = None  # a land colour when there are no base tiles


@dataclass(frozen=True)
class Choropleth:
    features: dict  # kecamatan FeatureCollection
    values: dict[str, float]  # kode → value
    unit: str
    title: str  # indicator name (from the catalog: escaped here)
    colors: tuple[str, ...] = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")


@dataclass(frozen=True)
class MapSpec:
    points: pd.DataFrame  # nama, nama_desa, nama_kecamatan, kind, lintang, bujur, is_demo, details…
    kinds: Sequence[Kind]
    details: Sequence[Detail]
    region: shapely.Geometry
    bounds: tuple[float, float, float, float]  # minx, miny, maxx, maxy of the opening view
    tiles: MapTiles
    lang: str = "id"
    boundaries: Sequence[Boundaries] = field(default_factory=tuple)
    choropleth: Choropleth | None = None


def inside_region(points: pd.DataFrame, region: shapely.Geometry) -> pd.DataFrame:
    """Only rows with coordinates in Kabupaten Serang (``region``, plus the margin)."""
    lat = pd.to_numeric(points["lintang"], errors="coerce").to_numpy(dtype=float)
    lng = pd.to_numeric(points["bujur"], errors="coerce").to_numpy(dtype=float)
    known = np.isfinite(lat) & np.isfinite(lng)
    keep = np.zeros(len(points), dtype=bool)
    if known.any():
        shapely.prepare(region)
        keep[known] = shapely.dwithin(region, shapely.points(lng[known], lat[known]), REGION_MARGIN_DEG)
    return points[keep]


def format_detail(value: object, detail: Detail, lang: str) -> str:
    """A detail value as (unescaped) text in the reader's formats; empty when missing."""
    if value is None or (not isinstance(value, (str, bool)) and pd.isna(value)):
        return ""
    if detail.kind == "yes_no":
        yes = value if isinstance(value, (bool, np.bool_)) else str(value).strip().lower() in ("ya", "true", "1")
        return t("map.yes" if yes else "map.no", lang)
    if detail.kind == "number":
        return formatting.with_unit(float(value), detail.unit, lang)
    if detail.kind == "year":
        return str(int(value))
    if detail.kind == "day" or isinstance(value, (pd.Timestamp, datetime, date)):
        return formatting.day(pd.Timestamp(value).to_pydatetime(), lang)
    return str(value)


def point_payload(points: pd.DataFrame, kinds: Sequence[Kind], details: Sequence[Detail], lang: str) -> dict:
    """The compact, escaped data the browser clusters: lookup tables and one short row per point.

    Row: ``[lat, lng, kind, name, place, is_demo, detail_0, detail_1, …]`` where ``kind``,
    ``place`` and ``detail_i`` index lookup tables (-1: no value; trailing -1s are dropped).
    """
    kind_index = {kind.key: number for number, kind in enumerate(kinds)}
    points = points[points["kind"].isin(kind_index)]
    pairs = zip(points["nama_desa"].to_numpy(dtype=object), points["nama_kecamatan"].to_numpy(dtype=object))
    place_codes, places = pd.factorize(pd.Series(list(pairs), dtype=object))
    columns = [points["lintang"].astype(float).round(COORD_DECIMALS).tolist(),
               points["bujur"].astype(float).round(COORD_DECIMALS).tolist(),
               points["kind"].map(kind_index).tolist(),
               [escape(name) for name in points["nama"].to_numpy(dtype=object)],  # numpy: arrow iterates slowly
               place_codes.tolist(),
               points["is_demo"].fillna(False).astype(int).tolist()]
    fields = []
    for detail in details:
        # Format each distinct value once (20,000 points share a few hundred capacities and schedules).
        column = points[detail.column].to_numpy(dtype=object) if detail.column in points else [None] * len(points)
        raw_codes, uniques = pd.factorize(pd.Series(column, dtype=object))  # missing → -1
        texts = pd.Series([escape(format_detail(value, detail, lang)) for value in uniques], dtype=object)
        text_codes, values = pd.factorize(texts.replace("", None))
        columns.append(np.append(text_codes, -1)[raw_codes].tolist())  # raw -1 picks the appended -1
        fields.append({"label": escape(detail.label), "values": list(values)})
    rows = []
    for row in zip(*columns):
        row = list(row)
        while len(row) > 6 and row[-1] == -1:
            row.pop()
        rows.append(row)
    return {
        "kinds": [{"label": escape(kind.label), "color": kind.color, "shape": kind.shape} for kind in kinds],
        "places": [t("map.place", lang, desa=escape(desa), kecamatan=escape(kecamatan)) for desa, kecamatan in places],
        "fields": fields, "demo": escape(t("common.demo_label", lang)),
        "rows": rows,
    }


class PointCluster(JSCSSMixin, folium.map.Layer):
    """Points clustered in the browser from one compact array (``point_payload``).

    Like folium's FastMarkerCluster (one JS loop, no Python object per point), plus one popup
    for the layer, filled on click from the pre-escaped lookup tables, and a bulk ``addLayers``.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var M = {{ this.payload }};
            var icons = M.kinds.map(function (k) {
                return L.divIcon({className: 'serang-pin serang-' + k.shape, iconSize: [16, 16],
                                  html: '<span style="background:' + k.color + '"></span>'});
            });
            function popup(row) {
                var html = '<div class="serang-popup"><strong>' + row[3] + '</strong>'
                    + '<div>' + M.kinds[row[2]].label + '</div><div>' + M.places[row[4]] + '</div>';
                for (var j = 0; j < M.fields.length; j++) {
                    var v = row[6 + j];
                    if (v !== undefined && v >= 0) {
                        html += '<div>' + M.fields[j].label + ': ' + M.fields[j].values[v] + '</div>';
                    }
                }
                if (row[5]) { html += '<div class="serang-demo">' + M.demo + '</div>'; }
                return html + '</div>';
            }
            var map = {{ this._parent.get_name() }};
            var cluster = L.markerClusterGroup({{ this.options|tojavascript }});
            // One popup for the layer, filled on click (or Enter on a focused marker): no popup object per point.
            cluster.on('click', function (event) {
                L.popup({maxWidth: 260, autoPanPadding: [16, 16], offset: [0, -4]})
                    .setLatLng(event.layer.getLatLng()).setContent(popup(event.layer.row)).openOn(map);
            });
            // On the map first: addLayers() on a detached group checks each marker against all
            // queued ones (quadratic: ~0.6 s for 20,000); attached, it clusters in 200 ms chunks.
            cluster.addTo(map);
            cluster.addLayers(M.rows.map(function (row) {
                var marker = L.marker([row[0], row[1]], {icon: icons[row[2]]});
                marker.row = row;
                return marker;
            }));
            return cluster;
        })();
        {% endmacro %}
    """)

    def __init__(self, payload: dict):
        super().__init__(name="points", overlay=True, control=False)
        self._name = "PointCluster"
        self.payload = script_json(payload)
        self.options = {"chunked_loading": True, "show_coverage_on_hover": False, "max_cluster_radius": 50,
                        "spiderfy_on_max_zoom": True}
        self.default_js = CLUSTER_JS
        self.default_css = CLUSTER_CSS


class _Control(folium.MacroElement):
    """A small Leaflet control whose HTML is built here (escaped) and sent as JSON."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var control = L.control({position: {{ this.position|tojson }}});
            control.onAdd = function () {
                var div = L.DomUtil.create('div', {{ this.css_class|tojson }});
                div.innerHTML = {{ this.html }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                var reset = div.querySelector('button[data-reset]'), fit = {{ this.fit|tojson }};
                if (reset && fit) {
                    reset.addEventListener('click', function () {
                        map.closePopup();
                        map.fitBounds(fit.bounds, {padding: fit.padding});
                    });
                }
                var details = div.querySelector('details');
                // Folded where it would cover the regency's west coast (phones, and the map column of a
                // laptop page); one tap on «Legenda» opens it.
                if (details && map.getSize().x < 900) { details.open = false; }
                return div;
            };
            control.addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, html_text: str, position: str, css_class: str, reset_to: list | None = None):
        super().__init__()
        self._name = "Control"
        self.html = script_json(html_text)
        self.position = position
        self.css_class = css_class
        self.fit = {"bounds": reset_to, "padding": [FIT_PADDING_PX, FIT_PADDING_PX]} if reset_to else None


# Point symbols, shared by the map and the list beside it.
_PIN_CSS = (".serang-pin span{display:block;width:10px;height:10px;margin:1px;border:2px solid #fff;"
            "box-shadow:0 0 0 1px rgba(0,0,0,.5);box-sizing:content-box}"
            ".serang-circle span{border-radius:50%}.serang-square span{border-radius:1px}")
_NO_TILES_CSS = "<style>.leaflet-container { background: #dbe7ef; }</style>"  # sea; land is filled
_CSS = """
<style>
html .leaflet-container { font: 13px/1.4 "Source Sans Pro", sans-serif; }  /* over folium's 1rem */
.serang-popup strong { font-size: 15px; }
.serang-popup div { margin-top: 2px; }
.serang-demo { color: #9a6700; font-style: italic; }
.serang-legend { background: #fff; padding: 6px 8px; border-radius: 4px; max-width: 200px; font-size: 12px;
                 box-shadow: 0 1px 4px rgba(0,0,0,.3); max-height: 60vh; overflow: auto; }
.serang-legend summary { cursor: pointer; font-weight: 600; }
.serang-legend .serang-group { font-weight: 600; margin-top: 4px; }
.serang-legend ul { list-style: none; margin: 4px 0 0; padding: 0; }
.serang-legend li { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.serang-legend .serang-pin { width: 16px; height: 16px; flex: none; }
.serang-legend .serang-pin span { width: 8px; height: 8px; margin: 2px; }
.serang-swatch { width: 14px; height: 10px; flex: none; border: 1px solid #8c959f; }
.serang-line { width: 14px; flex: none; border-top: 2px solid #57606a; }
.serang-reset button { background: #fff; border: 0; padding: 4px 8px; font: 13px/1.4 sans-serif; color: #24292f;
                       cursor: pointer; min-height: 30px; }
.serang-reset button:hover, .serang-reset button:focus { background: #f4f4f4; }
</style>
""" + f"<style>{_PIN_CSS}</style>"


def build_map(spec: MapSpec) -> folium.Map:
    """The public map: boundaries, an optional choropleth, clustered points, legend and a reset button."""
    lang = spec.lang
    minx, miny, maxx, maxy = spec.bounds
    bounds = [[miny, minx], [maxy, maxx]]
    rminx, rminy, rmaxx, rmaxy = spec.region.bounds
    # zoom_snap 0.25: a 360 px phone gets the whole regency at zoom 9.5 instead of a small zoom 9.
    folium_map = folium.Map(location=None, tiles=None, control_scale=True, min_zoom=9, max_zoom=19, zoom_snap=0.25,
                            max_bounds=True, min_lat=rminy - 0.5, max_lat=rmaxy + 0.5,
                            min_lon=rminx - 0.5, max_lon=rmaxx + 0.5)
    folium_map.default_js, folium_map.default_css = LEAFLET_JS, LEAFLET_CSS  # not jQuery/Bootstrap from CDNs
    # folium gives the zoom limits to its tile layer only; with no tiles the map itself needs them
    # (MarkerCluster throws "Map has no maxZoom specified" and the map stays blank).
    folium_map.options.update(min_zoom=9, max_zoom=19)
    folium_map.get_root().header.add_child(branca.element.Element(_CSS), name="serang_css")
    # First child, so the view is set before any layer draws (clusters are built once, at this zoom).
    folium_map.fit_bounds(bounds, padding=(FIT_PADDING_PX, FIT_PADDING_PX))
    if spec.tiles.url:
        folium.TileLayer(spec.tiles.url, attr=escape(spec.tiles.attribution) or " ", max_zoom=19,
                         name="tiles").add_to(folium_map)
    else:
        folium_map.get_root().header.add_child(branca.element.Element(_NO_TILES_CSS), name="serang_no_tiles")

    legend: list[str] = []
    if spec.choropleth is not None:
        legend += _add_choropleth(folium_map, spec.choropleth, bool(spec.tiles.url), lang)
    for layer in spec.boundaries:
        _add_boundaries(folium_map, layer)
        legend.append(f'<li><span class="serang-line" style="border-top:{layer.weight:g}px solid {layer.color}">'
                      f'</span>{escape(layer.label)}</li>')

    points = inside_region(spec.points, spec.region)
    if len(points):
        PointCluster(point_payload(points, spec.kinds, spec.details, lang)).add_to(folium_map)
        shown = set(points["kind"])
        legend = _kind_legend([kind for kind in spec.kinds if kind.key in shown]) + legend

    if legend:
        _Control(f'<details open><summary>{escape(t("map.legend", lang))}</summary><ul>{"".join(legend)}</ul>'
                 '</details>', "bottomleft", "serang-legend").add_to(folium_map)
    label = escape(t("map.reset_view", lang))
    _Control(f'<button type="button" data-reset title="{label}" aria-label="{label}">⟲ {label}</button>',
             "topleft", "serang-reset leaflet-bar", reset_to=bounds).add_to(folium_map)

    foreign = [link for link in asset_links(folium_map) if not link.startswith("../")]
    if foreign:
        raise RuntimeError(f"map element loads assets from outside the app: {foreign}")
    return folium_map


def _kind_legend(kinds: Sequence[Kind]) -> list[str]:
    rows, group = [], None
    for kind in kinds:
        if kind.group and kind.group != group:
            rows.append(f'<li class="serang-group">{escape(kind.group)}</li>')
            group = kind.group
        rows.append(f'<li><span class="serang-pin serang-{kind.shape}"><span style="background:{kind.color}">'
                    f'</span></span>{escape(kind.short or kind.label)}</li>')
    return rows


def _add_boundaries(folium_map: folium.Map, layer: Boundaries) -> None:
    features = {"type": "FeatureCollection", "features": [
        {**feature, "properties": {**json_safe(feature["properties"]),
                                   "tooltip": escape(feature["properties"].get("nama"))}}
        for feature in layer.features["features"]]}
    style = {"color": layer.color, "weight": layer.weight, "fillColor": layer.fill or layer.color,
             "fillOpacity": 1 if layer.fill else 0}
    folium.GeoJson(features, style_function=lambda _: style, highlight_function=None, smooth_factor=1,
                   tooltip=folium.GeoJsonTooltip(["tooltip"], labels=False, sticky=False)).add_to(folium_map)


def choropleth_classes(values: Sequence[float], colors: Sequence[str]) -> list[tuple[float, float, str]]:
    """Quantile classes ``(low, high, colour)``, at most ``len(colors)``; equal values → one class."""
    finite = sorted(v for v in values if v is not None and math.isfinite(v))
    if not finite:
        return []
    edges = sorted(set(np.quantile(finite, np.linspace(0, 1, len(colors) + 1)).tolist()))
    if len(edges) == 1:
        return [(edges[0], edges[0], colors[len(colors) // 2])]
    picks = np.linspace(0, len(colors) - 1, len(edges) - 1).round().astype(int)
    return [(low, high, colors[pick]) for low, high, pick in zip(edges, edges[1:], picks)]


def _class_color(value: float | None, classes: list[tuple[float, float, str]]) -> str | None:
    if value is None or not math.isfinite(value):
        return None
    for low, high, color in classes:
        if value <= high:
            return color
    return classes[-1][2]


def _add_choropleth(folium_map: folium.Map, layer: Choropleth, tiles: bool, lang: str) -> list[str]:
    classes = choropleth_classes(list(layer.values.values()), layer.colors)
    no_value = escape(t("map.no_value", lang))
    features = []
    for feature in layer.features["features"]:
        code = feature["properties"]["kode"]
        value = layer.values.get(code)
        label = escape(formatting.with_unit(value, layer.unit, lang)) if value is not None else no_value
        features.append({**feature, "properties": {
            **json_safe(feature["properties"]), "fill": _class_color(value, classes) or "#eef1f4",
            "tooltip": f"<strong>{escape(feature['properties'].get('nama'))}</strong><br>{label}"}})
    opacity = 0.75 if tiles else 1
    folium.GeoJson({"type": "FeatureCollection", "features": features},
                   style_function=lambda feature: {"fillColor": feature["properties"]["fill"], "fillOpacity": opacity,
                                                   "color": "#ffffff", "weight": 1},
                   tooltip=folium.GeoJsonTooltip(["tooltip"], labels=False, sticky=False)).add_to(folium_map)
    # Symbols (%, Rp) stay on every number; a word unit goes once, into the heading.
    symbol = layer.unit.strip() in ("%", "Rp") or not layer.unit.strip()
    title = layer.title if symbol else f"{layer.title} ({layer.unit})"
    unit = layer.unit if symbol else ""
    rows = [f'<li><span class="serang-swatch" style="background:{color}"></span>'
            f'{escape(formatting.with_unit(low, unit, lang))} – {escape(formatting.with_unit(high, unit, lang))}</li>'
            for low, high, color in classes]
    rows.append(f'<li><span class="serang-swatch" style="background:#eef1f4"></span>{no_value}</li>')
    return [f'<li><strong>{escape(title)}</strong></li>', *rows]


# --- the list beside the map (screen readers, small phones) ---------------------------------

def list_html(points: pd.DataFrame, kinds: Sequence[Kind], lang: str, limit: int) -> str:
    """An ordered list of the first ``limit`` points: name, kind, desa and kecamatan, all escaped."""
    by_key = {kind.key: kind for kind in kinds}
    demo = escape(t("common.demo_label", lang))
    items = []
    for row in points.head(limit).itertuples(index=False):
        kind = by_key[row.kind]
        place = t("map.place", lang, desa=escape(row.nama_desa), kecamatan=escape(row.nama_kecamatan))
        note = f' · <em>{demo}</em>' if row.is_demo else ""
        items.append(f'<li><span class="serang-pin serang-{kind.shape}" aria-hidden="true"><span style="background:'
                     f'{kind.color}"></span></span><div><strong>{escape(row.nama)}</strong><br>'
                     f'{escape(kind.label)} · {place}{note}</div></li>')
    return ('<style>.serang-list{list-style:none;margin:0;padding:0}.serang-list li{display:flex;gap:8px;'
            'padding:6px 0;border-bottom:1px solid #eaeef2;line-height:1.35}.serang-list .serang-pin{flex:none;'
            f'margin-top:3px}}{_PIN_CSS}</style><ol class="serang-list">{"".join(items)}</ol>')


# --- geometry from the snapshot ------------------------------------------------------------------

def boundaries(level: str, kecamatan: str | None = None) -> dict:
    """Kecamatan (or desa, optionally of one kecamatan) polygons, simplified and rounded for the browser."""
    frame = data.query("boundaries", level=level, kecamatan=kecamatan)
    return _light_features(tuple(frame["kode"]), tuple(frame["nama"]), tuple(frame["geojson"]), _SIMPLIFY_DEG[level])


@st.cache_data(max_entries=64, show_spinner=False)
def _light_features(codes: tuple, names: tuple, shapes: tuple, tolerance: float) -> dict:
    features = []
    for code, name, shape in zip(codes, names, shapes):
        geometry = _without_slivers(shapely.geometry.shape(json.loads(shape)))
        geometry = geometry.simplify(tolerance, preserve_topology=True)
        geometry = shapely.set_precision(geometry, 10 ** -COORD_DECIMALS)
        features.append({"type": "Feature", "properties": {"kode": code, "nama": name},
                         "geometry": json.loads(shapely.to_geojson(geometry))})
    return {"type": "FeatureCollection", "features": features}


def _without_slivers(geometry: shapely.Geometry) -> shapely.Geometry:
    """Drop the specks a desa→kecamatan dissolve leaves (1,005 holes under 0.004 km² in the reference)."""
    polygons = [shapely.Polygon(part.exterior, [ring for ring in part.interiors
                                                if shapely.Polygon(ring).area >= _SLIVER_DEG2])
                for part in shapely.get_parts(geometry) if part.area >= _SLIVER_DEG2]
    return shapely.MultiPolygon(polygons) if polygons else geometry


def region() -> shapely.Geometry:
    """Kabupaten Serang: the union of its kecamatan polygons."""
    frame = data.query("boundaries", level="kecamatan", kecamatan=None)
    return _union(tuple(frame["geojson"]))


@st.cache_resource(max_entries=4, show_spinner=False)
def _union(shapes: tuple) -> shapely.Geometry:
    geometry = shapely.union_all([shapely.geometry.shape(json.loads(shape)) for shape in shapes])
    shapely.prepare(geometry)
    return geometry


def feature_bounds(features: dict, codes: set[str] | None = None) -> tuple[float, float, float, float]:
    """Bounds of the features (or of those whose ``kode`` is in ``codes``)."""
    shapes = [shapely.geometry.shape(feature["geometry"]) for feature in features["features"]
              if codes is None or feature["properties"]["kode"] in codes]
    return shapely.GeometryCollection(shapes).bounds


def point_bounds(points: pd.DataFrame, pad: float = 0.01) -> tuple[float, float, float, float]:
    """Bounds around points, at least ``pad`` degrees (≈ 1 km) each way so one point is not zoomed to 19."""
    return (points["bujur"].min() - pad, points["lintang"].min() - pad,
            points["bujur"].max() + pad, points["lintang"].max() + pad)
