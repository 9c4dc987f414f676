"""Sourced real figures (``data/facts/real_observations.csv``): single published numbers with their source.

Every row must name a catalog indicator, a period in the indicator's frequency,
a Kemendagri region code, a number and its source. They are stored in
``raw.real_figure`` and win over sample values for the same indicator and period.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd

from pipelines import regions
from pipelines.errors import UserError

COLUMNS = ("kode_indikator", "periode", "kode_wilayah", "nilai", "sumber", "url", "catatan")
PERIOD_PATTERNS = {
    "monthly": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
    "quarterly": re.compile(r"^\d{4}-Q[1-4]$"),
    "yearly": re.compile(r"^\d{4}$"),
}


def load_real_figures(path: Path, indicators: pd.DataFrame) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError) as error:
        raise UserError("facts.bad_row", file=path.name, row="?", column="-", value="",
                        reason=str(error).splitlines()[0]) from None
    missing = [column for column in COLUMNS if column not in frame.columns]
    if missing:
        raise UserError("facts.bad_row", file=path.name, row=1, column=", ".join(missing), value="",
                        reason="kolom wajib tidak ada")
    frequency = dict(zip(indicators["kode"], indicators["frequency"]))
    values = []
    for index, row in frame.iterrows():
        line = index + 2

        def bad(column: str, reason: str) -> None:
            raise UserError("facts.bad_row", file=path.name, row=line, column=column, value=row[column], reason=reason)

        if row["kode_indikator"] not in frequency:
            bad("kode_indikator", "indikator tidak ada di katalog")
        if not PERIOD_PATTERNS[frequency[row["kode_indikator"]]].match(row["periode"]):
            bad("periode", f"periode tidak sesuai frekuensi {frequency[row['kode_indikator']]}")
        if regions.level(row["kode_wilayah"]) is None:
            bad("kode_wilayah", "kode wilayah Kemendagri tidak sah")
        try:
            values.append(float(row["nilai"]))
        except ValueError:
            bad("nilai", "harus angka dengan titik desimal")
        if not row["sumber"].strip():
            bad("sumber", "setiap angka nyata wajib menyebut sumbernya")
    result = frame[list(COLUMNS)].copy()
    result["nilai"] = values
    return result


def write_real_figures(con: duckdb.DuckDBPyConnection, figures: pd.DataFrame) -> None:
    con.execute("""CREATE OR REPLACE TABLE raw.real_figure (
        kode_indikator VARCHAR, periode VARCHAR, kode_wilayah VARCHAR, nilai DOUBLE,
        sumber VARCHAR, url VARCHAR, catatan VARCHAR)""")
    con.register("figures_frame", figures)
    con.execute("INSERT INTO raw.real_figure SELECT * FROM figures_frame")
    con.unregister("figures_frame")
