"""Make every text cell compare as it reads: NFKC, no zero-width characters, a real minus sign.

Guarantees: a cell that looks like ``EC-02``, ``36.04`` or ``-5`` is exactly that text,
however it was typed: full-width forms (``ＥＣ－０２``, ``３６．０４``) become ASCII, no-break
spaces become spaces, zero-width characters (U+200B/C/D, U+2060, U+FEFF, soft hyphen) are
removed and the Unicode minus U+2212 becomes ``-``. Applied to every cell of every reader
before the header is looked for, so codes, numbers, choices and names all see the same text.
ASCII-only columns (almost all) are passed over at C speed.
"""

from __future__ import annotations

import unicodedata

import pandas as pd

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_INVISIBLE[0x2212] = "-"  # MINUS SIGN: NFKC keeps it, number parsing would not


def clean_text(text: str) -> str:
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", text.translate(_INVISIBLE))


def clean_cells(cells: pd.DataFrame) -> pd.DataFrame:
    """The grid with every non-ASCII cell cleaned (columns that are all ASCII are left as they are)."""
    dirty = [column for column in cells.columns if not "".join(cells[column].tolist()).isascii()]
    if not dirty:
        return cells
    cells = cells.copy()
    for column in dirty:
        cells[column] = cells[column].map(clean_text)
    return cells
