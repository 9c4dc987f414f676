"""Numbers as Indonesians and spreadsheets write them, one convention per column.

``1.234.567,89`` (Indonesian), ``1,234,567.89`` and ``1234567.89`` (dot decimal),
``87,5 %``, ``Rp 1.500.000``; ``-`` and empty are missing. The convention is
decided from all the column's values: a value only one convention can read
(``87,5``, ``1.234.567`` → Indonesian; ``12.5``, ``1,234,567`` → dot decimal) is
evidence; the majority wins and values that only the other convention reads are
flagged, never guessed. When every value reads both ways (``1.250`` alone) the
column is read as Indonesian (1250) and the result says so, so ``1.250`` never
becomes 1.25 silently. Spreadsheet cells that held real numbers are taken as they
are. Everything is vectorised over the column.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

INDONESIAN, DOT_DECIMAL, PLAIN = "id", "en", "plain"
MISSING_TOKENS = ("", "-", "–", "—")

_ID = r"[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d+)?"
_EN = r"[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:[eE][+-]?\d+)?"
_DECIMAL = r"[+-]?\d+(?:[.,]\d+)?"
_CURRENCY = r"(?i)^(?:rp|idr)\.?"
_SPACES = r"[\s\u00a0\u202f']"


@dataclass(frozen=True)
class Numbers:
    values: pd.Series  # float, NaN where missing or unreadable
    missing: np.ndarray  # empty or "-"
    bad: np.ndarray  # not readable as a number in the column's convention
    mixed: np.ndarray  # part of ``bad``: readable only in the other convention
    convention: str  # INDONESIAN, DOT_DECIMAL or PLAIN
    assumed: str | None  # a value (cleaned) read as Indonesian by default because it reads both ways


def clean(raw: pd.Series) -> pd.Series:
    """Drop currency, percent sign, spaces and a leading apostrophe; ``,5`` → ``0,5``.

    Only the cells that need it are rewritten: most cells are bare digits and separators.
    """
    text = raw.str.strip()
    decorated = text.str.contains(r"[^0-9.,+\-]", regex=True).to_numpy()
    if decorated.any():
        part = text[decorated].str.replace(_CURRENCY, "", regex=True).str.replace("%", "", regex=False)
        text[decorated] = part.str.replace(_SPACES, "", regex=True)
    bare_fraction = text.str.contains(r"^[+-]?[.,]\d", regex=True).to_numpy()
    if bare_fraction.any():
        text[bare_fraction] = text[bare_fraction].str.replace(r"^([+-]?)", r"\g<1>0", regex=True)
    return text


def parse_numbers(raw: pd.Series, native: np.ndarray | None = None, grouping: bool = True) -> Numbers:
    """Parse a column; ``grouping=False`` (coordinates) reads ``,`` or ``.`` as the decimal mark only."""
    native = np.zeros(len(raw), dtype=bool) if native is None else native
    text = clean(raw)
    missing = text.isin(MISSING_TOKENS).to_numpy() & ~native
    typed = ~missing & ~native
    values = pd.Series(np.nan, index=raw.index, dtype=float)
    if native.any():
        values[native] = pd.to_numeric(raw[native], errors="coerce")

    if not grouping:
        readable = text.str.fullmatch(_DECIMAL).to_numpy()
        ok = typed & readable
        values[ok] = text[ok].str.replace(",", ".", regex=False).astype(float)
        bad = typed & ~readable | native & values.isna().to_numpy()
        return Numbers(values, missing, bad, np.zeros(len(raw), dtype=bool), PLAIN, None)

    can_id = text.str.fullmatch(_ID).to_numpy() & typed
    can_en = text.str.fullmatch(_EN).to_numpy() & typed
    id_only, en_only = int((can_id & ~can_en).sum()), int((can_en & ~can_id).sum())
    ambiguous = can_id & can_en & text.str.contains(r"[.,]", regex=True).to_numpy()
    assumed = None
    if id_only or en_only:
        convention = INDONESIAN if id_only >= en_only else DOT_DECIMAL
    elif ambiguous.any():
        convention, assumed = INDONESIAN, str(text[ambiguous].iloc[0])
    else:
        convention = PLAIN

    readable = can_id if convention == INDONESIAN else can_en
    if convention == INDONESIAN:
        normal = text[readable].str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    else:
        normal = text[readable].str.replace(",", "", regex=False)
    values[readable] = normal.astype(float)  # the patterns above admit only what float() reads
    bad = typed & ~readable | native & values.isna().to_numpy()
    mixed = bad & (can_en if convention == INDONESIAN else can_id)
    return Numbers(values, missing, bad, mixed, convention, assumed)
