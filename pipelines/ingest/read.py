"""From file bytes to the table of one dataset: pick the reader, the sheet, the header and the data rows.

Guarantees: the result holds only data rows (title rows, header rows, rows of
column numbers, empty rows, totals rows such as ``JUMLAH`` with no key or region
code filled, footnotes such as
``Sumber: …`` and an untouched template example row are left out and named in
the notes), each with its source row number and its cells as text, stripped.
Cells beyond the header's width are never dropped silently: a row that fills
any is named in ``problems`` (quarantined by ``validate``); empty ones are harmless.
A file that cannot be used whole raises ``FileRejected`` saying why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

import numpy as np
import pandas as pd

from pipelines.datasets import DESA, KECAMATAN, REGION, Dataset
from pipelines.i18n import t
from pipelines.ingest.headers import Header, first_data_row, locate, normalize
from pipelines.ingest.read_csv import read_csv
from pipelines.ingest.read_geojson import read_geojson
from pipelines.ingest.read_xlsx import read_xlsx
from pipelines.ingest.sheet import FileRejected, Sheet
from pipelines.ingest.unicode import clean_cells

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
GEOJSON_SUFFIXES = (".geojson", ".json")
# Written for RE2 (no \s or \b) so pandas runs them in Arrow instead of a Python loop.
_TOTAL = r"^(?:sub *)?(?:jumlah|total|grand *total)(?:[^a-z]|$)"
_FOOTNOTE = r"^(?:sumber|keterangan|catatan|ket\.|\*)"
ROW_COLUMN = "baris"  # the quarantine's column name for a problem of the whole row
PROBLEM_FIELDS = ["position", "column", "value", "message"]


@dataclass
class Table:
    cells: pd.DataFrame  # one text column per matched dataset column
    native: dict[str, np.ndarray]  # per column: True where the cell held a real number or date
    rows: np.ndarray  # source row number of each data row
    header: Header
    header_row: int  # source row number of the header
    sheet: str | None
    notes: list[str] = field(default_factory=list)
    # Problems found while reading (position in ``cells``, column, raw value, message); ``validate`` adds them.
    problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PROBLEM_FIELDS))


def read_sheets(data: bytes, filename: str, dataset: Dataset) -> list[Sheet]:
    """Every sheet of the file, each cell's text cleaned of invisible and full-width characters (``unicode``)."""
    sheets = _read_sheets(data, filename, dataset)
    for sheet in sheets:
        sheet.cells = clean_cells(sheet.cells)
    return sheets


def _read_sheets(data: bytes, filename: str, dataset: Dataset) -> list[Sheet]:
    suffix = PurePath(filename).suffix.lower()
    if not data.strip():
        raise FileRejected("ingest.reject.empty")
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(data)
    if suffix in GEOJSON_SUFFIXES:
        return [read_geojson(data, dataset)]
    if suffix in CSV_SUFFIXES:
        return [read_csv(data)]
    if suffix == ".xls":
        raise FileRejected("ingest.reject.xls")
    raise FileRejected("ingest.reject.suffix", suffix=suffix or "(tanpa akhiran)")


def choose_sheet(sheets: list[Sheet], dataset: Dataset, wanted: str | None) -> tuple[Sheet, list[str]]:
    """The sheet to read, and the candidates when more than one sheet fits (the caller must ask)."""
    if wanted:
        for sheet in sheets:
            if sheet.name is not None and normalize(sheet.name) == normalize(wanted):
                return sheet, []
        raise FileRejected("ingest.reject.no_such_sheet", sheet=wanted, sheets=_names(sheets))
    if len(sheets) == 1:
        return sheets[0], []
    visible = [sheet for sheet in sheets if not sheet.hidden] or sheets
    for sheet in visible:
        if normalize(sheet.name or "") == normalize(dataset.name):
            return sheet, []
    headers = [(sheet, locate(sheet, dataset)) for sheet in visible]
    complete = [sheet for sheet, header in headers if not header.missing(dataset, required=True)]
    if len(complete) == 1:
        return complete[0], []
    if len(complete) > 1:
        return complete[0], [sheet.name for sheet in complete if sheet.name is not None]
    return max(headers, key=lambda pair: len(pair[1].columns))[0], []


