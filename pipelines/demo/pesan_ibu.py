"""Sample waste management: TPS, TPS3R, bank sampah and TPST points with monthly tonnage.

Kabupaten Serang has no TPA of its own (its waste goes to TPAS Cilowong in Kota
Serang), so the sample has none either.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipelines.demo.calendar import days_in_month, months as month_range
from pipelines.demo.geo import desa_frame, points_in_desa
from pipelines.reference.load import Reference

# New points per year (bank sampah follows the reported 5 in 2019, 10 in 2020, ~70 in 2025).
NEW_POINTS = {
    "bank sampah": {2019: 5, 2020: 5, 2021: 8, 2022: 10, 2023: 12, 2024: 15, 2025: 15, 2026: 40},
    "TPS": {2018: 35, 2024: 25, 2025: 30, 2026: 30},
    "TPS3R": {2019: 8, 2022: 6, 2024: 5, 2025: 6, 2026: 8},
    "TPST": {2025: 1, 2026: 1},
}
CAPACITY_TON_PER_DAY = {"bank sampah": (0.01, 0.06), "TPS": (1.0, 3.0), "TPS3R": (4.0, 12.0), "TPST": (30.0, 60.0)}
REDUCED_SHARE = {"bank sampah": 0.95, "TPS": 0.02, "TPS3R": 0.35, "TPST": 0.5}
SCHEDULE = {"bank sampah": "Sabtu 08.00–12.00", "TPS": "Setiap hari 06.00–10.00",
            "TPS3R": "Senin–Sabtu 07.00–15.00", "TPST": "Setiap hari 06.00–18.00"}
BANK_NAMES = ("Berkah", "Barokah", "Sejahtera", "Hijau Lestari", "Mandiri", "Bersih", "Melati", "Amanah",
              "Sauyunan", "Mekar Sari", "Harapan", "Bina Lestari")
REPORTING_LAG_MONTHS = 3  # DLH tonnage reports are late in the sample


def generate(reference: Reference, start: str, end: str, rng: np.random.Generator) -> dict[str, pd.DataFrame]:
    points = _points(reference, int(end[:4]), rng)
    return {"titik_sampah": points, "tonase_sampah": _tonnage(points, start, end, rng)}


def _points(reference: Reference, last_year: int, rng: np.random.Generator) -> pd.DataFrame:
    desa = desa_frame(reference)
    names = desa.set_index("kode")["nama"]
    kecamatan_names = reference.kecamatan.set_index("kode")["nama"]
    rows = []
    for kind, per_year in NEW_POINTS.items():
        for year, count in per_year.items():
            if year > last_year:
                continue
            if kind == "TPS3R":  # spread across kecamatan: roughly one per kecamatan over time
                kecamatan = rng.choice(sorted(set(desa["kode_kec"])), count, replace=False)
                codes = [str(rng.choice(desa.loc[desa["kode_kec"] == k, "kode"])) for k in kecamatan]
            else:
                codes = list(rng.choice(desa["kode"], count, replace=False, p=desa["weight"]))
            for code in codes:
                low, high = CAPACITY_TON_PER_DAY[kind]
                if kind == "bank sampah":
                    name = f"Bank Sampah {rng.choice(BANK_NAMES)} {names[code]}"
                elif kind == "TPS3R":
                    name = f"TPS3R {kecamatan_names[code[:8]]} – {names[code]}"
                else:
                    name = f"{kind} {names[code]}"
                rows.append({"nama": name, "jenis": kind, "kode_desa": code,
                             "kapasitas_ton_per_hari": round(rng.uniform(low, high), 2),
                             "jadwal": SCHEDULE[kind], "tahun_mulai": year,
                             "aktif": "tidak" if kind == "bank sampah" and rng.random() < 0.08 else "ya"})
    points = pd.DataFrame(rows).drop_duplicates(["kode_desa", "nama"]).reset_index(drop=True)
    lat, lng = points_in_desa(reference, list(points["kode_desa"]), rng)
    points.insert(3, "lintang", lat)
    points.insert(4, "bujur", lng)
    return points


def _tonnage(points: pd.DataFrame, start: str, end: str, rng: np.random.Generator) -> pd.DataFrame:
    active = points[points["aktif"] == "ya"]
    utilisation = rng.uniform(0.45, 0.9, len(active))
    rows = []
    for period in month_range(start, end)[:-REPORTING_LAG_MONTHS]:
        running = active["tahun_mulai"].to_numpy() <= int(period[:4])
        collected = (active["kapasitas_ton_per_hari"].to_numpy() * days_in_month(period) * utilisation
                     * rng.lognormal(0, 0.12, len(active)))
        frame = pd.DataFrame({"periode": period, "kode_desa": active["kode_desa"].to_numpy(),
                              "jenis": active["jenis"].to_numpy(), "ton_terkumpul": collected})[running]
        frame["ton_dikurangi"] = frame["ton_terkumpul"] * frame["jenis"].map(REDUCED_SHARE)
        rows.append(frame.groupby(["periode", "kode_desa", "jenis"], as_index=False).sum())
    tonnage = pd.concat(rows, ignore_index=True)
    tonnage[["ton_terkumpul", "ton_dikurangi"]] = tonnage[["ton_terkumpul", "ton_dikurangi"]].round(2)
    return tonnage
