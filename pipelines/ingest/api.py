"""The three ways a file comes in: ``preview`` (no writes), ``ingest_file`` (CLI and upload page) and the inbox.

Guarantees:
- ``preview`` writes nothing; it checks against the current published snapshot.
- ``ingest_file`` holds the single writer lock, loads in one transaction, recomputes
  the derived tables (``build.refresh``) and publishes a new snapshot when something
  changed — or when the load it finds is committed but not yet published (a process
  killed between commit and publish): sending the file again publishes it. A failure
  before the commit rolls everything back: the published snapshot and the warehouse
  stay as they were.
- ``opd`` (the upload page passes the viewer's OPD) limits both calls to what that
  OPD may load (``scope``): another OPD's dataset is refused whole, rows of another
  OPD's indicator are quarantined.
- ``ingest_inbox`` runs inside the build's transaction and only loads and logs.
  Files whose bytes were already logged for their dataset are skipped, so builds
  can run again and again over the same inbox.
- Same bytes again → ``unchanged`` when they would change no row. A file that cannot
  be used whole → ``rejected`` (logged once, original kept, its rows quarantined with
  the file-level reason and listed in ``errors``; no refresh, no new snapshot). Counts
  always reconcile: ``rows_in == accepted + quarantined``.
"""

from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import duckdb
import numpy as np

from pipelines import build, db, settings
from pipelines.datasets import DATASETS, Dataset, get_dataset
from pipelines.errors import UserError
from pipelines.formatting import now_wib
from pipelines.i18n import t
from pipelines.ingest import originals, scope, store
from pipelines.ingest.analyse import Analysis, analyse
from pipelines.ingest.reference import ReferenceData
from pipelines.ingest.result import (ERRORS_SHOWN, LOADED, PREVIEW_ERRORS_SHOWN, REJECTED, UNCHANGED, LoadResult,
                                     Preview, problem_records)
from pipelines.progress import Progress, SilentProgress

STEPS = ("ingest.step.read", "ingest.step.validate", "ingest.step.load", "ingest.step.transform",
         "ingest.step.publish")


def preview(data: bytes, filename: str, dataset: str, sheet: str | None = None,
            layout: settings.DataPaths | None = None, opd: str | None = None) -> Preview:
    """What ingesting this file would do, without writing anything."""
    contract = get_dataset(dataset)
    scope.check_dataset(contract, opd)
    con = db.read_only(db.require_snapshot(layout or settings.paths()))
    try:
        ref = ReferenceData.from_connection(con)
    finally:
        con.close()
    analysis = analyse(data, filename, contract, ref, sheet, ask_sheet=False, opd=opd)
    table, validation = analysis.table, analysis.validation
    if table is None or validation is None:
        return Preview(filename, contract.name, REJECTED, _reason(analysis, filename, contract), None, analysis.sheets,
                       analysis.sheet_choices, analysis.rejection.row, {}, {}, [], analysis.rows_in, 0,
                       analysis.rows_in)
    header = table.header
    columns = {
        "found": {name: {"header": header.headers[name], "alias": header.aliases.get(name)} for name in header.columns},
        "missing": header.missing(contract, required=True),
        "missing_optional": header.missing(contract, required=False),
        "extra": header.extra + header.duplicates,
    }
    return Preview(filename, contract.name, "ok", None, table.sheet, analysis.sheets, analysis.sheet_choices,
                   table.header_row, columns, validation.conventions, validation.periods, validation.rows_in,
                   len(validation.accepted), validation.quarantined,
                   problem_records(validation.problems, PREVIEW_ERRORS_SHOWN), len(validation.problems),
                   validation.notes)


