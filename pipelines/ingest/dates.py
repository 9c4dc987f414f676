"""Dates, timestamps and reporting periods as people type them, read into WIB and period codes.

Dates: ``17/08/2024`` and ``17-08-2024`` (always day first; ``08/17/2024`` is
refused, never read month-first), ``2024-08-17``, ``17 Agustus 2024``,
``17 Agt 2024``, ``Sabtu, 17 Agustus 2024``, Excel serial numbers (``45521``)
and real spreadsheet dates. Times: ``08:30``, ``15.20``, with ``WIB``/``WITA``/
``WIT``/``Z`` or an offset (``+07:00``); every timestamp comes back as naive
Asia/Jakarta time whatever the server's time zone (no time zone = already WIB).
A day or time that does not exist (``31/02/2024``, ``25:30``, ``08:75``) is
unreadable (``impossible``), never rolled over into the next day or month.
Periods: ``2024``, ``2024-08``, ``08/2024``, ``Agustus 2024``, ``Agt 2024``,
``Mei 2024``, ``2024-Q3``, ``Q3 2024``, ``Triwulan III 2024``, ``TW 3 2024``, or
a date (its month). Month names come from CLDR (Babel) plus the colloquial
spellings below. Everything is vectorised over the column.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
from babel.dates import get_day_names, get_month_names

MONTH, QUARTER, YEAR = "month", "quarter", "year"
WIB_MINUTES = 7 * 60
EXCEL_EPOCH = pd.Timestamp("1899-12-30")
SERIAL_RANGE = (10_000, 2_958_465)  # 1927-05-18 … 9999-12-31; smaller numbers are years or typos
# Spellings CLDR does not list but Indonesian files use.
COLLOQUIAL_MONTHS = {"pebruari": 2, "peb": 2, "agt": 8, "ags": 8, "agust": 8, "sept": 9, "nopember": 11, "nop": 11}
ZONES = {"wib": 420, "wita": 480, "wit": 540, "z": 0, "utc": 0, "gmt": 0}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

_TIME = r"(?:[\st,]+(?:pukul\s*|jam\s*)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2})(?:[.,]\d+)?)?)?"
_ZONE = r"\s*(?P<Z>wita|wib|wit|utc|gmt|z|[+-]\d{2}(?::?\d{2})?)?"
_DATE_FORMS = {
    "iso": r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})",
    "dmy": r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})",
    "named": r"(?P<d>\d{1,2})[\s\-]+(?P<mn>[a-z]+)\.?[\s\-]+(?P<y>\d{4})",
}
_PERIOD_FORMS = {
    "year": r"(?P<y>\d{4})",
    "year_month": r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})",
    "month_year": r"(?P<m>\d{1,2})[-/.](?P<y>\d{4})",
    "named_month": r"(?P<mn>[a-z]+)\.?[\s\-/]*(?P<y>\d{4})",
    "year_quarter": r"(?P<y>\d{4})[\s\-/]*(?:q|tw|triwulan|kuartal)[\s\-.]*(?P<q>[1-4]|iv|i{1,3})",
    "quarter_year": r"(?:q|tw|triwulan|kuartal)[\s\-.]*(?P<q>[1-4]|iv|i{1,3})[\s\-/]*(?P<y>\d{4})",
}


@dataclass(frozen=True)
class Moments:
    values: pd.Series  # datetime64, naive WIB; NaT where missing or unreadable
    missing: np.ndarray
    bad: np.ndarray
    month_first: np.ndarray  # part of ``bad``: looks like mm/dd/yyyy
    impossible: np.ndarray  # part of ``bad``: written like a date but no such day or time (31/02, 25:30)
    serials: np.ndarray  # text cells read as Excel serial numbers


@dataclass(frozen=True)
class Periods:
    values: pd.Series  # "2024", "2024-08", "2024-Q3"; NA where missing or unreadable
    kinds: pd.Series  # MONTH, QUARTER, YEAR
    missing: np.ndarray
    bad: np.ndarray


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    names: dict[str, int] = dict(COLLOQUIAL_MONTHS)
    for locale in ("en", "id"):
        for width in ("wide", "abbreviated"):
            names.update({name.lower(): number for number, name in get_month_names(width, locale=locale).items()})
    return names


def _normalize(raw: pd.Series) -> pd.Series:
    text = raw.str.strip().str.lower().str.replace(r"\s+", " ", regex=True)
    days = "|".join(sorted({day.lower() for day in get_day_names("wide", locale="id").values()} | {"jum'at", "ahad"}))
    return text.str.replace(rf"^(?:{days}),?\s+", "", regex=True)


def parse_moments(raw: pd.Series, native: np.ndarray | None = None) -> Moments:
    """Dates or timestamps → naive WIB datetimes."""
    native = np.zeros(len(raw), dtype=bool) if native is None else native
    text = _normalize(raw)
    missing = text.isin(("", "-", "–", "—")).to_numpy()
    values = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")
    month_first = np.zeros(len(raw), dtype=bool)
    matched = np.zeros(len(raw), dtype=bool)
    pending = ~missing

    serial_text = text.str.fullmatch(r"\d{5}(?:\.\d+)?").to_numpy()
    serial = pending & (serial_text | native & text.str.fullmatch(r"\d+(?:\.\d+)?").to_numpy())
    if serial.any():
        days = pd.to_numeric(text[serial], errors="coerce")
        days = days.where(days.between(*SERIAL_RANGE))
        values[serial] = EXCEL_EPOCH + pd.to_timedelta(days, unit="D")
        pending &= ~serial

    for form, pattern in _DATE_FORMS.items():
        parts = _whole_matches(text, pending, pattern + _TIME + _ZONE)
        if parts.empty:
            continue
        month = parts["mn"].map(month_numbers()) if form == "named" else parts["m"]
        stamp = _assemble(parts["y"], month, parts["d"], parts["H"], parts["M"], parts["S"])
        values[parts.index] = _to_wib(stamp, parts["Z"])
        if form == "dmy":
            looks_us = (pd.to_numeric(parts["m"]) > 12) & (pd.to_numeric(parts["d"]) <= 12)
            month_first[raw.index.get_indexer(parts.index[looks_us.to_numpy()])] = True
        pending[raw.index.get_indexer(parts.index)] = False
        matched[raw.index.get_indexer(parts.index)] = True

    bad = ~missing & values.isna().to_numpy()
    return Moments(values, missing, bad, month_first & bad, matched & bad & ~month_first,
                   serial & serial_text & ~bad)


def parse_periods(raw: pd.Series, native: np.ndarray | None = None) -> Periods:
    """Reporting periods → ``YYYY``, ``YYYY-MM`` or ``YYYY-Qn`` with their kind."""
    text = _normalize(raw)
    missing = text.isin(("", "-", "–", "—")).to_numpy()
    values = pd.Series(None, index=raw.index, dtype=str)
    kinds = pd.Series(None, index=raw.index, dtype=str)
    pending = ~missing
    for form, pattern in _PERIOD_FORMS.items():
        parts = _whole_matches(text, pending, pattern)
        if parts.empty:
            continue
        year = pd.to_numeric(parts["y"])
        if form == "year":
            codes, kind = year.astype(int).astype(str), YEAR
        elif form in ("year_quarter", "quarter_year"):
            quarter = parts["q"].map(lambda q: _ROMAN.get(q) or int(q))
            codes, kind = year.astype(int).astype(str) + "-Q" + quarter.astype(str), QUARTER
        else:
            month = parts["mn"].map(month_numbers()) if form == "named_month" else pd.to_numeric(parts["m"])
            month = pd.to_numeric(month, errors="coerce")
            valid = month.between(1, 12)
            parts, year, month = parts[valid], year[valid], month[valid]
            codes, kind = year.astype(int).astype(str) + "-" + month.astype(int).astype(str).str.zfill(2), MONTH
        values[parts.index] = codes
        kinds[parts.index] = kind
        pending[raw.index.get_indexer(parts.index)] = False
    if pending.any():  # a full date or a spreadsheet date stands for its month
        moments = parse_moments(raw[pending], None if native is None else native[pending])
        found = moments.values.dropna()
        values[found.index] = found.dt.strftime("%Y-%m")
        kinds[found.index] = MONTH
    bad = ~missing & values.isna().to_numpy()
    return Periods(values, kinds, missing, bad)


def _whole_matches(text: pd.Series, pending: np.ndarray, pattern: str) -> pd.DataFrame:
    """The named groups of the still-pending cells that ``pattern`` matches whole (every form has a year)."""
    if not pending.any():
        return pd.DataFrame()
    parts = text[pending].str.extract(rf"^{pattern}$")
    return parts[parts["y"].notna()]


def _assemble(year, month, day, hour, minute, second) -> pd.Series:
    frame = pd.DataFrame({
        "year": pd.to_numeric(year), "month": pd.to_numeric(month, errors="coerce"), "day": pd.to_numeric(day),
        "hour": pd.to_numeric(hour).fillna(0), "minute": pd.to_numeric(minute).fillna(0),
        "second": pd.to_numeric(second).fillna(0),
    })
    # pandas rolls 25:30 over into the next day; a clock time that does not exist is a typo, not 01:30.
    clock = (frame["hour"] <= 23) & (frame["minute"] <= 59) & (frame["second"] <= 59)
    return pd.to_datetime(frame, errors="coerce").where(clock)


def _to_wib(stamp: pd.Series, zone: pd.Series) -> pd.Series:
    """Shift timestamps written in another zone to WIB; no zone means the writer meant WIB."""
    offsets = zone.map(_zone_minutes).fillna(WIB_MINUTES)
    return stamp + pd.to_timedelta(WIB_MINUTES - offsets, unit="m")


def _zone_minutes(zone: object) -> float:
    if not isinstance(zone, str):
        return np.nan
    if zone in ZONES:
        return ZONES[zone]
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return sign * (int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) >= 4 else 0))
