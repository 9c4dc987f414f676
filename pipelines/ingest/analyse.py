"""Read and check a file without writing anything: shared by preview, ingest and the inbox.

Guarantees: no side effects; a file that cannot be used whole comes back with
its ``FileRejected`` reason instead of raising; ``rows_in`` always equals
accepted + quarantined for a usable file. For a rejected file ``rejected_rows``
holds the data rows it offered (their row numbers and cells under the file's own
headers), so each counted row can be sent back; a file whose only row is the
template's example row offers none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd

from pipelines.datasets import Dataset
from pipelines.ingest.headers import locate
from pipelines.ingest.read import Table, choose_sheet, read_sheets, read_table
from pipelines.ingest.reference import ReferenceData
from pipelines.ingest.sheet import FileRejected, Sheet
from pipelines.ingest.validate import Validation, validate


@dataclass
class Analysis:
    sheets: list[str] = field(default_factory=list)
    sheet_choices: list[str] = field(default_factory=list)
    table: Table | None = None
    validation: Validation | None = None
    rejection: FileRejected | None = None
    rows_in: int = 0  # for a rejected file: the non-empty rows it holds
    rejected_rows: pd.DataFrame | None = None  # for a rejected file: those rows, ``_row`` plus one column per header

    @property
    def rejected(self) -> bool:
        return self.rejection is not None


def analyse(data: bytes, filename: str, dataset: Dataset, ref: ReferenceData, sheet: str | None = None,
            ask_sheet: bool = True, now: datetime | None = None,
            on_validate: Callable[[], None] | None = None, opd: str | None = None) -> Analysis:
    """``ask_sheet``: when several sheets fit, reject (ingest) instead of reading the first (preview).
    ``on_validate`` is called between reading and checking (progress reporting). ``opd``: the
    sender's OPD, whose indicators alone are accepted (``None``: any)."""
    analysis = Analysis()
    try:
        sheets = read_sheets(data, filename, dataset)
        analysis.sheets = [item.name for item in sheets if item.name is not None]
        chosen, analysis.sheet_choices = choose_sheet(sheets, dataset, sheet)
        analysis.rejected_rows = _data_rows(chosen, dataset)
        analysis.rows_in = len(analysis.rejected_rows)
        if ask_sheet and analysis.sheet_choices:
            raise FileRejected("ingest.reject.choose_sheet", sheets=", ".join(f"«{name}»" for name in
                                                                              analysis.sheet_choices),
                               dataset=dataset.name)
        analysis.table = read_table(chosen, dataset)
    except FileRejected as rejection:
        analysis.rejection = rejection
        if rejection.key == "ingest.reject.no_rows":  # only an example, totals or notes: nothing was offered
            analysis.rejected_rows = None
        analysis.rows_in = 0 if analysis.rejected_rows is None else len(analysis.rejected_rows)
        return analysis
    if on_validate:
        on_validate()
    analysis.validation = validate(analysis.table, dataset, ref, now, opd)
    analysis.rows_in = analysis.validation.rows_in
    return analysis


def _data_rows(sheet: Sheet, dataset: Dataset) -> pd.DataFrame:
    """Non-empty rows below the most likely header (what a rejected file would have offered), under its headers."""
    header = locate(sheet, dataset).row
    below = sheet.cells.iloc[header + 1:].apply(lambda column: column.str.strip())
    filled = (below != "").any(axis=1).to_numpy(dtype=bool) if len(below) else pd.Series(dtype=bool).to_numpy()
    headers = sheet.cells.iloc[header].tolist() if header >= 0 else [""] * sheet.cells.shape[1]
    names, seen = [], set()
    for position, text in enumerate(headers, start=1):  # the sender's headers; empty or repeated ones numbered
        name = text.strip() or f"kolom_{position}"
        names.append(f"{name}_{position}" if name in seen else name)
        seen.add(name)
    rows = below[filled].set_axis(names, axis=1).reset_index(drop=True)
    rows.insert(0, "_row", sheet.rows[header + 1:][filled])
    return rows
