"""CLI commands of ingest: ``ingest``, ``template``, ``export``, ``quarantine`` (registered in ``pipelines.cli``).

Exit codes: 0 when the file was read (also with quarantined rows, and when
unchanged); 2 when it was rejected whole or the command cannot run (the message
says what to do). ``ingest --json`` prints exactly ``LoadResult.to_dict()``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipelines import formatting
from pipelines.errors import UserError
from pipelines.i18n import t
from pipelines.progress import ConsoleProgress

EXIT_OK, EXIT_REJECTED = 0, 2
ERRORS_PRINTED = 10


def register(commands) -> None:
    command = commands.add_parser("ingest", help="muat berkas OPD (CSV/XLSX/GeoJSON) ke gudang data")
    command.add_argument("file", help="berkas yang dimuat")
    command.add_argument("--dataset", required=True, help="nama dataset (lihat `template`)")
    command.add_argument("--json", action="store_true", help="cetak satu objek JSON")
    command.add_argument("--sheet", help="nama lembar XLSX bila ada beberapa")
    command.add_argument("--user", help="email pengunggah (bawaan: pengguna sistem)")
    command.set_defaults(handler=_run_ingest)

    command = commands.add_parser("template", help="tulis templat unggah (.xlsx atau .csv)")
    command.add_argument("name", help="nama dataset")
    command.add_argument("--out", required=True, type=Path, help="berkas keluaran .xlsx atau .csv")
    command.set_defaults(handler=_run_template)

    command = commands.add_parser("export", help="ekspor data nyata sebuah dataset (.csv atau .xlsx)")
    command.add_argument("name", help="nama dataset")
    command.add_argument("--out", required=True, type=Path, help="berkas keluaran .csv atau .xlsx")
    command.set_defaults(handler=_run_export)

    command = commands.add_parser("quarantine", help="ekspor baris karantina untuk diperbaiki pengirim")
    command.add_argument("--dataset", help="hanya dataset ini")
    command.add_argument("--out", required=True, type=Path, help="berkas keluaran .csv atau .xlsx")
    command.set_defaults(handler=_run_quarantine)


def _run_ingest(args) -> int:
    from pipelines.ingest.api import ingest_file
    from pipelines.ingest.result import REJECTED

    path = Path(args.file)
    if path.is_dir():  # before ingest, which would only say "not found"
        raise UserError("ingest.file_is_folder", file=str(path))
    result = ingest_file(path, path.name, args.dataset, user=args.user, channel="cli", sheet=args.sheet,
                         progress=None if args.json else ConsoleProgress())
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, default=str))
    else:
        _print_result(result)
    if result.status == REJECTED:
        print(result.message, file=sys.stderr)
        return EXIT_REJECTED
    return EXIT_OK


def _print_result(result) -> None:
    print(result.summary())
    for note in result.notes:
        print(f"  · {note}")
    if result.status != "rejected":
        for error in result.errors[:ERRORS_PRINTED]:
            print("  ! " + t("ingest.problem", **error))
        if result.errors_total > ERRORS_PRINTED:
            print("  " + t("ingest.summary.more_errors", count=formatting.number(result.errors_total - ERRORS_PRINTED),
                           dataset=result.dataset))
    if result.snapshot is not None and result.status == "loaded":
        print(t("ingest.summary.snapshot", version=result.snapshot))


def _run_template(args) -> int:
    from pipelines.ingest.templates import write_template

    write_template(args.name, args.out)
    print(str(args.out))
    return EXIT_OK


def _run_export(args) -> int:
    from pipelines.ingest.export import export_dataset

    rows = export_dataset(args.name, args.out)
    print(t("export.done", rows=formatting.number(rows), file=args.out))
    if rows == 0:
        print(t("export.none_real", dataset=args.name))
    return EXIT_OK


def _run_quarantine(args) -> int:
    from pipelines.ingest.export import export_quarantine

    rows = export_quarantine(args.out, args.dataset)
    print(t("quarantine.done", rows=formatting.number(rows), file=args.out))
    return EXIT_OK