def read_table(sheet: Sheet, dataset: Dataset) -> Table:
    header = locate(sheet, dataset)
    missing = header.missing(dataset, required=True)
    if missing:
        row = int(sheet.rows[header.row]) if header.row >= 0 else None
        raise FileRejected("ingest.reject.columns", row=row, missing=", ".join(missing),
                           found=", ".join(f"«{text}»" for text in header.found) or "-",
                           expected=", ".join(c.name for c in dataset.columns if c.required))
    notes = list(sheet.notes)
    if sheet.name is not None:
        notes.append(t("ingest.note.sheet", sheet=sheet.name))
    start = first_data_row(sheet, header)
    header_row = int(sheet.rows[header.row])
    if header_row > 1:
        notes.append(t("ingest.note.header_row", row=header_row))
    for name, alias in header.aliases.items():
        notes.append(t("ingest.note.alias", header=header.headers[name], column=name))
    if header.extra:
        notes.append(t("ingest.note.extra", columns=", ".join(f"«{text}»" for text in header.extra)))
    if header.duplicates:
        notes.append(t("ingest.note.duplicate_columns", columns=", ".join(f"«{text}»" for text in header.duplicates)))

    grid = sheet.cells.iloc[start:].reset_index(drop=True)
    rows = sheet.rows[start:]
    stripped = {position: grid[position].str.strip() for position in grid.columns}
    filled = np.column_stack([(column != "").to_numpy(dtype=bool) for column in stripped.values()]) \
        if stripped else np.zeros((len(grid), 0), dtype=bool)
    for (row, column) in sheet.formulas:
        if row >= start and column < filled.shape[1]:
            filled[row - start, column] = True  # a formula without a saved result is not an empty cell
    counts = filled.sum(axis=1)
    keep = counts > 0
    totals, footnotes = _non_data_rows(stripped, filled, keep, counts)
    totals &= ~_has_key(stripped, header, dataset)
    for mask, key in ((totals, "ingest.note.totals_skipped"), (footnotes, "ingest.note.footnotes_skipped")):
        if mask.any():
            notes.append(t(key, rows=_row_list(rows[mask])))
    keep &= ~totals & ~footnotes
    extra_values, extra_reasons = _overflow(sheet, header, stripped, filled, rows)

    cells = pd.DataFrame({name: stripped[position][keep].reset_index(drop=True)
                          for name, position in header.columns.items()}, dtype=str)
    native = {name: (sheet.native[position].to_numpy(dtype=bool)[start:][keep] if sheet.native is not None
                     else np.zeros(int(keep.sum()), dtype=bool))
              for name, position in header.columns.items()}
    rows = rows[keep]
    extra_values, extra_reasons = extra_values[keep], extra_reasons[keep]
    example = _example_rows(cells, dataset)
    if example.any():
        notes.append(t("ingest.note.example_skipped", rows=_row_list(rows[example])))
        cells = cells[~example].reset_index(drop=True)
        native = {name: values[~example] for name, values in native.items()}
        rows = rows[~example]
        extra_values, extra_reasons = extra_values[~example], extra_reasons[~example]
    if not len(rows):
        raise FileRejected("ingest.reject.no_rows", row=header_row)
    overflowing = extra_reasons != ""
    problems = pd.DataFrame({"position": np.flatnonzero(overflowing), "column": ROW_COLUMN,
                             "value": extra_values[overflowing], "message": extra_reasons[overflowing]})
    selected = np.flatnonzero(keep)[~example] if example.any() else np.flatnonzero(keep)
    problems = pd.concat([problems, _formula_problems(sheet, header, start, selected)], ignore_index=True)
    return Table(cells=cells.reset_index(drop=True), native=native, rows=rows, header=header,
                 header_row=header_row, sheet=sheet.name, notes=notes, problems=problems)


def _formula_problems(sheet: Sheet, header: Header, start: int, selected: np.ndarray) -> pd.DataFrame:
    """Formula cells saved without a result in the data rows kept (``selected``: their grid rows below ``start``)."""
    if not sheet.formulas:
        return pd.DataFrame(columns=PROBLEM_FIELDS)
    final = {int(row): index for index, row in enumerate(selected)}
    names = {position: name for name, position in header.columns.items()}
    found = [(final[row - start], names[column], formula, t("ingest.reason.uncached_formula", cell=cell))
             for (row, column), (cell, formula) in sorted(sheet.formulas.items())
             if column in names and row - start in final]
    return pd.DataFrame(found, columns=PROBLEM_FIELDS)


