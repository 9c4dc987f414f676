"""What ingest and preview hand back: plain dataclasses that turn into the CLI's ``--json`` object.

``LoadResult.to_dict()`` is exactly what ``python -m pipelines ingest --json``
prints: ``file``, ``dataset``, ``status`` (``loaded``/``unchanged``/``rejected``),
``rows_in``, ``accepted``, ``quarantined``, ``errors`` [{``row``, ``column``,
``value``, ``message``}], ``notes``, plus ``load_id``, ``snapshot`` (the version
published, or the current one when nothing changed), ``replaced``, ``message``
(the whole-file reason when rejected), ``errors_total``, ``sheet`` and ``recovered``
(an earlier load of the same file was committed but interrupted before publishing;
this call published it). At most
``ERRORS_SHOWN`` errors are listed; every one of them is in the quarantine table.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from pipelines.formatting import number
from pipelines.i18n import t

LOADED, UNCHANGED, REJECTED = "loaded", "unchanged", "rejected"
ERRORS_SHOWN = 1000
PREVIEW_ERRORS_SHOWN = 20


@dataclass
class LoadResult:
    file: str
    dataset: str
    status: str
    rows_in: int
    accepted: int
    quarantined: int
    errors: list[dict[str, Any]]
    notes: list[str]
    load_id: str | None = None
    snapshot: int | None = None
    replaced: int = 0
    message: str | None = None
    errors_total: int = 0
    sheet: str | None = None
    recovered: bool = False  # unchanged, but its earlier load had not been published (interrupted): now it is

    @property
    def ok(self) -> bool:
        return self.status != REJECTED

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        """One line for people: ``berkas → dataset: dimuat. 12 baris dibaca, 10 diterima, 2 dikarantina.``"""
        return t("ingest.summary", file=self.file, dataset=self.dataset, status=t(f"ingest.status.{self.status}"),
                 rows_in=number(self.rows_in), accepted=number(self.accepted), quarantined=number(self.quarantined))


@dataclass
class Preview:
    file: str
    dataset: str
    status: str  # "ok" or REJECTED
    message: str | None
    sheet: str | None  # the sheet read
    sheets: list[str]  # every sheet in the workbook
    sheet_choices: list[str]  # more than one sheet fits: ask the user which
    header_row: int | None
    columns: dict[str, Any]  # found {column: {header, alias}}, missing, missing_optional, extra
    number_conventions: dict[str, str]
    periods: list[str]
    rows_in: int
    accepted: int
    quarantined: int
    errors: list[dict[str, Any]] = field(default_factory=list)
    errors_total: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def sheet_ambiguous(self) -> bool:
        return len(self.sheet_choices) > 1

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "sheet_ambiguous": self.sheet_ambiguous}


def problem_records(problems, limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` problems as JSON-ready records (row numbers as int, values as text)."""
    head = problems.head(limit)
    return [{"row": int(row), "column": column, "value": "" if value is None else str(value), "message": message}
            for row, column, value, message in head[["row", "column", "value", "message"]].itertuples(index=False)]
