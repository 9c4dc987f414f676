"""Read and validate the reference geography folder (``SERANG_REFERENCE_DIR``).

Guarantees: codes stay text; every desa belongs to a listed kecamatan of
Kabupaten Serang; every polygon file matches its CSV code for code; polygons
come back valid (repaired with ``make_valid``) in WGS84. Any problem stops the
load with one Indonesian message naming the file, row, column, value and fix —
nothing partial is returned.

Required files (the format of ``shared/reference``): ``serang_kecamatan.csv``,
``serang_desa.csv``, ``serang_kecamatan_from_desa.geojson``,
``serang_desa.geojson``. Optional: ``serang_penduduk_kecamatan_2017.csv``
(population per kecamatan, used for per-1,000-people rates).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.validation import make_valid

from pipelines import regions
from pipelines.errors import UserError
from pipelines.i18n import t
from pipelines.settings import REGION_CODE

KECAMATAN_CSV = "serang_kecamatan.csv"
DESA_CSV = "serang_desa.csv"
KECAMATAN_GEOJSON = "serang_kecamatan_from_desa.geojson"
DESA_GEOJSON = "serang_desa.geojson"
POPULATION_CSV = "serang_penduduk_kecamatan_2017.csv"
REQUIRED_FILES = (KECAMATAN_CSV, DESA_CSV, KECAMATAN_GEOJSON, DESA_GEOJSON)

_COLUMNS = {
    KECAMATAN_CSV: ("kode", "nama", "lat", "lng"),
    DESA_CSV: ("kode", "nama", "kode_kec", "lat", "lng"),
}
# A generous box around Kabupaten Serang (incl. its islands) to catch swapped
# or projected coordinates; the polygons themselves are the precise test.
_LAT_RANGE = (-6.6, -5.6)
_LNG_RANGE = (105.6, 106.6)


@dataclass(frozen=True)
class Reference:
    kecamatan: pd.DataFrame  # kode, nama, lat, lng, luas_km2, penduduk, penduduk_tahun
    desa: pd.DataFrame  # kode, nama, kode_kec, lat, lng, luas_km2
    kecamatan_geo: gpd.GeoDataFrame  # kode, nama, geometry
    desa_geo: gpd.GeoDataFrame  # kode, nama, kode_kec, geometry
    fingerprint: str  # changes when any reference file changes
    folder: Path


def fingerprint(folder: Path) -> str:
    """Hash of the reference files' names, sizes and contents (cheap: a few MB)."""
    digest = hashlib.sha256()
    for name in (*REQUIRED_FILES, POPULATION_CSV):
        path = folder / name
        if path.exists():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_reference(folder: Path) -> Reference:
    """Load and validate the folder, or raise ``UserError`` explaining the first problem."""
    if not folder.is_dir():
        raise UserError("reference.missing_dir", path=str(folder))
    for name in REQUIRED_FILES:
        if not (folder / name).is_file():
            raise UserError(
                "reference.missing_file", file=name, path=str(folder), expected=", ".join(REQUIRED_FILES)
            )

    kecamatan = _read_codes_csv(folder / KECAMATAN_CSV, regions.KECAMATAN)
    desa = _read_codes_csv(folder / DESA_CSV, regions.DESA)
    known_kecamatan = set(kecamatan["kode"])
    for index, row in desa.iterrows():
        parent = regions.parent(row["kode"])
        if row["kode_kec"] != parent or parent not in known_kecamatan:
            _bad_row(DESA_CSV, index, "kode_kec", row["kode_kec"], t("reference.reason.unknown_parent"))

    kecamatan = kecamatan.merge(_read_population(folder), on="kode", how="left")
    kecamatan_geo = _read_polygons(folder / KECAMATAN_GEOJSON, set(kecamatan["kode"]), KECAMATAN_CSV)
    desa_geo = _read_polygons(folder / DESA_GEOJSON, set(desa["kode"]), DESA_CSV)
    # Names and parents come from the CSV, the single source for attributes.
    kecamatan_geo = kecamatan_geo.merge(kecamatan[["kode", "nama"]], on="kode")
    desa_geo = desa_geo.merge(desa[["kode", "nama", "kode_kec"]], on="kode")
    return Reference(
        kecamatan=kecamatan,
        desa=desa,
        kecamatan_geo=kecamatan_geo[["kode", "nama", "geometry"]],
        desa_geo=desa_geo[["kode", "nama", "kode_kec", "geometry"]],
        fingerprint=fingerprint(folder),
        folder=folder,
    )


def _bad_row(file: str, index: int, column: str, value: object, reason: str) -> None:
    # Row numbers as a spreadsheet shows them: header is row 1.
    raise UserError("reference.bad_row", file=file, row=index + 2, column=column, value=value, reason=reason)