def _overflow(sheet: Sheet, header: Header, stripped: dict[int, pd.Series], filled: np.ndarray,
              rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per grid row: the filled cells right of the header's last column (joined) and the reason, or ``""``.

    A CSV reader pads such rows instead of cutting them; ignoring the extra cells would silently
    shift numbers (``152,4`` unquoted under a comma delimiter is two cells)."""
    values = np.full(len(rows), "", dtype=object)
    reasons = np.full(len(rows), "", dtype=object)
    header_cells = [text.strip() for text in sheet.cells.iloc[header.row].tolist()]
    width = max([position + 1 for position, text in enumerate(header_cells) if text] +
                [position + 1 for position in header.columns.values()])
    if filled.shape[1] <= width:
        return values, reasons
    beyond = filled[:, width:].any(axis=1)
    if not beyond.any():
        return values, reasons
    key = "ingest.reason.extra_cells_comma" if sheet.delimiter == "," else "ingest.reason.extra_cells"
    positions = list(stripped)
    for index in np.flatnonzero(beyond):
        cells = filled.shape[1] - int(np.argmax(filled[index, ::-1]))
        extra = [stripped[positions[column]].iat[index] for column in range(width, filled.shape[1])
                 if filled[index, column]]
        values[index] = " | ".join(extra)
        reasons[index] = t(key, row=int(rows[index]), cells=cells, width=width,
                           values=", ".join(f"«{value}»" for value in extra))
    return values, reasons


def _non_data_rows(stripped: dict[int, pd.Series], filled: np.ndarray, keep: np.ndarray,
                   counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Totals rows (first filled cell ``JUMLAH``/``TOTAL``) and footnotes (a lone ``Sumber: …`` cell)."""
    totals = np.zeros(len(keep), dtype=bool)
    footnotes = np.zeros(len(keep), dtype=bool)
    if not filled.shape[1]:
        return totals, footnotes
    first = filled.argmax(axis=1)
    for position, column in zip(stripped, range(filled.shape[1])):
        here = keep & (first == column)
        if not here.any():
            continue
        text = stripped[position][here].str.lower()
        totals[here] = text.str.contains(_TOTAL, regex=True).to_numpy(dtype=bool)
        footnotes[here] = text.str.contains(_FOOTNOTE, regex=True).to_numpy(dtype=bool) & (counts[here] == 1)
    return totals, footnotes


def _has_key(stripped: dict[int, pd.Series], header: Header, dataset: Dataset) -> np.ndarray:
    """Rows with a value in a key or region-code column (other than a totals label merged across it).

    ``Total Waste Bank`` with a desa code is a place, not a sum: only a row with no key is a totals row."""
    names = set(dataset.key) | {c.name for c in dataset.columns if c.type in (DESA, KECAMATAN, REGION)}
    size = len(next(iter(stripped.values()))) if stripped else 0
    found = np.zeros(size, dtype=bool)
    for name in names & set(header.columns):
        text = stripped[header.columns[name]]
        found |= ((text != "") & ~text.str.lower().str.contains(_TOTAL, regex=True)).to_numpy(dtype=bool)
    return found


def _example_rows(cells: pd.DataFrame, dataset: Dataset) -> np.ndarray:
    """Rows equal to the template's example row in every column the file has (left in by mistake)."""
    compared = [column for column in dataset.columns if column.example and column.name in cells]
    if len(compared) < 2 or cells.empty:
        return np.zeros(len(cells), dtype=bool)
    same = np.ones(len(cells), dtype=bool)
    for column in compared:
        same &= (cells[column.name] == column.example).to_numpy()
    return same


def _row_list(rows: np.ndarray, limit: int = 10) -> str:
    shown = ", ".join(str(int(row)) for row in rows[:limit])
    return shown + (f" (+{len(rows) - limit})" if len(rows) > limit else "")


def _names(sheets: list[Sheet]) -> str:
    return ", ".join(f"«{sheet.name}»" for sheet in sheets if sheet.name is not None)
