"""Upstream SQL dumps → the reference tables the build reads (codes, names, centroids, polygons, areas).

Guarantees:
- codes and names come from ``wilayah.sql`` exactly as written (text, zeros kept);
  a code inside the region that is malformed or repeated stops with file, line and value;
- centroids are the lat/lng the boundary files store, rounded to 6 decimals (≈ 0,1 m);
- rings turn from the source's ``[lat, lng]`` into GeoJSON ``[lng, lat]``, rounded to
  6 decimals, repaired (``make_valid``, polygonal parts only) and oriented as RFC 7946;
- kecamatan polygons are the union of their desa, so the two levels nest exactly;
- areas are computed in UTM 48S (EPSG:32748): desa from their polygons, kecamatan in
  the CSV from the source's own kecamatan polygons and in the GeoJSON from the union,
  as ``shared/reference/PROVENANCE.md`` describes;
- every unit in the code list has a boundary and every boundary a listed unit.
Relations and geometry are checked afterwards by ``pipelines.reference.checks``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.validation import make_valid

from pipelines import regions
from pipelines.errors import UserError
from pipelines.i18n import t
from pipelines.reference import sqldump
from pipelines.reference.sources import CODES, DESA, KECAMATAN

AREA_CRS = "EPSG:32748"  # UTM zone 48 south, where Kabupaten Serang lies
DECIMALS = 6
_BOUNDARY_COLUMNS = ("kode", "lat", "lng", "path")
KECAMATAN_COLUMNS = ["kode", "nama", "level", "kode_kab", "nama_kab", "lat", "lng", "luas_km2_calc", "jumlah_desa"]
DESA_COLUMNS = ["kode", "nama", "level", "kode_kec", "nama_kec", "kode_kab", "nama_kab", "lat", "lng", "luas_km2_calc"]
KECAMATAN_GEO_PROPERTIES = ["kode", "nama", "level", "kode_kab", "nama_kab", "jumlah_desa", "luas_km2_calc"]


@dataclass(frozen=True)
class Converted:
    region: str
    kecamatan: pd.DataFrame  # KECAMATAN_COLUMNS
    desa: pd.DataFrame  # DESA_COLUMNS
    kecamatan_geo: gpd.GeoDataFrame  # KECAMATAN_GEO_PROPERTIES + geometry (union of desa)
    desa_geo: gpd.GeoDataFrame  # DESA_COLUMNS + geometry
    region_box: tuple[float, float, float, float]  # bounds of the source's own kecamatan polygons
    repaired: int  # desa polygons that needed make_valid
    files: Mapping[str, str]  # role -> source file name, for messages


def convert(region: str, texts: Mapping[str, tuple[str, str]]) -> Converted:
    """``texts``: role (``CODES``, ``KECAMATAN``, ``DESA``) -> (file name, file text)."""
    def inside(code: str) -> bool:
        return regions.within(regions.normalize(code), region)

    files = {role: name for role, (name, _) in texts.items()}
    unit_rows = sqldump.read_rows(texts[CODES][1], files[CODES], "wilayah", ("kode", "nama"), inside)
    region_name, kecamatan, desa = _units(unit_rows, files[CODES], region)
    kecamatan_bounds = _boundaries(texts[KECAMATAN], regions.KECAMATAN, inside)
    desa_bounds = _boundaries(texts[DESA], regions.DESA, inside)
    _same_codes(kecamatan, kecamatan_bounds, files[CODES], files[KECAMATAN])
    _same_codes(desa, desa_bounds, files[CODES], files[DESA])

    desa = desa.merge(desa_bounds, on="kode")
    desa["kode_kec"] = desa["kode"].map(regions.parent)
    desa["nama_kec"] = desa["kode_kec"].map(dict(zip(kecamatan["kode"], kecamatan["nama"])))
    desa["level"], desa["kode_kab"], desa["nama_kab"] = regions.DESA, region, region_name
    desa["luas_km2_calc"] = _area_km2(desa["geometry"])

    kecamatan = kecamatan.merge(kecamatan_bounds, on="kode")
    counts = desa.groupby("kode_kec").size()
    kecamatan["jumlah_desa"] = kecamatan["kode"].map(counts).fillna(0).astype(int)
    kecamatan["level"], kecamatan["kode_kab"], kecamatan["nama_kab"] = regions.KECAMATAN, region, region_name
    kecamatan["luas_km2_calc"] = _area_km2(kecamatan["geometry"])
    region_box = tuple(gpd.GeoSeries(kecamatan["geometry"]).total_bounds)
    members = desa.groupby("kode_kec")["geometry"].agg(list)
    union = kecamatan["kode"].map(lambda code: clean(shapely.union_all(members.get(code, [])))[0])
    kecamatan_geo = kecamatan[["kode", "nama", "level", "kode_kab", "nama_kab", "jumlah_desa"]].assign(
        luas_km2_calc=_area_km2(union), geometry=union)

    return Converted(
        region=region,
        kecamatan=kecamatan[KECAMATAN_COLUMNS],
        desa=desa[DESA_COLUMNS],
        kecamatan_geo=gpd.GeoDataFrame(kecamatan_geo, geometry="geometry", crs="EPSG:4326"),
        desa_geo=gpd.GeoDataFrame(desa[DESA_COLUMNS + ["geometry"]], geometry="geometry", crs="EPSG:4326"),
        region_box=region_box,
        repaired=int(desa_bounds["repaired"].sum()),
        files=files,
    )


def polygon_from_path(path: str) -> tuple[shapely.Geometry, bool]:
    """The source's JSON ``path`` ([lat, lng] rings, GeoJSON nesting) as a clean [lng, lat] geometry.

    Returns the geometry and whether it had to be repaired. Raises ``ValueError`` when the
    text is not rings of number pairs.
    """
    data = json.loads(path)
    depth, probe = 0, data
    while isinstance(probe, list) and probe:
        probe, depth = probe[0], depth + 1
    polygons = {2: [[data]], 3: [data], 4: data}.get(depth) if isinstance(probe, (int, float)) else None
    if polygons is None:
        raise ValueError("unexpected nesting")
    parts = []
    for rings in polygons:
        arrays = [_ring(ring) for ring in rings]
        parts.append(shapely.Polygon(arrays[0], arrays[1:]))
    return clean(parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts))


def clean(geometry: shapely.Geometry) -> tuple[shapely.Geometry, bool]:
    """Rounded to 6 decimals, repaired to its polygonal part if invalid, exteriors counter-clockwise."""
    rounded = shapely.transform(geometry, lambda xy: np.round(xy, DECIMALS))
    repaired = not rounded.is_valid
    if repaired:
        fixed = make_valid(rounded)
        # make_valid may split a bow-tie into polygons plus stray lines; keep the area.
        rounded = shapely.union_all([part for part in getattr(fixed, "geoms", [fixed])
                                     if part.geom_type in ("Polygon", "MultiPolygon")])
    return shapely.orient_polygons(rounded, exterior_cw=False), repaired


def _ring(ring: object) -> np.ndarray:
    points = np.asarray(ring, dtype=float)
    if points.ndim != 2 or points.shape[1] != 2 or len(points) < 3 or not np.isfinite(points).all():
        raise ValueError("a ring must hold at least 3 [lat, lng] pairs")
    return points[:, ::-1]  # [lat, lng] -> [lng, lat]


def _units(rows: list[sqldump.Row], file: str, region: str) -> tuple[str, pd.DataFrame, pd.DataFrame]:
    region_name = None
    levels: dict[str, list[dict]] = {regions.KECAMATAN: [], regions.DESA: []}
    seen: set[str] = set()
    for row in rows:
        code, name = regions.normalize(row.values["kode"]), (row.values["nama"] or "").strip()
        level = regions.level(code)  # a well-formed code inside the region is the region, a kecamatan or a desa
        if level is None:
            hint = regions.PATTERN_HINT[regions.DESA if code.count(".") >= 3 else regions.KECAMATAN]
            _bad(file, row, code, "kode", code, t("reference.reason.code_format", pattern=hint))
        if code in seen:
            _bad(file, row, code, "kode", code, t("reference.reason.duplicate"))
        seen.add(code)
        if not name:
            _bad(file, row, code, "nama", "", t("reference.reason.empty"))
        if code == region:
            region_name = name
        else:
            levels[level].append({"kode": code, "nama": name})
    if region_name is None or not levels[regions.KECAMATAN] or not levels[regions.DESA]:
        raise UserError("reference.source.no_region", file=file, region=region)
    kecamatan, desa = (pd.DataFrame(levels[level], columns=["kode", "nama"]) for level in (regions.KECAMATAN, regions.DESA))
    return region_name, kecamatan, desa


def _boundaries(source: tuple[str, str], level: str, inside) -> pd.DataFrame:
    file, text = source
    records = []
    seen: set[str] = set()
    for row in sqldump.read_rows(text, file, "wilayah_boundaries", _BOUNDARY_COLUMNS, inside):
        code = regions.normalize(row.values["kode"])
        if not regions.is_level(code, level):
            _bad(file, row, code, "kode", code, t("reference.reason.code_format", pattern=regions.PATTERN_HINT[level]))
        if code in seen:
            _bad(file, row, code, "kode", code, t("reference.reason.duplicate"))
        seen.add(code)
        centroid = {}
        for column in ("lat", "lng"):
            try:
                centroid[column] = round(float(row.values[column]), DECIMALS)
            except (TypeError, ValueError):
                _bad(file, row, code, column, row.values[column], t("reference.reason.not_number"))
        try:
            geometry, repaired = polygon_from_path(row.values["path"] or "")
        except (ValueError, TypeError, shapely.errors.GEOSException):
            _bad(file, row, code, "path", (row.values["path"] or "")[:40] + "…", t("reference.source.reason.path"))
        records.append({"kode": code, **centroid, "geometry": geometry, "repaired": repaired})
    return pd.DataFrame(records, columns=["kode", "lat", "lng", "geometry", "repaired"])


def _same_codes(units: pd.DataFrame, boundaries: pd.DataFrame, codes_file: str, boundary_file: str) -> None:
    different = sorted(set(units["kode"]) ^ set(boundaries["kode"]))
    if different:
        raise UserError("reference.source.mismatch", count=len(different), codes_file=codes_file,
                        boundary_file=boundary_file, examples=", ".join(different[:3]))


def _area_km2(geometries: pd.Series) -> pd.Series:
    projected = gpd.GeoSeries(list(geometries), index=geometries.index, crs="EPSG:4326").to_crs(AREA_CRS)
    return (projected.area / 1e6).round(3)


def _bad(file: str, row: sqldump.Row, code: str, column: str, value: object, reason: str) -> None:
    raise UserError("reference.source.bad_row", file=file, line=row.line, code=code or "–", column=column,
                    value=value, reason=reason)
