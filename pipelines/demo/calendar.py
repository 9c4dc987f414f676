"""Months and holidays the sample data follows (peaks at Lebaran, school holidays, year end)."""

from __future__ import annotations

from datetime import date

import pandas as pd

# Idul Fitri (1 Syawal) per the government's SKB calendar.
IDUL_FITRI = {2023: date(2023, 4, 22), 2024: date(2024, 4, 10), 2025: date(2025, 3, 31),
              2026: date(2026, 3, 20), 2027: date(2027, 3, 10), 2028: date(2028, 2, 27)}


def months(start: str, end: str) -> list[str]:
    """``months("2023-01", "2023-03")`` → ``["2023-01", "2023-02", "2023-03"]``."""
    return [period.strftime("%Y-%m") for period in pd.period_range(start, end, freq="M")]


def month_start(period: str) -> date:
    return date(int(period[:4]), int(period[5:7]), 1)


def days_in_month(period: str) -> int:
    return pd.Period(period, freq="M").days_in_month


def holiday_factor(period: str) -> float:
    """Tourism demand multiplier: Lebaran month and the next, school holidays, year end."""
    year, month = int(period[:4]), int(period[5:7])
    factor = 1.0
    lebaran = IDUL_FITRI.get(year)
    if lebaran and (month == lebaran.month or (month == lebaran.month + 1 and lebaran.day > 20)):
        factor += 1.2
    if month in (6, 7):
        factor += 0.6
    if month == 12:
        factor += 0.5
    return factor


def working_days(period: str) -> pd.DatetimeIndex:
    """Monday–Friday of the month, minus the Lebaran collective leave week."""
    start = pd.Timestamp(month_start(period))
    days = pd.bdate_range(start, start + pd.offsets.MonthEnd(0))
    lebaran = IDUL_FITRI.get(start.year)
    if lebaran:
        leave = pd.date_range(pd.Timestamp(lebaran) - pd.Timedelta(days=2), periods=7)
        days = days.difference(leave)
    return days
