"""Kemendagri region codes: always text, dots kept, never numbers.

``36.04`` kabupaten, ``36.04.05`` kecamatan, ``36.04.05.2001`` desa (``1xxx``
would be a kelurahan). ``36.04.10`` and ``36.04.1`` are different codes: nothing
here strips zeros.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

KABUPATEN = "kabupaten"
KECAMATAN = "kecamatan"
DESA = "desa"

_PATTERNS = {
    KABUPATEN: re.compile(r"^\d{2}\.\d{2}$"),
    KECAMATAN: re.compile(r"^\d{2}\.\d{2}\.\d{2}$"),
    DESA: re.compile(r"^\d{2}\.\d{2}\.\d{2}\.[12]\d{3}$"),
}
PATTERN_HINT = {KABUPATEN: "36.04", KECAMATAN: "36.04.05", DESA: "36.04.05.2001"}


def normalize(code: object) -> str:
    """Trim a code read from a file; keep every digit and dot as written."""
    return "" if code is None else str(code).strip()


def level(code: str) -> str | None:
    """``kabupaten``, ``kecamatan``, ``desa``, or None when malformed."""
    for name, pattern in _PATTERNS.items():
        if pattern.match(code):
            return name
    return None


def is_level(code: str, expected: str) -> bool:
    return bool(_PATTERNS[expected].match(code))


def parent(code: str) -> str | None:
    """``36.04.05.2001`` → ``36.04.05``; ``36.04.05`` → ``36.04``; ``36.04`` → None."""
    head, _, tail = code.rpartition(".")
    return head if head and level(code) in (KECAMATAN, DESA) else None


def within(code: str, region: str) -> bool:
    """True when ``code`` is ``region`` or lies inside it (by code prefix)."""
    return code == region or code.startswith(region + ".")


def normalize_column(codes: pd.Series) -> pd.Series:
    """Vectorised ``normalize`` for a file column: trims, drops Excel's leading apostrophe and
    spaces, and dots a code written as bare digits (``3604052001`` → ``36.04.05.2001``).
    Digits and zeros are never dropped."""
    text = codes.str.strip().str.lstrip("'").str.replace(r"\s+", "", regex=True)
    for pattern, dotted in _UNDOTTED:
        text = text.str.replace(pattern, dotted, regex=True)
    return text


def levels(codes: pd.Series) -> pd.Series:
    """Vectorised ``level``: the level name of each code, or NaN when malformed."""
    result = pd.Series(np.nan, index=codes.index, dtype=object)
    for name, pattern in _PATTERNS.items():
        result = result.mask(codes.str.fullmatch(pattern.pattern.strip("^$")).fillna(False).to_numpy(), name)
    return result


_UNDOTTED = (
    (r"^(\d{2})(\d{2})(\d{2})([12]\d{3})$", r"\1.\2.\3.\4"),
    (r"^(\d{2})(\d{2})(\d{2})$", r"\1.\2.\3"),
    (r"^(\d{2})(\d{2})$", r"\1.\2"),
)
