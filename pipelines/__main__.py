"""``python -m pipelines``: Ctrl-C while the modules are still loading also ends with a short message, exit 130."""

import os
import signal
import sys

INTERRUPTED = 130
try:
    from pipelines.cli import main

    code = main()
    # The work is done and reported: a Ctrl-C now would only turn the exit code into "killed by SIGINT".
    signal.signal(signal.SIGINT, signal.SIG_IGN)
except KeyboardInterrupt:
    try:
        from pipelines.i18n import t

        message = t("cli.interrupted")
    except BaseException:  # noqa: BLE001 - interrupted again, or i18n not importable yet: the fixed fallback
        message = "Dihentikan oleh pengguna."
    print(message, file=sys.stderr)
    code = INTERRUPTED
if code == INTERRUPTED:
    # A Ctrl-C that interrupted code an extension module ran through PyRun_String marks the interpreter as
    # "ended by KeyboardInterrupt" even when caught, and it would then kill itself with SIGINT (exit -2)
    # instead of returning 130. Everything is already rolled back and printed: leave directly.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(INTERRUPTED)
sys.exit(code)
