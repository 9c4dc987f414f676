"""Where sample rows happen: desa weights by population and points inside desa polygons."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from pipelines.reference.load import Reference

# Coastal and fisheries kecamatan (by Kemendagri code) used to shape sample data.
COASTAL = {"36.04.05", "36.04.07", "36.04.08", "36.04.12", "36.04.13", "36.04.14", "36.04.30", "36.04.31"}
BRACKISH_PONDS = {"36.04.12", "36.04.13", "36.04.14", "36.04.05"}  # Pontang, Tirtayasa, Tanara, Kramatwatu
FRESHWATER_CLUSTER = {"36.04.22", "36.04.28", "36.04.27", "36.04.29", "36.04.16"}  # Baros, Pabuaran, Ciomas, Padarincang, Kibin
URBAN = {"36.04.09", "36.04.05", "36.04.15", "36.04.11", "36.04.16"}  # Ciruas, Kramatwatu, Cikande, Kragilan, Kibin


def desa_frame(reference: Reference) -> pd.DataFrame:
    """One row per desa with its kecamatan and a population weight (kecamatan population ÷ its desa)."""
    desa = reference.desa[["kode", "nama", "kode_kec"]].copy()
    population = reference.kecamatan.set_index("kode")["penduduk"].astype(float)
    per_kecamatan = desa.groupby("kode_kec")["kode"].transform("count")
    fallback = population.mean() if population.notna().any() else 50_000.0
    desa["weight"] = desa["kode_kec"].map(population).fillna(fallback) / per_kecamatan
    desa["weight"] /= desa["weight"].sum()
    return desa.reset_index(drop=True)


def points_in_desa(reference: Reference, codes: list[str], rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A random point strictly inside each listed desa polygon (lat, lng arrays, same order)."""
    shapes = reference.desa_geo.set_index("kode").geometry
    lat = np.empty(len(codes))
    lng = np.empty(len(codes))
    for index, code in enumerate(codes):
        polygon = shapes[code]
        minx, miny, maxx, maxy = polygon.bounds
        for _ in range(200):
            x, y = rng.uniform(minx, maxx, 16), rng.uniform(miny, maxy, 16)
            inside = shapely.contains_xy(polygon, x, y)
            if inside.any():
                first = int(np.argmax(inside))
                lng[index], lat[index] = round(x[first], 6), round(y[first], 6)
                break
        else:  # very thin polygons: fall back to a point guaranteed inside
            point = polygon.representative_point()
            lng[index], lat[index] = round(point.x, 6), round(point.y, 6)
    return lat, lng