def ingest_file(source: bytes | str | Path, filename: str | None, dataset: str, user: str | None = None,
                channel: str = "unggah", progress: Progress | None = None, sheet: str | None = None,
                layout: settings.DataPaths | None = None, opd: str | None = None) -> LoadResult:
    """Load one file and publish. Returns the result also for a rejected file (``status == "rejected"``)."""
    contract = get_dataset(dataset)
    scope.check_dataset(contract, opd)
    layout = layout or settings.paths()
    progress = progress or SilentProgress()
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise UserError("ingest.missing_file", file=str(source))
        data, filename = path.read_bytes(), filename or path.name
    else:
        data, filename = source, filename or "unggahan"
    user = user or _default_user()

    with store.built_writer(layout, on_wait=progress.waiting) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            result, changed = ingest_in_transaction(con, data, filename, contract, user, channel, layout,
                                                    sheet=sheet, progress=progress, opd=opd)
            if changed:
                progress.step(STEPS[3], 4, len(STEPS))
                build.refresh(con)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        current = db.current_snapshot(layout)
        # A rejected file changed no data: its log and quarantined rows are committed and show
        # with the next snapshot, but it publishes none of its own.
        if result.status != REJECTED and (changed or not _published(current, result.load_id)):
            progress.step(STEPS[4], 5, len(STEPS))
            result.snapshot = db.publish(con, current.inputs if current else "", layout).version
            if not changed:
                result.recovered = True
                result.notes.append(t("ingest.note.recovered", version=result.snapshot))
        else:
            result.snapshot = current.version
    progress.finish()
    return result


def ingest_inbox(con: duckdb.DuckDBPyConnection, layout: settings.DataPaths,
                 progress: Progress | None = None) -> list[LoadResult]:
    """Load ``inbox/<dataset>/<file>`` files not seen before (called by the build, inside its transaction).

    One Indonesian line per file on ``progress``: status, rows read/accepted/quarantined and the
    reason of a rejection; a file whose exact bytes were loaded or rejected before is skipped, and
    its line says so (with the earlier reason)."""
    progress = progress or SilentProgress()
    results: list[LoadResult] = []
    if not layout.inbox.is_dir():
        return results
    for folder in sorted(path for path in layout.inbox.iterdir() if path.is_dir()):
        if folder.name not in DATASETS:
            progress.detail(t("ingest.note.inbox_unknown", folder=folder.name))
            continue
        contract = DATASETS[folder.name]
        files = [path for path in folder.iterdir() if path.is_file() and not path.name.startswith((".", "~$"))]
        for path in sorted(files, key=lambda item: (item.stat().st_mtime_ns, item.name)):
            data = path.read_bytes()
            earlier = store.earlier_loads(con, contract, originals.sha256(data))
            if earlier:
                _, status, notes = earlier[0]
                key = "build.inbox.seen_rejected" if status == REJECTED else "build.inbox.seen_loaded"
                progress.detail("\n    " + t(key, file=path.name, dataset=folder.name,
                                              reason=(notes or "").replace("\n", " ")))
                continue
            result, _ = ingest_in_transaction(con, data, path.name, contract, "inbox", "inbox", layout)
            progress.detail("\n    " + _inbox_line(result))
            results.append(result)
    return results


def _inbox_line(result: LoadResult) -> str:
    line = result.summary()
    if result.status == REJECTED and result.message:
        line += " " + t("build.inbox.reason", reason=result.message)
    return line


