"""Months and holidays the sample data follows (peaks at Lebaran, school holidays, year end)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from pipelines.holidays import IDUL_FITRI, SCHOOL_HOLIDAY_MONTHS, YEAR_END_MONTH, lebaran_months


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
    if month in lebaran_months(year):
        factor += 1.2
    if month in SCHOOL_HOLIDAY_MONTHS:
        factor += 0.6
    if month == YEAR_END_MONTH:
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
