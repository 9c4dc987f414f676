"""The common hand-made way to load an indicator CSV: pandas ``read_csv``, a Python loop that checks each row, ``to_sql``.

Written the way a careful analyst would, not slowed down: text columns read once by the C
parser, lookups in sets and dicts built before the loop, precompiled period patterns, one
``to_sql`` (``executemany``) per table into a new SQLite file and one commit. It checks what
our ingest checks for this dataset — known indicator, period written for the indicator's
frequency and not in the future, known region no finer than the indicator's level, a number
in Indonesian format inside the indicator's range, no key twice in the file — and keeps the
rejected rows with a reason. It does not keep the original file, log the load, replace
earlier values, recompute indicators or publish a snapshot: that is the gap the phase
columns of the results show.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

DEPTH = {"kabupaten": 0, "kecamatan": 1, "desa": 2}
PERIOD = {"monthly": re.compile(r"(\d{4})-(0[1-9]|1[0-2])"), "quarterly": re.compile(r"(\d{4})-Q([1-4])"),
          "yearly": re.compile(r"(\d{4})")}


@dataclass(frozen=True)
class Lookups:
    indicators: dict[str, tuple[str, str, float, float]]  # kode → frequency, level, minimum, maximum
    regions: dict[str, str]  # kode → level
    current_month: str  # YYYY-MM: later periods are in the future


def lookups_from_snapshot(snapshot: Path, current_month: str) -> Lookups:
    """Catalog and region codes, as the hand-made script would load them once before looping."""
    import duckdb

    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        indicators = {
            code: (frequency, level, 0.0 if low is None else low,
                   high if high is not None else (100.0 if unit == "%" else float("inf")))
            for code, frequency, level, unit, low, high in con.execute(
                "SELECT kode, frequency, level, unit, min_value, max_value FROM catalog.indicator").fetchall()}
        regions = {code: level for code, level in con.execute(
            "SELECT kode, 'desa' FROM ref.desa UNION ALL SELECT kode, 'kecamatan' FROM ref.kecamatan "
            "UNION ALL SELECT region_code, 'kabupaten' FROM meta.build").fetchall()}
    finally:
        con.close()
    return Lookups(indicators, regions, current_month)


def load(csv_path: Path, sqlite_path: Path, lookups: Lookups) -> dict:
    """Read, check row by row, write accepted and rejected rows to SQLite; returns the counts."""
    frame = pd.read_csv(csv_path, sep=";", dtype=str, keep_default_na=False)
    accepted: list[tuple[str, str, str, float]] = []
    rejected: list[tuple[int, str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    indicators, regions, current_month = lookups.indicators, lookups.regions, lookups.current_month
    for line, (code, period, region, text) in enumerate(
            frame[["kode_indikator", "periode", "kode_wilayah", "nilai"]].itertuples(index=False, name=None), start=2):
        indicator = indicators.get(code)
        if indicator is None:
            rejected.append((line, "kode_indikator", code, "indikator tidak dikenal"))
            continue
        frequency, level, minimum, maximum = indicator
        match = PERIOD[frequency].fullmatch(period)
        if match is None:
            rejected.append((line, "periode", period, f"periode tidak sesuai frekuensi {frequency}"))
            continue
        if period[:7] > current_month:
            rejected.append((line, "periode", period, "periode di masa depan"))
            continue
        region_level = regions.get(region)
        if region_level is None:
            rejected.append((line, "kode_wilayah", region, "kode wilayah tidak dikenal"))
            continue
        if DEPTH[region_level] > DEPTH[level]:
            rejected.append((line, "kode_wilayah", region, f"wilayah lebih rinci dari tingkat {level}"))
            continue
        try:
            value = float(text.strip().replace(".", "").replace(",", "."))
        except ValueError:
            rejected.append((line, "nilai", text, "bukan angka"))
            continue
        if not minimum <= value <= maximum:
            rejected.append((line, "nilai", text, "di luar rentang indikator"))
            continue
        key = (code, period, region)
        if key in seen:
            rejected.append((line, "kode_indikator+periode+kode_wilayah", code, "kunci berulang"))
            continue
        seen.add(key)
        accepted.append((code, period, region, value))

    con = sqlite3.connect(sqlite_path)
    try:
        pd.DataFrame(accepted, columns=["kode_indikator", "periode", "kode_wilayah", "nilai"]).to_sql(
            "observation", con, index=False, if_exists="append")
        pd.DataFrame(rejected, columns=["baris", "kolom", "nilai", "alasan"]).to_sql(
            "quarantine", con, index=False, if_exists="append")
        con.commit()
    finally:
        con.close()
    return {"rows_in": len(frame), "accepted": len(accepted), "quarantined": len(rejected)}
