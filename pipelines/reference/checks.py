"""Checks a converted reference must pass before it may replace the current one.

Guarantees (on top of the parsing checks in ``convert`` and the build's own
``load_reference``, which the download runs too): every desa belongs to a listed
kecamatan of the region and every kecamatan has desa; every polygon is a valid,
non-empty (multi)polygon; every polygon and centroid lies inside the region's box —
the box of the source's own kecamatan polygons (an independent file), widened by
``MARGIN_DEGREES``. Returns the counts to report.
"""

from __future__ import annotations

from dataclasses import dataclass

import shapely

from pipelines import formatting, regions
from pipelines.errors import UserError
from pipelines.i18n import t
from pipelines.reference.convert import Converted
from pipelines.reference.sources import CODES, DESA, KECAMATAN

# The published kecamatan polygons are coarse (about 600 vertices for 29 kecamatan);
# Serang's desa reach about 0.002° past them. 0.02° (≈ 2 km) still catches a swapped
# [lat, lng] or another region's file, which land hundreds of kilometres away.
MARGIN_DEGREES = 0.02


@dataclass(frozen=True)
class Counts:
    kecamatan: int
    desa: int
    vertices: int  # boundary points in the desa polygons
    area_km2: float  # sum of the desa areas (UTM 48S)


def check(converted: Converted) -> Counts:
    files = converted.files
    kecamatan_codes = set(converted.kecamatan["kode"])
    for code, parent in zip(converted.desa["kode"], converted.desa["kode_kec"]):
        if parent not in kecamatan_codes or regions.parent(parent) != converted.region:
            raise UserError("reference.check.orphan", code=code, file=files[CODES], parent=parent,
                            region=converted.region)
    for code, name, count in converted.kecamatan[["kode", "nama", "jumlah_desa"]].itertuples(index=False):
        if count == 0:
            raise UserError("reference.check.empty_kecamatan", code=code, name=name, file=files[CODES])

    box = _widened(converted.region_box)
    for frame, file in ((converted.desa_geo, files[DESA]), (converted.kecamatan_geo, files[DESA])):
        for code, geometry in zip(frame["kode"], frame.geometry):
            _check_polygon(code, geometry, file)
            _check_inside(code, geometry.bounds, box, converted.region, file)
    for frame, file in ((converted.desa, files[DESA]), (converted.kecamatan, files[KECAMATAN])):
        for code, lat, lng in frame[["kode", "lat", "lng"]].itertuples(index=False):
            _check_inside(code, (lng, lat, lng, lat), box, converted.region, file)

    return Counts(
        kecamatan=len(converted.kecamatan),
        desa=len(converted.desa),
        vertices=int(shapely.get_num_coordinates(converted.desa_geo.geometry.values).sum()),
        area_km2=float(converted.desa["luas_km2_calc"].sum()),
    )


def _widened(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = box
    return minx - MARGIN_DEGREES, miny - MARGIN_DEGREES, maxx + MARGIN_DEGREES, maxy + MARGIN_DEGREES


def _check_polygon(code: str, geometry: shapely.Geometry, file: str) -> None:
    if geometry is None or geometry.is_empty or geometry.geom_type not in ("Polygon", "MultiPolygon"):
        raise UserError("reference.check.bad_polygon", code=code, file=file, reason=t("reference.check.reason.empty"))
    if not geometry.is_valid:
        raise UserError("reference.check.bad_polygon", code=code, file=file, reason=t("reference.check.reason.invalid"))


def _check_inside(code: str, bounds: tuple, box: tuple, region: str, file: str) -> None:
    minx, miny, maxx, maxy = bounds
    if box[0] <= minx and maxx <= box[2] and box[1] <= miny and maxy <= box[3]:
        return
    raise UserError(
        "reference.check.outside", code=code, file=file, region=region,
        lng_range=f"{formatting.number(box[0], 3)}–{formatting.number(box[2], 3)}",
        lat_range=f"{formatting.number(box[1], 3)}–{formatting.number(box[3], 3)}",
        value=f"{formatting.number(minx, 4)}; {formatting.number(miny, 4)} – "
              f"{formatting.number(maxx, 4)}; {formatting.number(maxy, 4)}",
    )
