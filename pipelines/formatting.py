"""The one formatter: numbers, Rupiah, percentages, dates and periods, id-ID first.

Indonesian: ``1.234.567``, ``12,5 %``, ``Rp1.500.000``, ``17 Agustus 2024``,
times in WIB. English (the toggle): ``1,234,567``, ``12.5%``, ``IDR 1,500,000``.
Missing values render as an en dash so a table never shows ``nan``.
Streamlit's own "localized" format is wrong for comma-decimal locales, so every
number a page shows goes through here.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pandas as pd
from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal as _babel_decimal

from pipelines.settings import TIMEZONE

MISSING = "–"
WIB = ZoneInfo(TIMEZONE)
_LOCALE = {"id": "id_ID", "en": "en_US"}
_COMPACT = {
    "id": ((1e12, "T"), (1e9, "M"), (1e6, "jt"), (1e3, "rb")),
    "en": ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")),
}
_QUARTER = {"id": "Triwulan", "en": "Q"}
_RUPIAH_PREFIX = {"id": "Rp", "en": "IDR "}


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    try:
        return math.isnan(value)  # type: ignore[arg-type]
    except TypeError:
        return False


def number(value: float | int | None, decimals: int = 0, lang: str = "id") -> str:
    """``1234567.891`` → ``1.234.567`` (or ``1.234.567,89`` with ``decimals=2``)."""
    if _missing(value):
        return MISSING
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    rounded = round(float(value), decimals)
    if rounded == 0:
        rounded = 0.0  # never print "-0"
    return _babel_decimal(rounded, format=pattern, locale=_LOCALE[lang])


def percent(value: float | None, decimals: int = 1, lang: str = "id") -> str:
    """A value already in percent: ``12.5`` → ``12,5 %``."""
    if _missing(value):
        return MISSING
    text = number(value, decimals, lang)
    return f"{text} %" if lang == "id" else f"{text}%"


def rupiah(value: float | None, lang: str = "id") -> str:
    """``1500000`` → ``Rp1.500.000`` (no decimals: Rupiah has no cents in practice)."""
    if _missing(value):
        return MISSING
    sign = "-" if value < 0 else ""
    text = number(abs(value), 0, lang)
    return f"{sign}{_RUPIAH_PREFIX[lang]}{text}"


def compact(value: float | None, lang: str = "id") -> str:
    """Large numbers for cards: ``1234567`` → ``1,2 jt``; small ones unchanged."""
    if _missing(value):
        return MISSING
    for size, suffix in _COMPACT[lang]:
        if abs(value) >= size:
            return f"{number(value / size, 1, lang)} {suffix}"
    return number(value, 0 if float(value).is_integer() else 1, lang)


def with_unit(value: float | None, unit: str, lang: str = "id") -> str:
    """A value in a catalog unit: ``%`` → percent, ``Rp`` → Rupiah, else number + unit."""
    if unit == "%":
        return percent(value, 1, lang)
    if unit.lower() in {"rp", "rupiah"}:
        return rupiah(value, lang)
    if unit.lower().startswith("rp ") and not _missing(value):  # "Rp triliun" → Rp8,18 triliun
        return f"{_RUPIAH_PREFIX[lang]}{number(value, 2, lang)} {unit[3:]}"
    if _missing(value):
        return MISSING
    decimals = 0 if float(value).is_integer() or abs(value) >= 100 else (1 if abs(value) >= 10 else 2)
    if lang == "en" and value == 1 and re.fullmatch(r"[a-z]+[^s]s", unit):  # "1 days" → "1 day"
        unit = unit[:-1]
    return f"{number(value, decimals, lang)} {unit}".strip()


def day(value: date | datetime | None, lang: str = "id", short: bool = False) -> str:
    """``date(2024, 8, 17)`` → ``17 Agustus 2024`` (``short``: ``17 Agu 2024``)."""
    if value is None:
        return MISSING
    if isinstance(value, datetime):
        value = to_wib(value).date()
    return _babel_date(value, format="d MMM y" if short else "d MMMM y", locale=_LOCALE[lang])


def to_wib(value: datetime) -> datetime:
    """Naive datetimes in this project are already WIB; aware ones are converted."""
    return value.replace(tzinfo=WIB) if value.tzinfo is None else value.astimezone(WIB)


def moment(value: datetime | None, lang: str = "id") -> str:
    """``3 Desember 2026 15.20 WIB`` — the time convention Indonesian readers expect."""
    if value is None:
        return MISSING
    local = to_wib(value)
    clock = local.strftime("%H.%M") if lang == "id" else local.strftime("%H:%M")
    return f"{day(local, lang)} {clock} WIB"


def now_wib() -> datetime:
    """Current time in Asia/Jakarta, as a naive datetime (the warehouse convention)."""
    return datetime.now(WIB).replace(tzinfo=None)


def period(code: str | None, lang: str = "id", short: bool = False) -> str:
    """A period code: ``2024-08`` → ``Agustus 2024``, ``2024-Q3`` → ``Triwulan 3 2024``, ``2024``."""
    if not code or _missing(code):  # NaN from a pandas column is truthy
        return MISSING
    if len(code) == 7 and code[4] == "-" and code[5:].isdigit():
        month_start = date(int(code[:4]), int(code[5:]), 1)
        return _babel_date(month_start, format="MMM y" if short else "MMMM y", locale=_LOCALE[lang])
    if len(code) == 7 and code[5] == "Q":
        return f"{_QUARTER[lang]} {code[6]} {code[:4]}" if lang == "id" else f"Q{code[6]} {code[:4]}"
    return code


# --- leadership pages (issue 4) ---------------------------------------------------------

def signed(value: float | None, decimals: int = 1, lang: str = "id") -> str:
    """A change with its sign, for deltas: ``0.94`` → ``+0,9``, ``-1.11`` → ``-1,1``, ``0`` → ``0,0``."""
    if _missing(value):
        return MISSING
    text = number(value, decimals, lang)
    return text if text.startswith("-") or round(float(value), decimals) == 0 else f"+{text}"
