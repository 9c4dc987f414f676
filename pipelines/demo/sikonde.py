"""Sample tourism villages: registry with a point inside each desa, yearly category history, monthly visitors."""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipelines.datasets import DESA_WISATA_CATEGORIES
from pipelines.demo.calendar import holiday_factor, months as month_range
from pipelines.demo.geo import points_in_desa
from pipelines.reference.load import Reference

# Desa named as desa wisata in public news (see shared reference notes), with the year
# the sample treats as their designation. Other sample villages are drawn at random.
NAMED_VILLAGES = {
    "36.04.31.2009": 2018,  # Cikolelet (SK Bupati 2018)
    "36.04.31.2007": 2022, "36.04.23.2003": 2022, "36.04.19.2008": 2022, "36.04.13.2009": 2022,
    "36.04.29.2013": 2022, "36.04.29.2001": 2022, "36.04.30.2011": 2022, "36.04.32.2005": 2022,
    "36.04.27.2007": 2023, "36.04.06.2007": 2023, "36.04.07.2007": 2023, "36.04.34.2002": 2023,
    "36.04.14.2001": 2023,  # the five of February 2023
}
NEW_PER_YEAR = {2022: 22, 2023: 5, 2024: 3, 2025: 3, 2026: 2}  # designations per year (2022 incl. earlier ones)
BASE_VISITORS = {"rintisan": 250, "berkembang": 700, "maju": 1800, "mandiri": 3500}
UPGRADE_PROBABILITY = {"rintisan": 0.14, "berkembang": 0.10, "maju": 0.04}
NEVER_REPORTING = 3  # villages that never send visitor figures


def generate(reference: Reference, start: str, end: str, rng: np.random.Generator) -> dict[str, pd.DataFrame]:
    designation = _designations(reference, end, rng)
    codes = list(designation)
    lat, lng = points_in_desa(reference, codes, rng)
    names = reference.desa.set_index("kode")["nama"]
    history = _category_history(designation, int(end[:4]), rng)
    latest = history.sort_values("tahun").groupby("kode_desa").tail(1).set_index("kode_desa")["kategori"]
    registry = pd.DataFrame({
        "nama": ["Desa Wisata " + names[code] for code in codes],
        "kode_desa": codes,
        "kategori": [latest[code] for code in codes],
        "lintang": lat, "bujur": lng,
        "pengelola": ["Pokdarwis " + names[code] for code in codes],
        "kontak_publik": [f"0254-{rng.integers(200000, 899999)}" for _ in codes],
    })
    return {
        "desa_wisata": registry,
        "kategori_desa_wisata": history[["kode_desa", "tahun", "kategori"]],
        "kunjungan_desa_wisata": _visits(history, designation, start, end, rng),
    }


def _designations(reference: Reference, end: str, rng: np.random.Generator) -> dict[str, int]:
    available = set(reference.desa["kode"])
    designation = {code: year for code, year in NAMED_VILLAGES.items() if code in available}
    pool = sorted(available - set(designation))
    rng.shuffle(pool)
    cumulative = 0
    for year, count in NEW_PER_YEAR.items():
        if year > int(end[:4]):
            break
        cumulative += count
        while sum(1 for first in designation.values() if first <= year) < cumulative:
            designation[pool.pop()] = year
    return designation


def _category_history(designation: dict[str, int], last_year: int, rng: np.random.Generator) -> pd.DataFrame:
    rows = []
    for code, first_year in designation.items():
        category = "rintisan"
        for year in range(max(first_year, 2022), last_year + 1):
            if year >= 2023 and category in UPGRADE_PROBABILITY and rng.random() < UPGRADE_PROBABILITY[category]:
                category = DESA_WISATA_CATEGORIES[DESA_WISATA_CATEGORIES.index(category) + 1]
            rows.append({"kode_desa": code, "tahun": year, "kategori": category})
    return pd.DataFrame(rows)


def _visits(history: pd.DataFrame, designation: dict[str, int], start: str, end: str,
            rng: np.random.Generator) -> pd.DataFrame:
    category = history.set_index(["kode_desa", "tahun"])["kategori"]
    silent = set(rng.choice(sorted(designation), NEVER_REPORTING, replace=False))
    late_last_month = {code for code in designation if rng.random() < 0.3}
    appeal = {code: rng.lognormal(0, 0.35) for code in designation}
    periods = month_range(start, end)
    rows = []
    for code, first_year in designation.items():
        if code in silent:
            continue
        for index, period in enumerate(periods):
            year = int(period[:4])
            if (code, year) not in category.index:
                continue  # not yet a desa wisata
            if rng.random() < 0.08 or (period == periods[-1] and code in late_last_month):
                continue  # a month the village did not report
            growth = 1 + 0.15 * index / 12
            expected = BASE_VISITORS[category[(code, year)]] * appeal[code] * holiday_factor(period) * growth
            rows.append({"kode_desa": code, "periode": period, "pengunjung": int(rng.poisson(expected))})
    return pd.DataFrame(rows, columns=["kode_desa", "periode", "pengunjung"])
