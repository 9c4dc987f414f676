"""Sample Pojok Dolan sites and visits (the programme's definition is provisional)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipelines.datasets import POJOK_DOLAN_TYPES
from pipelines.demo.calendar import holiday_factor, months as month_range
from pipelines.demo.geo import desa_frame, points_in_desa
from pipelines.reference.load import Reference

NEW_SITES = {2024: 12, 2025: 24, 2026: 18}
FIRST_MONTH = "2024-10"  # quick wins were announced in September 2024


def generate(reference: Reference, start: str, end: str, rng: np.random.Generator) -> dict[str, pd.DataFrame]:
    desa = desa_frame(reference)
    names = desa.set_index("kode")["nama"]
    rows = []
    for year, count in NEW_SITES.items():
        if year > int(end[:4]):
            continue
        for code in rng.choice(desa["kode"], count, replace=False):
            kind = str(rng.choice(POJOK_DOLAN_TYPES))
            rows.append({"nama": f"Pojok Dolan {names[code]}", "kode_desa": str(code), "jenis": kind, "tahun_mulai": year})
    sites = pd.DataFrame(rows, columns=["nama", "kode_desa", "jenis", "tahun_mulai"])
    sites = sites.drop_duplicates(["kode_desa", "nama"]).reset_index(drop=True)
    lat, lng = points_in_desa(reference, list(sites["kode_desa"]), rng)
    sites.insert(3, "lintang", lat)
    sites.insert(4, "bujur", lng)

    popularity = rng.lognormal(np.log(180), 0.45, len(sites))
    visits = []
    for period in month_range(max(start, FIRST_MONTH), end):
        open_sites = sites["tahun_mulai"].to_numpy() <= int(period[:4])
        expected = popularity * (0.7 + 0.3 * holiday_factor(period))
        counts = rng.poisson(expected)
        for index in np.flatnonzero(open_sites):
            if rng.random() < 0.05:
                continue  # a month the site did not report
            visits.append({"periode": period, "kode_desa": sites.at[index, "kode_desa"],
                           "nama_lokasi": sites.at[index, "nama"], "kunjungan": int(counts[index])})
    visits_frame = pd.DataFrame(visits, columns=["periode", "kode_desa", "nama_lokasi", "kunjungan"])
    return {"lokasi_pojok_dolan": sites, "kunjungan_pojok_dolan": visits_frame}
