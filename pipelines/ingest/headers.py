"""Find the header row of a grid and match its cells to a dataset's columns.

Names match case-, space- and punctuation-insensitively (``Kode Wilayah``,
``kode_wilayah``, ``KODE-WILAYAH`` are one name), a unit in brackets is
ignored (``Volume (ton)``), and the aliases declared in ``pipelines.datasets``
are accepted. The header may sit below title rows and may span two rows (a
group label merged above its sub-labels). When two cells match one column, the
exact name wins and the other is reported as extra, never silently merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from pipelines.datasets import Column, Dataset
from pipelines.ingest.sheet import Sheet

SEARCH_ROWS = 30  # title rows above the header: a report title, the OPD, the period, blank lines
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SEPARATORS = re.compile(r"[^0-9a-z]+")


def normalize(text: str) -> str:
    """``" Kode Wilayah (Kemendagri)* "`` → ``kode_wilayah``."""
    text = _BRACKETS.sub(" ", str(text).replace("\ufeff", "").lower())
    return _SEPARATORS.sub("_", text).strip("_")


def names_of(column: Column) -> dict[str, str | None]:
    """Normalized accepted names of a column → the alias as declared (None for the column's own name)."""
    accepted = {normalize(alias): alias for alias in column.aliases}
    accepted[normalize(column.name)] = None
    return accepted


def match_name(dataset: Dataset, text: str) -> tuple[Column, str | None] | None:
    """The column a header text names, with the alias that matched (None: its own name)."""
    return _lookup(dataset).get(normalize(text))


@lru_cache(maxsize=None)
def _lookup(dataset: Dataset) -> dict[str, tuple[Column, str | None]]:
    lookup: dict[str, tuple[Column, str | None]] = {}
    for column in dataset.columns:
        for key, alias in names_of(column).items():
            lookup.setdefault(key, (column, alias))
    return lookup


@dataclass
class Header:
    row: int  # grid position of the (last) header row
    columns: dict[str, int]  # contract column → grid column
    headers: dict[str, str]  # contract column → header text as written
    aliases: dict[str, str]  # contract column → alias that matched (only where an alias was used)
    extra: list[str] = field(default_factory=list)  # header texts that match no column
    duplicates: list[str] = field(default_factory=list)  # header texts that repeat a matched column

    def missing(self, dataset: Dataset, required: bool) -> list[str]:
        return [c.name for c in dataset.columns if c.required == required and c.name not in self.columns]

    @property
    def found(self) -> list[str]:
        return list(self.headers.values()) + self.extra + self.duplicates


def locate(sheet: Sheet, dataset: Dataset) -> Header:
    """The best header among the first rows (most columns matched; one row beats two on a tie)."""
    best: Header | None = None
    best_score = (-1, 0, 0)
    limit = min(SEARCH_ROWS, len(sheet.cells))
    for position in range(limit):
        for top in (None, position - 1) if position > 0 else (None,):
            header = _match_row(sheet, dataset, position, top)
            score = (len(header.columns), top is None, -position)
            if score > best_score:
                best, best_score = header, score
    return best if best is not None else Header(row=-1, columns={}, headers={}, aliases={})


def _match_row(sheet: Sheet, dataset: Dataset, position: int, top: int | None) -> Header:
    bottom_texts = sheet.cells.iloc[position].tolist()
    top_texts = sheet.cells.iloc[top].tolist() if top is not None else [""] * len(bottom_texts)
    header = Header(row=position, columns={}, headers={}, aliases={})
    exact: set[str] = set()
    for grid_column, (upper, lower) in enumerate(zip(top_texts, bottom_texts)):
        upper, lower = upper.strip(), lower.strip()
        candidates = [text for text in (lower, upper, f"{upper} {lower}".strip()) if text]
        matched = next(((text, found) for text in candidates if (found := match_name(dataset, text))), None)
        if matched is None:
            if lower or (upper and top is not None):
                header.extra.append(lower or upper)
            continue
        text, (column, alias) = matched
        name = column.name
        if name in header.columns and (name in exact or alias is not None):
            header.duplicates.append(text)  # first exact match (or first alias match) keeps the column
            continue
        if name in header.columns:  # an exact name beats an earlier alias
            header.duplicates.append(header.headers[name])
            header.aliases.pop(name, None)
        header.columns[name], header.headers[name] = grid_column, text
        if alias is None:
            exact.add(name)
        else:
            header.aliases[name] = alias
    return header


def first_data_row(sheet: Sheet, header: Header) -> int:
    """Grid position of the first data row: skips rows of column numbers ``(1) (2) (3)`` or units ``(ton)``."""
    position = header.row + 1
    while position < len(sheet.cells):
        values = [value.strip() for value in sheet.cells.iloc[position].tolist() if value.strip()]
        if not values or not _is_label_row(values):
            break
        position += 1
    return position


def _is_label_row(values: list[str]) -> bool:
    if all(value.startswith("(") and value.endswith(")") for value in values):
        return True
    numbers = [value for value in values if value.isdigit()]
    return len(values) > 1 and len(numbers) == len(values) and \
        np.array_equal(np.array(numbers, dtype=int), np.arange(1, len(values) + 1))
