"""Open-data export of a dataset's real rows, and the quarantine download for senders.

``export_dataset``: the rows as loaded (real rows only, never sample data; public
columns only), in key order. CSV is UTF-8, comma-separated, dot decimals, ISO
dates (timestamps with ``+07:00``), text quoted so codes stay text; XLSX has real
number and date cells and codes as text. Raw tables live only in the working
warehouse, so this reads it under the writer lock (a short read).

``export_quarantine``: from the published snapshot, one line per quarantined row
of each file's latest load, with the dataset's columns as the sender wrote them,
the row number and the reasons, ready to fix and upload again.

Every CSV written for people to open in Excel goes through ``formula_safe``: a text
cell starting with ``= + - @``, a tab or a carriage return gets a leading ``'`` so a
spreadsheet shows it instead of running it (OWASP "CSV injection"). Number columns stay
numbers. XLSX cells are written as strings, never as formulas.
"""

from __future__ import annotations

import csv
import errno
import json
import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from pipelines import datasets as ds
from pipelines import db, settings
from pipelines.datasets import Dataset, get_dataset
from pipelines.errors import UserError
from pipelines.i18n import t
from pipelines.ingest.store import built_writer

EXCEL_MAX_ROWS = 1_048_575  # plus the header row
QUARANTINE_SQL = Path(__file__).resolve().parent / "sql" / "quarantine_rows.sql"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMERIC_TYPES = (ds.INTEGER, ds.NUMBER, ds.PERCENT, ds.LATITUDE, ds.LONGITUDE, ds.YEAR)
# A number as a sender may write it (-6,0642 · 1.250,5 · -5 · 1e3): Excel reads it as a number, never a formula.
_PLAIN_NUMBER = re.compile(r"[+-]?(\d[\d.,]*|[.,]\d+)([eE][+-]?\d+)?")


def export_dataset(name: str, out: Path, layout: settings.DataPaths | None = None) -> int:
    dataset = get_dataset(name)
    prepare_output(out)
    columns = [column for column in dataset.columns if column.public]
    layout = layout or settings.paths()
    with built_writer(layout) as con:
        order = ", ".join(dataset.key)
        frame = con.execute(f"SELECT {', '.join(c.name for c in columns)} FROM {dataset.table} "
                            f"WHERE NOT _is_demo ORDER BY {order}").df()
    _write(frame, out, {column.name: column.type for column in columns}, sheet=dataset.name)
    return len(frame)


def export_quarantine(out: Path, dataset: str | None = None, layout: settings.DataPaths | None = None) -> int:
    contract = get_dataset(dataset) if dataset else None
    prepare_output(out)
    con = db.read_only(db.require_snapshot(layout or settings.paths()))
    try:
        rows = con.execute(QUARANTINE_SQL.read_text(encoding="utf-8"),
                           {"dataset": contract.name if contract else None}).df()
    finally:
        con.close()
    labels = {key: t(f"quarantine.column.{key}") for key in ("dataset", "file", "loaded_at", "row", "reason", "raw")}
    if contract is None and out.suffix.lower() == ".csv":  # several datasets in one table: raw rows as JSON
        generic = pd.DataFrame({labels["dataset"]: rows["dataset"], labels["file"]: rows["file_name"],
                                labels["loaded_at"]: rows["loaded_at"], labels["row"]: rows["row_number"],
                                labels["reason"]: rows["reason"], labels["raw"]: rows["raw_row"]})
        _write(generic, out, {}, sheet=t("quarantine.sheet"))
        return len(rows)
    # One sheet (or file) per dataset with its own columns, ready to fix and upload again.
    frames = {name: _expanded(part, ds.DATASETS[name], labels) for name, part in rows.groupby("dataset")}
    if contract is not None:
        frames = {contract.name: frames.get(contract.name, _expanded(rows, contract, labels))}
    elif not frames:
        frames = {t("quarantine.sheet"): pd.DataFrame(columns=[labels[key] for key in ("dataset", "file", "row",
                                                                                        "reason")])}
    if out.suffix.lower() == ".xlsx":
        with writing(out):
            _write_sheets(frames, out)
    else:
        _write(frames[contract.name], out, {}, sheet=contract.name, numeric_text=numeric_columns(contract))
    return len(rows)


def formula_safe(frame: pd.DataFrame, numeric_text: Collection[str] = ()) -> pd.DataFrame:
    """A copy for CSV: text cells that a spreadsheet would run as a formula get a leading ``'``.

    Columns with a number dtype are left alone (a real -5 stays -5). ``numeric_text`` names text columns
    that hold numbers as the sender typed them (quarantined rows): there a plain number such as «-6,0642»
    stays as it is so the fixed file loads again; anything else starting with a trigger is still quoted."""
    safe = frame.copy()
    for column in safe.columns:
        series = safe[column]
        if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_datetime64_any_dtype(series):
            continue
        numbers_allowed = column in numeric_text
        safe[column] = series.map(lambda value: _safe_cell(value, numbers_allowed))
    return safe