def _read_codes_csv(path: Path, level: str) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as error:
        raise UserError("reference.bad_csv", file=path.name, detail=str(error).splitlines()[0]) from None
    frame.columns = [column.strip().lower() for column in frame.columns]
    missing = [column for column in _COLUMNS[path.name] if column not in frame.columns]
    if missing:
        raise UserError(
            "reference.missing_columns", file=path.name, columns=", ".join(missing), found=", ".join(frame.columns)
        )
    frame = frame.apply(lambda column: column.str.strip())
    # A national or provincial list is fine: well-formed codes of other regions are
    # skipped; malformed ones stay so they are reported (index = original row).
    other_region = frame["kode"].map(lambda code: regions.level(code) is not None and not regions.within(code, REGION_CODE))
    frame = frame[~other_region]
    if frame.empty:
        raise UserError("reference.empty", file=path.name, region=REGION_CODE)
    seen: set[str] = set()
    for index, row in frame.iterrows():
        code = row["kode"]
        if not regions.is_level(code, level):
            pattern = regions.PATTERN_HINT[level]
            _bad_row(path.name, index, "kode", code, t("reference.reason.code_format", pattern=pattern))
        if code in seen:
            _bad_row(path.name, index, "kode", code, t("reference.reason.duplicate"))
        seen.add(code)
        if not row["nama"]:
            _bad_row(path.name, index, "nama", "", t("reference.reason.empty"))
        for column, (low, high) in (("lat", _LAT_RANGE), ("lng", _LNG_RANGE)):
            try:
                value = float(row[column])
            except ValueError:
                _bad_row(path.name, index, column, row[column], t("reference.reason.not_number"))
            if not low <= value <= high:
                _bad_row(path.name, index, column, row[column], t("reference.reason.outside_region"))
    result = frame.copy()
    result["lat"] = result["lat"].astype(float)
    result["lng"] = result["lng"].astype(float)
    area = pd.to_numeric(result.get("luas_km2_calc"), errors="coerce") if "luas_km2_calc" in result else None
    result["luas_km2"] = area if area is not None else float("nan")
    keep = ["kode", "nama", "lat", "lng", "luas_km2"] + (["kode_kec"] if level == regions.DESA else [])
    return result[keep]


def _read_population(folder: Path) -> pd.DataFrame:
    path = folder / POPULATION_CSV
    empty = pd.DataFrame({"kode": pd.Series(dtype=str), "penduduk": pd.Series(dtype=float),
                          "penduduk_tahun": pd.Series(dtype=float)})
    if not path.is_file():
        return empty
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if not {"kode_kecamatan", "penduduk"} <= set(frame.columns):
        return empty
    return pd.DataFrame({
        "kode": frame["kode_kecamatan"].str.strip(),
        "penduduk": pd.to_numeric(frame["penduduk"], errors="coerce"),
        "penduduk_tahun": pd.to_numeric(frame.get("tahun_referensi"), errors="coerce"),
    })


def _read_polygons(path: Path, expected_codes: set[str], csv_name: str) -> gpd.GeoDataFrame:
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
        frame = gpd.GeoDataFrame.from_features(raw["features"], crs="EPSG:4326")
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise UserError("reference.bad_geojson", file=path.name, detail=type(error).__name__ + ": " + str(error)[:120]) from None
    if "kode" not in frame.columns or frame.empty:
        raise UserError("reference.bad_geojson", file=path.name, detail="properti `kode` tidak ada")
    frame["kode"] = frame["kode"].map(regions.normalize)
    frame = frame[frame["kode"].map(lambda code: regions.within(code, REGION_CODE))]
    mismatch = sorted(set(frame["kode"]) ^ expected_codes)
    if mismatch:
        raise UserError(
            "reference.geojson_mismatch", file=path.name, count=len(mismatch), csv=csv_name,
            examples=", ".join(mismatch[:3]),
        )
    if frame.geometry.isna().any() or not frame.geom_type.isin(["Polygon", "MultiPolygon"]).all():
        raise UserError("reference.bad_geojson", file=path.name, detail="setiap fitur harus poligon")
    minx, miny, maxx, maxy = frame.total_bounds
    if not (_LNG_RANGE[0] <= minx and maxx <= _LNG_RANGE[1] and _LAT_RANGE[0] <= miny and maxy <= _LAT_RANGE[1]):
        raise UserError("reference.bad_geojson", file=path.name,
                        detail="koordinat di luar Kabupaten Serang (urutan [lng, lat] WGS84?)")
    frame["geometry"] = frame.geometry.map(lambda geom: geom if geom.is_valid else make_valid(geom))
    return frame[["kode", "geometry"]].reset_index(drop=True)


def write_reference(con, reference: Reference) -> None:
    """Replace the ``ref`` schema: kecamatan, desa, and boundaries as GeoJSON text (WGS84)."""
    import shapely

    con.execute("CREATE SCHEMA IF NOT EXISTS ref")
    boundaries = pd.concat([
        pd.DataFrame({"kode": reference.kecamatan_geo["kode"], "level": "kecamatan",
                      "geojson": shapely.to_geojson(reference.kecamatan_geo.geometry.values)}),
        pd.DataFrame({"kode": reference.desa_geo["kode"], "level": "desa",
                      "geojson": shapely.to_geojson(reference.desa_geo.geometry.values)}),
    ], ignore_index=True)
    for table, frame in (("kecamatan", reference.kecamatan), ("desa", reference.desa), ("boundary", boundaries)):
        con.register("reference_frame", frame)
        con.execute(f"CREATE OR REPLACE TABLE ref.{table} AS SELECT * FROM reference_frame")
        con.unregister("reference_frame")
