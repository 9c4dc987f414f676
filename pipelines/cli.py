"""Command line: ``python -m pipelines <command>``. Messages in Bahasa Indonesia; never a traceback.

Expected failures are ``UserError`` (exit 2, the message says what to do). Anything
else is a bug: the user gets one Indonesian sentence, the traceback goes to
``<data dir>/logs/errors.log`` for the maintainers (exit 1).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from pipelines import formatting, settings
from pipelines.cli_parser import Parser
from pipelines.errors import UserError
from pipelines.i18n import t
from pipelines.ingest.cli import register as register_ingest
from pipelines.progress import ConsoleProgress
from pipelines.reference.commands import register as register_reference


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:  # argparse printed its (Indonesian) message; scripts asking for JSON get one too
        if exit.code == 2 and "--json" in argv and Parser.last_error:
            _fail(argparse.Namespace(json=True), Parser.last_error, 2, "usage", quiet=True)
        raise
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except UserError as error:
        return _fail(args, error.message("id"), 2, error.key)
    except KeyboardInterrupt:
        return _fail(args, t("cli.interrupted"), 130, "interrupted")
    except BrokenPipeError:
        # The reader went away (`status | head`): nothing to report; silence the interpreter's flush.
        sys.stdout = open(os.devnull, "w")
        return 0
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback for the user
        if _is_interrupt(error):
            return _fail(args, t("cli.interrupted"), 130, "interrupted")
        _log_unexpected()
        return _fail(args, t("common.unexpected_error", "id", kind=type(error).__name__), 1, "unexpected")


def _fail(args, message: str, code: int, key: str, quiet: bool = False) -> int:
    """The message on stderr (unless already printed); with ``--json`` also one JSON object on stdout."""
    if not quiet:
        print(message, file=sys.stderr)
    if getattr(args, "json", False):
        context = {name: getattr(args, name) for name in ("file", "dataset") if getattr(args, name, None) is not None}
        print(json.dumps({"status": "error", "error": key, "message": message, "exit_code": code, **context},
                         ensure_ascii=False))
    return code


def _is_interrupt(error: BaseException) -> bool:
    """Ctrl-C while DuckDB runs a query arrives as DuckDB's own error, not as KeyboardInterrupt."""
    duckdb = sys.modules.get("duckdb")
    if duckdb is not None and isinstance(error, getattr(duckdb, "InterruptException", ())):
        return True
    return isinstance(error, RuntimeError) and str(error).strip() == "Query interrupted"


def _log_unexpected() -> None:
    try:
        log = settings.data_dir() / "logs" / "errors.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"--- {formatting.now_wib().isoformat()}\n{traceback.format_exc()}\n")
    except OSError:
        pass


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m pipelines", description=t("app.title"))
    commands = parser.add_subparsers(title="perintah")
    for register in REGISTRARS:
        register(commands)
    return parser


def _register_build(commands) -> None:
    command = commands.add_parser("build", help="bangun gudang data dan terbitkan snapshot")
    command.add_argument("--end-month", help="bulan terakhir data contoh (YYYY-MM); bawaan: bulan penuh terakhir")
    command.add_argument("--seed", type=int, default=None, help="benih generator data contoh")
    command.add_argument("--size", type=float, default=1.0, help="faktor ukuran data contoh (benchmark)")
    command.add_argument("--if-stale", action="store_true", help="lewati bila input tidak berubah")
    command.set_defaults(handler=_run_build)


def _run_build(args) -> int:
    from pipelines import demo
    from pipelines.build import build

    result = build(end_month=args.end_month, seed=args.seed if args.seed is not None else demo.DEFAULT_SEED,
                   size=args.size, if_stale=args.if_stale, progress=ConsoleProgress())
    if not result.rebuilt:
        print(t("build.up_to_date", version=result.snapshot.version))
        return 0
    size = formatting.number(result.snapshot.path.stat().st_size / 1e6, 1) + " MB"
    print(t("build.done", version=result.snapshot.version, seconds=formatting.number(result.seconds, 1), size=size))
    return 0


def _register_status(commands) -> None:
    command = commands.add_parser("status", help="ringkasan snapshot yang diterbitkan")
    command.add_argument("--json", action="store_true", help="cetak satu objek JSON")
    command.set_defaults(handler=_run_status)


def _run_status(args) -> int:
    from pipelines.status import snapshot_status

    status = snapshot_status()
    if args.json:
        print(json.dumps(status, ensure_ascii=False))
        return 0
    print(f"Snapshot {status['snapshot']['version']} ({status['snapshot']['published_at']})")
    print(f"Wilayah: {status['reference']['kecamatan']} kecamatan, {status['reference']['desa']} desa")
    print(f"Indikator: {status['catalog']['indicators']}; nilai: {formatting.number(status['observations']['total'])} "
          f"({formatting.number(status['observations']['real'])} nyata, "
          f"{formatting.number(status['observations']['demo'])} contoh)")
    print(f"Indeks dimensi {formatting.period(status['scores']['period'])}:")
    for dimension, value in status["scores"]["dimensions"].items():
        print(f"  {dimension:<12} {formatting.number(value, 1)}")
    return 0


def _register_users(commands) -> None:
    from pipelines import users

    users.register(commands)


# Each command module adds its subcommands here.
REGISTRARS: list[Callable] = [_register_build, _register_status, _register_users, register_reference,
                              register_ingest]