def numeric_columns(dataset: Dataset) -> list[str]:
    """The dataset's columns that hold numbers (kept unquoted in CSV when a cell is a plain number)."""
    return [column.name for column in dataset.columns if column.type in NUMERIC_TYPES]


def _safe_cell(value, numbers_allowed: bool):
    if not isinstance(value, str) or not value.startswith(FORMULA_TRIGGERS):
        return value
    if numbers_allowed and _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def sendback_frame(rows: pd.DataFrame, dataset: Dataset, lang: str = "id") -> pd.DataFrame:
    """Quarantined rows (``raw_row``, ``row_number``, ``reason``, ``file_name``) as the sender wrote them,
    with the dataset's own column names so the fixed file can be uploaded again as it is."""
    return _expanded(rows, dataset, {key: t(f"quarantine.column.{key}", lang) for key in ("row", "reason", "file")})


def _expanded(rows: pd.DataFrame, dataset: Dataset, labels: dict[str, str]) -> pd.DataFrame:
    """The dataset's columns as the sender wrote them, then row, reason and file."""
    raw = [json.loads(text) if isinstance(text, str) else {} for text in rows["raw_row"]]
    frame = pd.DataFrame({name: [record.get(name) for record in raw] for name in dataset.column_names}, dtype=object)
    frame[labels["row"]] = rows["row_number"].to_numpy()
    frame[labels["reason"]] = rows["reason"].to_numpy()
    frame[labels["file"]] = rows["file_name"].to_numpy()
    return frame


def prepare_output(out: Path) -> None:
    """Before any work: the output is a .csv/.xlsx file name (not a folder) whose folder exists or can be made."""
    if out.is_dir():
        raise UserError("output.is_folder", file=str(out))
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise UserError("template.bad_suffix", file=str(out))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise UserError("output.no_folder", folder=str(out.parent)) from None


@contextmanager
def writing(out: Path) -> Iterator[None]:
    """Turn a failed write (no permission, disk full, read-only disk) into a message naming the file."""
    try:
        yield
    except (OSError, FileCreateError) as error:
        cause = error if isinstance(error, OSError) else error.__context__ or error.__cause__
        reason = _WRITE_REASONS.get(getattr(cause, "errno", None), "output.reason.other")
        raise UserError("output.cannot_write", file=str(out), reason=t(reason)) from None


_WRITE_REASONS = {errno.EACCES: "output.reason.permission", errno.EPERM: "output.reason.permission",
                  errno.ENOSPC: "output.reason.full", errno.EDQUOT: "output.reason.full",
                  errno.EROFS: "output.reason.read_only", errno.EISDIR: "output.reason.folder",
                  errno.ENOTDIR: "output.reason.no_folder"}


def _write(frame: pd.DataFrame, out: Path, types: dict[str, str], sheet: str,
           numeric_text: Collection[str] = ()) -> None:
    with writing(out):
        _write_csv_or_xlsx(frame, out, types, sheet, numeric_text)


def _write_csv_or_xlsx(frame: pd.DataFrame, out: Path, types: dict[str, str], sheet: str,
                       numeric_text: Collection[str]) -> None:
    if out.suffix.lower() == ".xlsx":
        _write_sheets({sheet: frame}, out, types)
        return
    text = frame.copy()
    for name, kind in types.items():
        if kind == ds.DATE:
            text[name] = pd.to_datetime(text[name]).dt.strftime("%Y-%m-%d")
        elif kind == ds.TIMESTAMP:
            text[name] = pd.to_datetime(text[name]).dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    text = formula_safe(text, numeric_text)
    text.to_csv(out, index=False, encoding="utf-8", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")


def _write_sheets(frames: dict[str, pd.DataFrame], out: Path, types: dict[str, str] | None = None) -> None:
    types = types or {}
    too_big = max((len(frame) for frame in frames.values()), default=0)
    if too_big > EXCEL_MAX_ROWS:
        raise UserError("export.too_many_rows", rows=too_big)
    workbook = xlsxwriter.Workbook(str(out), {"nan_inf_to_errors": False})
    try:
        bold = workbook.add_format({"bold": True})
        day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        for name, frame in frames.items():
            sheet = workbook.add_worksheet(name[:31])
            for position, column in enumerate(frame.columns):
                sheet.write_string(0, position, str(column), bold)
                kind = types.get(column)
                for row, value in enumerate(frame[column].tolist(), start=1):
                    _write_cell(sheet, row, position, value, kind, day, moment)
            sheet.freeze_panes(1, 0)
    finally:
        workbook.close()


def _write_cell(sheet, row: int, column: int, value, kind: str | None, day, moment) -> None:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT or value is pd.NA:
        return
    if kind in (ds.DATE, ds.TIMESTAMP) or isinstance(value, pd.Timestamp):
        sheet.write_datetime(row, column, pd.Timestamp(value).to_pydatetime(), day if kind == ds.DATE else moment)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        sheet.write_number(row, column, value)
    else:
        sheet.write_string(row, column, str(value))  # codes stay text