def ingest_in_transaction(con: duckdb.DuckDBPyConnection, data: bytes, filename: str, dataset: Dataset, user: str,
                          channel: str, layout: settings.DataPaths, sheet: str | None = None,
                          progress: Progress | None = None, now: datetime | None = None,
                          opd: str | None = None) -> tuple[LoadResult, bool]:
    """Check and load one file with the caller's open transaction; (result, whether anything changed)."""
    steps = progress is not None
    progress = progress or SilentProgress()
    started = now or now_wib()
    digest = originals.sha256(data)
    if steps:
        progress.step(STEPS[0], 1, len(STEPS))
    ref = ReferenceData.from_connection(con)
    analysis = analyse(data, filename, dataset, ref, sheet, now=started,
                       on_validate=(lambda: progress.step(STEPS[1], 2, len(STEPS))) if steps else None, opd=opd)
    earlier = store.earlier_loads(con, dataset, digest)
    load = store.Load(f"{dataset.name}-{started:%Y%m%dT%H%M%S%f}-{digest[:8]}", dataset, filename, digest, None,
                      user, channel, started)

    if analysis.rejected:
        return _reject(con, load, analysis, earlier, layout, data)
    validation = analysis.validation
    result = LoadResult(filename, dataset.name, LOADED, validation.rows_in, len(validation.accepted),
                        validation.quarantined, problem_records(validation.problems, ERRORS_SHOWN),
                        list(validation.notes), load.load_id, errors_total=len(validation.problems),
                        sheet=analysis.table.sheet)
    if any(status in (LOADED, UNCHANGED) for _, status, _ in earlier) and \
            store.changes_nothing(con, dataset, validation.accepted):
        result.status, result.load_id = UNCHANGED, earlier[0][0]
        return result, False
    if steps:
        progress.step(STEPS[2], 3, len(STEPS))
    _load(con, _stored(load, layout, data), analysis, result)
    return result, True


def _reject(con: duckdb.DuckDBPyConnection, load: store.Load, analysis: Analysis, earlier: list[tuple[str, str, str]],
            layout: settings.DataPaths, data: bytes) -> tuple[LoadResult, bool]:
    """A file held back whole: logged once (its rows count as quarantined), the original kept."""
    message = _reason(analysis, load.file_name, load.dataset)
    rows = analysis.rejected_rows
    per_row = [] if rows is None else [
        {"row": int(row), "column": store.FILE_COLUMN, "value": " | ".join(value for value in cells if value),
         "message": message}
        for row, *cells in rows.head(ERRORS_SHOWN - 1).itertuples(index=False)]
    result = LoadResult(load.file_name, load.dataset.name, REJECTED, analysis.rows_in, 0, analysis.rows_in,
                        [{"row": analysis.rejection.row, "column": None, "value": None, "message": message}, *per_row],
                        [], load.load_id, message=message, errors_total=1 + analysis.rows_in)
    if any(status == REJECTED for _, status, _ in earlier):
        result.load_id = earlier[0][0]
        return result, False
    stored = _stored(load, layout, data)
    store.write_rejected_rows(con, stored, rows, message)
    store.write_log(con, stored, REJECTED, analysis.rows_in, 0, analysis.rows_in, 0, [message])
    return result, False


def _load(con: duckdb.DuckDBPyConnection, load: store.Load, analysis: Analysis, result: LoadResult) -> None:
    validation, table = analysis.validation, analysis.table
    result.replaced = store.write_rows(con, load, validation.accepted)
    if result.replaced:
        result.notes.append(t("ingest.note.replaced", count=result.replaced))
    quarantined = np.isin(table.rows, validation.problems["row"].to_numpy())
    raw_rows = table.cells[quarantined].assign(_row=table.rows[quarantined])
    store.write_quarantine(con, load, validation.problems, raw_rows)
    store.write_log(con, load, LOADED, validation.rows_in, len(validation.accepted), validation.quarantined,
                    result.replaced, result.notes)


def _stored(load: store.Load, layout: settings.DataPaths, data: bytes) -> store.Load:
    return replace(load, stored_path=originals.keep(layout, load.dataset.name, load.file_name, data, load.sha256))


def _published(snapshot: db.Snapshot | None, load_id: str | None) -> bool:
    """Whether the current snapshot already holds this load (false after a kill between commit and publish)."""
    if snapshot is None or not snapshot.path.exists():
        return False
    con = db.read_only(snapshot)
    try:
        return con.execute("SELECT count(*) FROM meta.load_log WHERE load_id = ?", [load_id]).fetchone()[0] > 0
    finally:
        con.close()


def _reason(analysis: Analysis, filename: str, dataset: Dataset) -> str:
    """The whole-file message: names the file and dataset, then why and what to do."""
    return t("ingest.rejected", file=filename, dataset=dataset.name, reason=analysis.rejection.message("id"))


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"
