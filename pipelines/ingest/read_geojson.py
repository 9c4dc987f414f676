"""Read a GeoJSON FeatureCollection of locations into a grid: properties plus ``lintang``/``bujur``.

Guarantees: one grid row per feature, numbered 1, 2, … in file order; points
give their coordinates, polygons (repaired first when invalid) and lines give a
point on their surface; a feature without geometry keeps coordinates found in
its properties (``lat``/``lon`` …) or none; property keys that differ only in
case or spacing between features (``Nama``/``nama``) are one column; a projected CRS declared in the file
(e.g. UTM 48S, EPSG:32748) is reprojected to WGS84; a file whose points are
mostly in metres without a declared CRS is rejected with a message, while a few
odd points (a swapped pair) pass through for row validation to name.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pyproj
import shapely
from shapely.validation import make_valid

from pipelines.datasets import Dataset
from pipelines.i18n import t
from pipelines.ingest.encoding import decode
from pipelines.ingest.headers import match_name, normalize
from pipelines.ingest.sheet import FileRejected, Sheet, canonical_number

LATITUDE, LONGITUDE = "lintang", "bujur"
_WGS84 = pyproj.CRS.from_epsg(4326)
PROJECTED_LIMIT = 1000  # |coordinate| beyond this cannot be degrees, even swapped or mistyped


def read_geojson(data: bytes, dataset: Dataset) -> Sheet:
    if not dataset.geometry:
        raise FileRejected("ingest.reject.geojson_not_accepted", dataset=dataset.name)
    try:
        document = json.loads(decode(data)[0])
    except ValueError as error:
        raise FileRejected("ingest.reject.bad_geojson", detail=str(error)[:120]) from None
    features = _features(document)
    transformer, crs_note = _transformer(document)
    notes = [crs_note] if crs_note else []

    properties = [feature.get("properties") or {} for feature in features]
    keys = list(dict.fromkeys(key for props in properties for key in props))
    coordinate_keys = {name: [key for key in keys if _names(dataset, key) == name] for name in (LATITUDE, LONGITUDE)}
    own_keys = [key for key in keys if key not in coordinate_keys[LATITUDE] + coordinate_keys[LONGITUDE]]

    x = np.full(len(features), np.nan)
    y = np.full(len(features), np.nan)
    repaired = surfaces = unreadable = 0
    for index, feature in enumerate(features):
        point, kind = _point(feature.get("geometry"))
        if kind == "repaired":
            repaired += 1
        if kind in ("repaired", "surface"):
            surfaces += 1
        if kind == "unreadable":
            unreadable += 1
        if point is not None:
            x[index], y[index] = point
    has_point = ~np.isnan(x)
    if transformer is not None and has_point.any():
        x[has_point], y[has_point] = transformer.transform(x[has_point], y[has_point])
    elif _looks_projected(x[has_point], y[has_point]):
        raise FileRejected("ingest.reject.projected_without_crs")
    if surfaces:
        notes.append(t("ingest.note.polygon_points", count=surfaces))
    if repaired:
        notes.append(t("ingest.note.polygons_repaired", count=repaired))
    if unreadable:
        notes.append(t("ingest.note.geometry_unreadable", count=unreadable))

    # Features carry their own keys: "Nama" in one and "nama" in the next are one column.
    groups: dict[str, list[str]] = {}
    for key in own_keys:
        groups.setdefault(normalize(key) or key, []).append(key)
    firsts = {keys[0]: [_first(props, keys) for props in properties] for keys in groups.values()}
    columns: dict[str, list[str]] = {key: [_text(value) for value in values] for key, values in firsts.items()}
    natives: dict[str, list[bool]] = {key: [_is_number(value) for value in values] for key, values in firsts.items()}
    for name, values in ((LATITUDE, y), (LONGITUDE, x)):
        from_properties = [_first(props, coordinate_keys[name]) for props in properties]
        columns[name] = [canonical_number(value) if not np.isnan(value) else _text(fallback)
                         for value, fallback in zip(values, from_properties)]
        natives[name] = [bool(not np.isnan(value)) or _is_number(fallback)
                         for value, fallback in zip(values, from_properties)]
    header = list(columns)
    cells = pd.DataFrame([header] + [list(row) for row in zip(*columns.values())], dtype=str)
    native = pd.DataFrame([[False] * len(header)] + [list(row) for row in zip(*natives.values())])
    if not features:
        cells, native = pd.DataFrame([header], dtype=str), pd.DataFrame([[False] * len(header)])
    return Sheet(name=None, cells=cells, rows=np.arange(0, len(features) + 1), native=native, notes=notes)


def _looks_projected(x: np.ndarray, y: np.ndarray) -> bool:
    """Most points in metres (UTM: hundreds of thousands), not a few stray or swapped degrees.

    One ``[-6.06, 106.13]`` among good points is a swapped pair, which row validation names;
    rejecting the whole file for it would hide every good feature."""
    metres = (np.abs(x) > PROJECTED_LIMIT) | (np.abs(y) > PROJECTED_LIMIT)
    return len(x) > 0 and metres.sum() * 2 > len(x)


def _features(document: object) -> list[dict]:
    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        features = document.get("features")
        if isinstance(features, list) and all(isinstance(feature, dict) for feature in features):
            return features
    if isinstance(document, dict) and document.get("type") == "Feature":
        return [document]
    raise FileRejected("ingest.reject.bad_geojson", detail="FeatureCollection?")


def _transformer(document: dict) -> tuple[pyproj.Transformer | None, str | None]:
    """A transformer to WGS84 for a declared non-WGS84 CRS (the 2008 GeoJSON ``crs`` member)."""
    name = ((document.get("crs") or {}).get("properties") or {}).get("name")
    if not name:
        return None, None
    try:
        crs = pyproj.CRS.from_user_input(name)
    except pyproj.exceptions.CRSError:
        raise FileRejected("ingest.reject.unknown_crs", crs=name) from None
    if crs.is_geographic and crs.ellipsoid is not None and crs.ellipsoid.name.startswith("WGS 84"):
        return None, None
    transformer = pyproj.Transformer.from_crs(crs, _WGS84, always_xy=True)
    return transformer, t("ingest.note.reprojected", crs=crs.to_string())


def _point(geometry: object) -> tuple[tuple[float, float] | None, str]:
    if geometry is None:
        return None, "none"
    try:
        shape = shapely.from_geojson(json.dumps(geometry))
    except (shapely.errors.GEOSException, ValueError, TypeError):
        return None, "unreadable"
    if shape is None or shape.is_empty:
        return None, "none"
    if shape.geom_type == "Point":
        return (shape.x, shape.y), "point"
    kind = "surface"
    if not shape.is_valid:
        shape, kind = make_valid(shape), "repaired"
    point = shape.point_on_surface() if not shape.is_empty else None
    return ((point.x, point.y), kind) if point is not None else (None, "unreadable")


def _names(dataset: Dataset, key: str) -> str | None:
    found = match_name(dataset, key)
    return found[0].name if found else None


def _first(properties: dict, keys: list[str]) -> object:
    return next((properties[key] for key in keys if properties.get(key) not in (None, "")), None)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, (int, float)):
        return canonical_number(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
