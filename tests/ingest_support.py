"""Small files written by the ingest tests, and a shortcut to read and check one without writing."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pandas as pd

from pipelines.datasets import DATASETS
from pipelines.ingest.analyse import analyse

NOW = datetime(2026, 12, 3, 10, 0)  # the day the test warehouse is judged on (conftest.AS_OF)


def csv_bytes(lines: list[str], encoding: str = "utf-8", newline: str = "\n", bom: bool = False) -> bytes:
    data = newline.join(lines).encode(encoding) + newline.encode(encoding)
    return (b"\xef\xbb\xbf" if bom else b"") + data


def xlsx_bytes(fill) -> bytes:
    """A workbook made by ``fill(workbook)`` (the default empty sheet is removed first)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    fill(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def check(data: bytes, filename: str, dataset: str, reference_data, sheet: str | None = None, ask_sheet: bool = True):
    """Read and validate like ingest does (same code path), without a warehouse write."""
    return analyse(data, filename, DATASETS[dataset], reference_data, sheet, ask_sheet=ask_sheet, now=NOW)


def accepted_records(analysis) -> list[dict]:
    frame = analysis.validation.accepted
    return [{key: (None if pd.api.types.is_scalar(value) and pd.isna(value) else value) for key, value in row.items()}
            for row in frame.to_dict("records")]


def problems(analysis) -> list[tuple]:
    """(row, column, value, message) of every problem, in row order."""
    frame = analysis.validation.problems
    return list(frame[["row", "column", "value", "message"]].itertuples(index=False, name=None))
