"""What validation checks values against: region codes, the catalog and the regency's outline.

Read from a connection to the working warehouse (inside a build or an ingest
transaction) or to a published snapshot (a preview): both hold ``ref.*`` and
``catalog.*``. Indicator value ranges are decided here, in one place: the
catalog's ``min_value``/``max_value`` when set, otherwise 0–100 for ``%`` and
at least 0 for everything else (counts, tonnes, Rupiah, indices).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import duckdb
import numpy as np
import pandas as pd
import shapely

from pipelines.settings import REGION_CODE

# Points on the coast or on a pier fall just outside simplified polygons; about 1 km of slack.
OUTLINE_TOLERANCE_DEGREES = 0.01
OUTLINE_SIMPLIFY_DEGREES = 0.0005


@dataclass
class ReferenceData:
    kabupaten: str
    kecamatan: frozenset[str]
    desa: frozenset[str]
    indicators: pd.DataFrame  # index kode: frequency, level, unit, minimum, maximum, name_id
    services: frozenset[str]
    boundaries: list[str]  # GeoJSON of each kecamatan

    @cached_property
    def outline(self) -> shapely.Geometry:
        """Kabupaten Serang with tolerance; simplified first (55 m) because the tolerance is 1 km anyway."""
        union = shapely.union_all(shapely.from_geojson(np.array(self.boundaries, dtype=object)))
        outline = shapely.simplify(union, OUTLINE_SIMPLIFY_DEGREES).buffer(OUTLINE_TOLERANCE_DEGREES)
        shapely.prepare(outline)
        return outline

    @classmethod
    def from_connection(cls, con: duckdb.DuckDBPyConnection) -> "ReferenceData":
        cursor = con.cursor()
        try:
            kecamatan = frozenset(code for (code,) in cursor.execute("SELECT kode FROM ref.kecamatan").fetchall())
            desa = frozenset(code for (code,) in cursor.execute("SELECT kode FROM ref.desa").fetchall())
            services = frozenset(code for (code,) in cursor.execute("SELECT id FROM catalog.service").fetchall())
            indicators = cursor.execute("SELECT * FROM catalog.indicator").df()
            shapes = [text for (text,) in cursor.execute(
                "SELECT geojson FROM ref.boundary WHERE level = 'kecamatan'").fetchall()]
        finally:
            cursor.close()
        return cls(REGION_CODE, kecamatan, desa, _ranges(indicators), services, shapes)


def _ranges(indicators: pd.DataFrame) -> pd.DataFrame:
    frame = indicators.set_index("kode")
    declared_min = frame["min_value"] if "min_value" in frame else pd.Series(np.nan, index=frame.index)
    declared_max = frame["max_value"] if "max_value" in frame else pd.Series(np.nan, index=frame.index)
    percent = frame["unit"].eq("%")
    result = frame[["frequency", "level", "unit", "name_id"]].copy()
    result["minimum"] = pd.to_numeric(declared_min, errors="coerce").astype(float).fillna(0.0)
    result["maximum"] = pd.to_numeric(declared_max, errors="coerce").astype(float).where(
        pd.to_numeric(declared_max, errors="coerce").notna(), np.where(percent, 100.0, np.inf))
    return result
