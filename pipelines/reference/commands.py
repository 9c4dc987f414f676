"""``python -m pipelines reference download [--region 36.04] [--source URL-or-folder] [--if-missing]``.

Prints the counts on success (exit 0). ``--if-missing`` is the ``make run`` hook:
it does nothing when ``SERANG_REFERENCE_DIR`` is set or ``<data dir>/reference``
exists, and otherwise downloads; offline it stops with one message naming both
ways out. Errors reach the user through ``pipelines.cli`` (exit 2, no traceback).
"""

from __future__ import annotations

import sys

from pipelines import formatting, settings
from pipelines.i18n import t
from pipelines.progress import ConsoleProgress


def register(commands) -> None:
    reference = commands.add_parser("reference", help="data rujukan wilayah (kode, nama, batas)")
    reference.set_defaults(handler=lambda args: reference.print_help() or 2)
    actions = reference.add_subparsers(title="perintah")
    command = actions.add_parser(
        "download", help="unduh kode dan batas wilayah dari sumber publik (cahyadsn, MIT) ke <data>/reference")
    command.add_argument("--region", default=settings.REGION_CODE, help="kode kabupaten Kemendagri (bawaan: %(default)s)")
    command.add_argument("--source", default=None,
                         help="folder atau URL cermin berisi <repo>/<path> (luring); bawaan: SERANG_REFERENCE_SOURCE, "
                              "atau GitHub pada commit yang dipatok")
    command.add_argument("--if-missing", action="store_true",
                         help="hanya bila SERANG_REFERENCE_DIR tidak ditetapkan dan <data>/reference belum ada")
    command.set_defaults(handler=_run_download)


def _run_download(args) -> int:
    # Imported here: geopandas is slow to load and other commands do not need it.
    from pipelines.reference.download import download, reference_is_missing
    from pipelines.reference.store import PROVENANCE_FILE

    if args.if_missing and not reference_is_missing():
        return 0
    result = download(region=args.region, source=args.source or settings.reference_source(),
                      progress=ConsoleProgress())
    print(t("reference.download.done", kecamatan=formatting.number(result.counts.kecamatan),
            desa=formatting.number(result.counts.desa), vertices=formatting.number(result.counts.vertices),
            area=formatting.number(result.counts.area_km2, 1), path=str(result.folder),
            seconds=formatting.number(result.seconds, 1), provenance=PROVENANCE_FILE))
    if settings.reference_dir_is_set() and settings.reference_dir() != result.folder:
        print(t("reference.download.not_used", configured=str(settings.reference_dir()), path=str(result.folder)),
              file=sys.stderr)
    return 0
