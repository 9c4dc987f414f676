"""Read and check a file without writing anything: shared by preview, ingest and the inbox.

Guarantees: no side effects; a file that cannot be used whole comes back with
its ``FileRejected`` reason instead of raising; ``rows_in`` always equals
accepted + quarantined for a usable file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

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

    @property
    def rejected(self) -> bool:
        return self.rejection is not None


def analyse(data: bytes, filename: str, dataset: Dataset, ref: ReferenceData, sheet: str | None = None,
            ask_sheet: bool = True, now: datetime | None = None,
            on_validate: Callable[[], None] | None = None) -> Analysis:
    """``ask_sheet``: when several sheets fit, reject (ingest) instead of reading the first (preview).
    ``on_validate`` is called between reading and checking (progress reporting)."""
    analysis = Analysis()
    try:
        sheets = read_sheets(data, filename, dataset)
        analysis.sheets = [item.name for item in sheets if item.name is not None]
        chosen, analysis.sheet_choices = choose_sheet(sheets, dataset, sheet)
        analysis.rows_in = _data_rows(chosen, dataset)
        if ask_sheet and analysis.sheet_choices:
            raise FileRejected("ingest.reject.choose_sheet", sheets=", ".join(f"«{name}»" for name in
                                                                              analysis.sheet_choices),
                               dataset=dataset.name)
        analysis.table = read_table(chosen, dataset)
    except FileRejected as rejection:
        analysis.rejection = rejection
        return analysis
    if on_validate:
        on_validate()
    analysis.validation = validate(analysis.table, dataset, ref, now)
    analysis.rows_in = analysis.validation.rows_in
    return analysis


def _data_rows(sheet: Sheet, dataset: Dataset) -> int:
    """Non-empty rows below the most likely header (what a rejected file would have offered)."""
    below = sheet.cells.iloc[locate(sheet, dataset).row + 1:]
    return int((below.apply(lambda column: column.str.strip()) != "").any(axis=1).sum()) if len(below) else 0
