"""Holiday dates the product knows: the sample generator's peaks and the pages' holiday shading agree.

Idul Fitri (1 Syawal) per the government's SKB calendar; extend the table when a new
year's SKB is published. School holidays (June–July) and the year end (December) are
fixed months.
"""

from __future__ import annotations

from datetime import date

IDUL_FITRI = {2023: date(2023, 4, 22), 2024: date(2024, 4, 10), 2025: date(2025, 3, 31),
              2026: date(2026, 3, 20), 2027: date(2027, 3, 10), 2028: date(2028, 2, 27)}
SCHOOL_HOLIDAY_MONTHS = (6, 7)
YEAR_END_MONTH = 12


def lebaran_months(year: int) -> tuple[int, ...]:
    """The Lebaran month, and the next one when Idul Fitri falls late in its month (the mudik week spills over)."""
    lebaran = IDUL_FITRI.get(year)
    if lebaran is None:
        return ()
    return (lebaran.month, lebaran.month + 1) if lebaran.day > 20 else (lebaran.month,)


def holiday_kind(period: str) -> str | None:
    """The holiday a month holds: ``lebaran``, ``sekolah`` (school), ``akhir_tahun`` (year end) or None."""
    year, month = int(period[:4]), int(period[5:7])
    if month in lebaran_months(year):
        return "lebaran"
    if month in SCHOOL_HOLIDAY_MONTHS:
        return "sekolah"
    if month == YEAR_END_MONTH:
        return "akhir_tahun"
    return None
