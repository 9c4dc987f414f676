"""Sample fisheries: monthly production by desa and commodity, and OVOP products."""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipelines.datasets import OVOP_CERTIFICATIONS
from pipelines.demo.calendar import months as month_range
from pipelines.demo.geo import BRACKISH_PONDS, COASTAL, FRESHWATER_CLUSTER
from pipelines.reference.load import Reference

# Yearly totals (tonnes) the sample follows: near the reported 58,000 t (2024) and 60,000 t target (2025).
YEARLY_TONNES = {2023: 55_500, 2024: 57_800, 2025: 60_400, 2026: 61_500}
COMMODITY_SHARE = {"rumput laut": 0.36, "bandeng": 0.22, "udang": 0.14, "ikan laut": 0.12,
                   "nila": 0.07, "lele": 0.06, "patin": 0.03}
REPORTING_LAG_MONTHS = 2  # Dinas Perikanan's monthly reports arrive late in the sample
PRODUCTS = {
    "bandeng": ["Bandeng Presto", "Otak-otak Bandeng", "Sate Bandeng"],
    "udang": ["Terasi Udang", "Kerupuk Udang", "Petis Udang"],
    "rumput laut": ["Dodol Rumput Laut", "Keripik Rumput Laut", "Agar-agar Rumput Laut"],
    "ikan laut": ["Ikan Asin", "Kerupuk Ikan", "Abon Ikan Tongkol"],
    "nila": ["Keripik Kulit Nila", "Nugget Nila"],
    "lele": ["Abon Lele", "Kerupuk Lele"],
    "patin": ["Nugget Patin", "Fillet Patin Beku"],
}


def generate(reference: Reference, start: str, end: str, rng: np.random.Generator) -> dict[str, pd.DataFrame]:
    producers = _producers(reference, rng)
    return {
        "produksi_perikanan": _production(producers, start, end, rng),
        "produk_ovop": _ovop(reference, producers, int(end[:4]), rng),
    }


def _producers(reference: Reference, rng: np.random.Generator) -> pd.DataFrame:
    """(kode_desa, komoditas, share within the commodity) for desa that produce it."""
    rows = []
    for code, kecamatan in zip(reference.desa["kode"], reference.desa["kode_kec"]):
        candidates = []
        if kecamatan in BRACKISH_PONDS:
            candidates += ["udang", "bandeng", "rumput laut"]
        if kecamatan in COASTAL:
            candidates.append("ikan laut")
        freshwater_probability = 0.9 if kecamatan in FRESHWATER_CLUSTER else 0.35
        for commodity in ("nila", "lele", "patin"):
            if rng.random() < freshwater_probability * (0.5 if commodity == "patin" else 1):
                candidates.append(commodity)
        for commodity in candidates:
            size = rng.lognormal(0, 0.6) * (2.5 if kecamatan in FRESHWATER_CLUSTER else 1)
            rows.append({"kode_desa": code, "komoditas": commodity, "size": size})
    producers = pd.DataFrame(rows)
    producers["share"] = producers["size"] / producers.groupby("komoditas")["size"].transform("sum")
    return producers.drop(columns="size")


def _production(producers: pd.DataFrame, start: str, end: str, rng: np.random.Generator) -> pd.DataFrame:
    periods = month_range(start, end)[: -REPORTING_LAG_MONTHS or None]
    frames = []
    for period in periods:
        year, month = int(period[:4]), int(period[5:7])
        yearly = YEARLY_TONNES.get(year, YEARLY_TONNES[max(YEARLY_TONNES)])
        # Pond harvests peak in the dry season; seaweed grows best in the east monsoon.
        seasonal = 1 + 0.18 * np.sin((month - 3) / 12 * 2 * np.pi)
        commodity_total = producers["komoditas"].map(COMMODITY_SHARE) * yearly / 12 * seasonal
        volume = commodity_total * producers["share"] * rng.lognormal(0, 0.15, len(producers))
        frames.append(pd.DataFrame({"periode": period, "kode_desa": producers["kode_desa"],
                                    "komoditas": producers["komoditas"], "volume_ton": volume.round(2)}))
    production = pd.concat(frames, ignore_index=True)
    return production[production["volume_ton"] > 0].reset_index(drop=True)


def _ovop(reference: Reference, producers: pd.DataFrame, last_year: int, rng: np.random.Generator) -> pd.DataFrame:
    names = reference.desa.set_index("kode")["nama"]
    rows, used = [], set()
    candidates = producers.sample(frac=1.0, random_state=int(rng.integers(1 << 31))).head(90)
    for code, commodity in zip(candidates["kode_desa"], candidates["komoditas"]):
        product = f"{rng.choice(PRODUCTS[commodity])} {names[code]}"
        if product in used:
            continue
        used.add(product)
        year = int(rng.choice(np.arange(2019, last_year + 1)))
        # The registry keeps today's certification, not its date, so SP-03 for a past year counts
        # the products registered by then as they stand now. Newer products are the more likely
        # certified ones (the programme certifies as it registers), so the share grows over time.
        certified_probability = min(0.9, 0.15 + 0.1 * (year - 2019))
        certification = (rng.choice(OVOP_CERTIFICATIONS[1:], p=[0.6, 0.3, 0.1])
                         if rng.random() < certified_probability else "belum")
        rows.append({"nama_produk": product, "kode_desa": code, "komoditas": commodity,
                     "sertifikasi": str(certification), "tahun_terdaftar": year})
    return pd.DataFrame(rows)
