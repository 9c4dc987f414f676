"""What every reader returns: a grid of text cells with the source row number of each grid row.

Cells are text (``""`` when empty) so codes keep every digit and zero. Where a
spreadsheet or GeoJSON held a real number or date, ``native`` marks the cell and
the text is canonical (``1250``, ``1.25``, ``2024-08-17``), so number parsing does
not guess a separator convention for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from pipelines.errors import UserError


@dataclass
class Sheet:
    name: str | None  # XLSX sheet name; None for CSV and GeoJSON
    cells: pd.DataFrame  # columns 0..n-1, text
    rows: np.ndarray  # source row number of each grid row, as the sender's program shows it
    native: pd.DataFrame | None = None  # True where the cell held a real number or date
    notes: list[str] = field(default_factory=list)
    hidden: bool = False
    delimiter: str | None = None  # CSV only: the field separator the file was split on
    # XLSX only: (grid row, grid column) → (cell such as ``C5``, formula) of formulas saved without a result
    formulas: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)


class FileRejected(UserError):
    """The whole file cannot be used (unreadable, wrong columns, ambiguous sheet): nothing is loaded."""

    def __init__(self, key: str, row: int | None = None, **params) -> None:
        self.row = row  # where the problem was found (the header row), when there is one
        super().__init__(key, row=row if row is not None else "-", **params)


def canonical_number(value: float | int) -> str:
    """A real number as text no convention can misread: ``1250``, ``1.25``, ``-0.5``."""
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(float(f"{number:.12g}"))  # drop binary noise such as 0.1 + 0.2
