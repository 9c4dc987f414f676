"""Read every sheet of an XLSX workbook into grids, as the sender sees it in Excel.

Guarantees: merged cells (a header spread over several cells, a kecamatan name
merged down its desa rows) give their value to every cell they cover; formula
cells give their saved result (a formula saved without one, as scripts write them,
is listed in ``formulas`` by its cell, never read as an empty cell); numbers and dates are marked ``native`` with
canonical text (a cell formatted as a percentage gives ``87.5`` for 87,5 %);
empty but formatted rows and columns around the table are dropped; row numbers
are Excel's. Hidden sheets are flagged so the sheet choice can skip them.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time

import numpy as np
import openpyxl
import pandas as pd
from openpyxl.utils.exceptions import InvalidFileException

from pipelines.ingest.sheet import FileRejected, Sheet, canonical_number

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[ >/]")


def read_xlsx(data: bytes) -> list[Sheet]:
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        # Formulas are read a second time only when a sheet has any (loading twice costs time).
        formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False) if _has_formulas(data) else None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise FileRejected("ingest.reject.bad_xlsx") from None
    try:
        return [_read_sheet(sheet, formulas[sheet.title] if formulas is not None else None)
                for sheet in workbook.worksheets]
    finally:
        workbook.close()
        if formulas is not None:
            formulas.close()


def _has_formulas(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return any(_FORMULA_TAG.search(archive.read(name)) for name in archive.namelist()
                   if name.startswith("xl/worksheets/") and name.endswith(".xml"))


def _uncached(worksheet, formula_sheet) -> dict[tuple[int, int], tuple[str, str]]:
    """(row, column) from A1 → (cell, formula) for formula cells whose saved result is empty."""
    found: dict[tuple[int, int], tuple[str, str]] = {}
    if formula_sheet is None:
        return found
    for row in formula_sheet.iter_rows():
        for cell in row:
            if cell.data_type != "f":
                continue
            if worksheet.cell(row=cell.row, column=cell.column).value is None:
                text = cell.value if isinstance(cell.value, str) else getattr(cell.value, "text", "")
                found[(cell.row - 1, cell.column - 1)] = (cell.coordinate, str(text or ""))
    return found


def _read_sheet(worksheet, formula_sheet=None) -> Sheet:
    texts: list[list[str]] = []
    natives: list[list[bool]] = []
    for row in worksheet.iter_rows():
        cells = [_cell_text(cell) for cell in row]
        texts.append([text for text, _ in cells])
        natives.append([native for _, native in cells])
    uncached = _uncached(worksheet, formula_sheet)
    width = max((len(row) for row in texts), default=0)
    for merged in worksheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(texts) or left >= len(texts[top]):
            continue
        value, native = texts[top][left], natives[top][left]
        for row in range(top, min(merged.max_row, len(texts))):
            for column in range(left, min(merged.max_col, len(texts[row]))):
                texts[row][column], natives[row][column] = value, native
    cells = pd.DataFrame(texts, columns=range(width), dtype=str).fillna("") if texts else pd.DataFrame(dtype=str)
    native = pd.DataFrame(natives, columns=range(width)).fillna(False).astype(bool) if natives else None
    rows = np.arange(1, len(cells) + 1)
    # Drop empty columns (formatted but blank) so grids stay narrow; keep positions consecutive.
    filled = (cells != "").any(axis=0) if len(cells) else pd.Series(dtype=bool)
    formula_columns = {column for _, column in uncached}
    keep = [column for column in cells.columns if filled.get(column, False) or column in formula_columns]
    cells = cells[keep].set_axis(range(len(keep)), axis=1)
    if native is not None:
        native = native[keep].set_axis(range(len(keep)), axis=1)
    position = {column: index for index, column in enumerate(keep)}
    formulas = {(row, position[column]): found for (row, column), found in uncached.items() if row < len(cells)}
    return Sheet(name=worksheet.title, cells=cells, rows=rows, native=native,
                 hidden=worksheet.sheet_state != "visible", formulas=formulas)


def _cell_text(cell) -> tuple[str, bool]:
    value = cell.value
    if value is None:
        return "", False
    if isinstance(value, bool):
        return ("ya" if value else "tidak"), False
    if isinstance(value, (int, float)):
        if "%" in (cell.number_format or ""):
            value = value * 100  # Excel stores 87,5 % as 0.875
        return canonical_number(value), True
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat(), True
        return value.replace(microsecond=0).isoformat(sep=" "), True
    if isinstance(value, date):
        return value.isoformat(), True
    if isinstance(value, time):
        return value.replace(microsecond=0).isoformat(), True
    return str(value), False
