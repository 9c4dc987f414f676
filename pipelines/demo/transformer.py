"""Sample Transformer operations: trips, riders and km per route per working day."""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipelines.demo.calendar import months as month_range, working_days

# (route, mode, one-way km, seats, first month in service)
ROUTES = (
    ("Kramatwatu – Puspemkab", "bus listrik", 22.0, 40, "2023-01"),
    ("Cikande – Puspemkab", "bus listrik", 28.0, 40, "2023-01"),
    ("Baros – Puspemkab", "minibus", 20.0, 15, "2023-07"),
    ("Anyar – Puspemkab", "minibus", 38.0, 15, "2024-01"),
    ("Pontang – Puspemkab", "minibus", 15.0, 15, "2024-09"),
    ("Kawasan Puspemkab (antargedung)", "sepeda listrik", 3.0, 1, "2025-01"),
)
TRIPS_PER_DAY = {"bus listrik": 4, "minibus": 4, "sepeda listrik": 60}


def generate(start: str, end: str, rng: np.random.Generator) -> pd.DataFrame:
    periods = month_range(start, end)
    rows = []
    for index, period in enumerate(periods):
        days = working_days(period)
        for route, mode, km, seats, first in ROUTES:
            if period < first:
                continue
            load = min(0.95, 0.45 + 0.012 * index)  # more civil servants ride as the programme matures
            trips = np.full(len(days), TRIPS_PER_DAY[mode])
            trips = np.maximum(0, trips - (rng.random(len(days)) < 0.04))  # a breakdown now and then
            riders = rng.binomial(trips * seats, load)
            for day, trip_count, rider_count in zip(days, trips, riders):
                rows.append((day.date(), route, mode, int(trip_count), int(rider_count), round(trip_count * km, 1)))
    return pd.DataFrame(rows, columns=["tanggal", "rute", "moda", "perjalanan", "penumpang", "jarak_km"])
