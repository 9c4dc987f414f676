"""Sample Serang Tatu service requests: one row per request, timestamps in WIB."""

from __future__ import annotations


import numpy as np
import pandas as pd

from pipelines.demo.calendar import IDUL_FITRI, months as month_range
from pipelines.demo.geo import URBAN, desa_frame
from pipelines.reference.load import Reference

BASE_REQUESTS_PER_MONTH = 6500
SERVICE_MIX = {
    "ktp-el": 0.24, "kartu-keluarga": 0.20, "akta-kelahiran": 0.15, "akta-kematian": 0.04,
    "pindah-datang": 0.08, "nib-perizinan": 0.08, "pbg": 0.02, "kartu-ak1": 0.09, "pbb": 0.07, "bphtb": 0.03,
}
# Kecamatan whose back office is slower in the sample, so the page has something to find.
SLOW_KECAMATAN = {"36.04.20": 1.6, "36.04.25": 1.4, "36.04.32": 1.5}


def generate(reference: Reference, services: pd.DataFrame, start: str, end: str,
             rng: np.random.Generator, size: float) -> pd.DataFrame:
    periods = month_range(start, end)
    progress = np.linspace(0.0, 1.0, len(periods))
    expected = np.array([
        BASE_REQUESTS_PER_MONTH * size * (1 + 0.9 * p) * _seasonal(period)
        for period, p in zip(periods, progress)
    ])
    counts = rng.poisson(expected)
    total = int(counts.sum())
    month_index = np.repeat(np.arange(len(periods)), counts)

    desa = desa_frame(reference)
    desa_index = rng.choice(len(desa), total, p=desa["weight"].to_numpy())
    kecamatan = desa["kode_kec"].to_numpy()[desa_index]

    service_ids = services["id"].to_numpy()
    mix = np.array([SERVICE_MIX.get(service, 0.02) for service in service_ids])
    service_index = rng.choice(len(service_ids), total, p=mix / mix.sum())
    sla_days = services["sla_days"].to_numpy(dtype=float)[service_index]

    urban = np.isin(kecamatan, list(URBAN))
    online_probability = np.clip(0.22 + 0.45 * progress[month_index] + np.where(urban, 0.12, -0.05), 0.05, 0.95)
    online = rng.random(total) < online_probability

    starts = pd.to_datetime([f"{period}-01" for period in periods]).to_numpy()
    days_in = np.array([pd.Period(period, freq="M").days_in_month for period in periods])
    day_offset = np.floor(rng.random(total) * days_in[month_index])
    hour = np.where(online, rng.random(total) * 24, 8 + rng.random(total) * 7.5)
    submitted = starts[month_index] + ((day_offset * 24 + hour) * 60).astype("timedelta64[m]")

    slowness = np.vectorize(lambda code: SLOW_KECAMATAN.get(code, 1.0), otypes=[float])(kecamatan)
    typical_share = 0.75 - 0.35 * progress[month_index]  # processing improves over time
    duration_days = sla_days * slowness * typical_share * rng.lognormal(0.0, 0.55, total)
    stuck = rng.random(total) < 0.015
    duration_days = np.where(stuck, duration_days * 8, duration_days)
    completed = submitted + (duration_days * 24 * 60).astype("timedelta64[m]")

    cutoff = np.datetime64(pd.Period(end, freq="M").end_time.floor("min"))
    rejected = rng.random(total) < 0.03
    done = completed <= cutoff
    status = np.where(rejected & done, "ditolak", np.where(done, "selesai", "diproses"))
    sequence = np.arange(1, total + 1)

    frame = pd.DataFrame({
        "id_permohonan": pd.Series(np.array(periods)[month_index]).str.replace("-", "", regex=False).radd("ST-")
        + "-" + pd.Series(sequence).astype(str).str.zfill(7),
        "layanan": service_ids[service_index],
        "kanal": np.where(online, "daring", "loket"),
        "kode_desa": desa["kode"].to_numpy()[desa_index],
        "waktu_masuk": pd.to_datetime(submitted),
        "waktu_selesai": pd.to_datetime(np.where(done, completed, np.datetime64("NaT"))),
        "status": status,
    })
    return frame.sort_values("waktu_masuk", kind="stable").reset_index(drop=True)


def _seasonal(period: str) -> float:
    year, month = int(period[:4]), int(period[5:7])
    factor = {1: 1.15, 7: 1.10, 8: 1.05, 12: 0.9}.get(month, 1.0)
    lebaran = IDUL_FITRI.get(year)
    if lebaran and month == lebaran.month:
        factor *= 0.75
    return factor
