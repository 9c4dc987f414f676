"""Sample values for reported (non-computed) indicators, at kabupaten level.

Values scatter around each year's target. A few sources are deliberately left
late (their latest period missing) so the freshness checks have something to show.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipelines.settings import REGION_CODE

LATE_INDICATORS = {"EC-02", "SO-02", "LV-02"}  # their most recent period is missing in the sample
COUNT_UNITS = {"desa", "unit", "jiwa", "lokasi", "kecamatan", "permohonan", "perjalanan", "kunjungan"}
POPULATION_2023 = 1_730_532  # Disdukcapil semester II 2023 (sourced; real figures override anyway)


def generate(indicators: pd.DataFrame, targets: pd.DataFrame, start: str, end: str,
             rng: np.random.Generator) -> pd.DataFrame:
    target = targets.set_index(["kode_indikator", "tahun"])["target"]
    rows = []
    for indicator in indicators[~indicators["computed"]].itertuples():
        periods = _complete_periods(indicator.frequency, start, end)
        if indicator.kode in LATE_INDICATORS:
            periods = periods[:-1]
        for period in periods:
            year = int(period[:4])
            value = _value(indicator, year, target, rng)
            if value is not None:
                rows.append({"kode_indikator": indicator.kode, "periode": period, "kode_wilayah": REGION_CODE,
                             "nilai": value, "keterangan": "data contoh"})
    return pd.DataFrame(rows, columns=["kode_indikator", "periode", "kode_wilayah", "nilai", "keterangan"])


def _value(indicator, year: int, target: pd.Series, rng: np.random.Generator) -> float | None:
    if indicator.kode == "SO-01":
        return float(round(POPULATION_2023 * (1.025 ** (year - 2023))))
    years = target[indicator.kode] if indicator.kode in target.index.get_level_values(0) else None
    if years is None or years.empty:
        return None
    goal = years.iloc[int(np.argmin(np.abs(years.index.to_numpy() - year)))]  # nearest year with a target
    drift = rng.normal(1.03, 0.025) if indicator.direction == "lower" else rng.normal(0.95, 0.09)
    value = goal * drift
    if indicator.unit == "%":
        value = min(value, 100.0)
    if indicator.unit in COUNT_UNITS:
        return float(round(value))
    return round(float(value), 2)


def _complete_periods(frequency: str, start: str, end: str) -> list[str]:
    """Periods that have fully ended by the end month (a year is complete once December is)."""
    last = pd.Period(end, freq="M")
    if frequency == "monthly":
        return [p.strftime("%Y-%m") for p in pd.period_range(start, last, freq="M")]
    if frequency == "quarterly":
        quarters = pd.period_range(pd.Period(start, freq="Q"), last.asfreq("Q"), freq="Q")
        return [f"{q.year}-Q{q.quarter}" for q in quarters if q.end_time <= last.end_time]
    years = range(int(start[:4]), last.year + (1 if last.month == 12 else 0))
    return [str(year) for year in years]
