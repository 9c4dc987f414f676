"""Timing and memory helpers, and the runner that puts every measurement in a fresh process.

- ``Stopwatch``/``timed``: wall seconds (``time.perf_counter``).
- ``rss_mb``/``peak_rss_mb``/``reset_peak``: this process's resident memory from
  ``/proc/self/status`` (``VmRSS``, ``VmHWM``); ``reset_peak`` clears the high-water mark
  (``/proc/self/clear_refs``), so one phase's peak can be read on its own.
- ``in_subprocess("module:function", **kwargs)``: runs ``benchmarks.<module>.<function>(**kwargs)``
  in a new Python process (``benchmarks.worker``) and returns its result dict plus the
  process's peak RSS. A new process is what "cold" means here, keeps one measurement's
  memory and caches out of the next, and keeps DuckDB's progress bars (printed on stdout by
  connections the pipelines open) out of the table: the child's output goes to a log file.
- ``Failed``: a measurement that failed; its section reports it instead of a number, and
  the run goes on (a benchmark never fails the build).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LOG_DIR = REPO / "benchmarks" / "work" / "logs"


class Failed(RuntimeError):
    """A measurement that did not produce a number (the message says why; the log has the rest)."""


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


class Stopwatch:
    def __init__(self) -> None:
        self.started = time.perf_counter()

    def seconds(self) -> float:
        return time.perf_counter() - self.started


def timed(function: Callable[[], object]) -> tuple[float, object]:
    watch = Stopwatch()
    result = function()
    return watch.seconds(), result


def repeat(function: Callable[[], object], times: int) -> list[float]:
    """Wall seconds of ``times`` calls in a row (the first one included: callers drop it if it is cold)."""
    return [timed(function)[0] for _ in range(times)]


def _status(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB → MiB
    return float("nan")


def rss_mb() -> float:
    return _status("VmRSS")


def peak_rss_mb() -> float:
    return _status("VmHWM")


def reset_peak() -> None:
    """Start a new high-water mark at the current RSS (Linux: write 5 to clear_refs)."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")


def in_subprocess(entry: str, timeout: float = 900, **kwargs) -> dict:
    """``benchmarks.<module>.<function>(**kwargs)`` in a new process; its dict plus ``process_peak_rss_mb``."""
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    result_path = LOG_DIR / f"result-{os.getpid()}-{time.monotonic_ns()}.json"
    log_path = LOG_DIR / "workers.log"
    with open(log_path, "a", encoding="utf-8") as log:
        log.write(f"\n=== {time.strftime('%H:%M:%S')} {entry} {json.dumps(kwargs, default=str)}\n")
        log.flush()
        try:
            completed = subprocess.run(
                [sys.executable, "-m", "benchmarks.worker", entry, json.dumps(kwargs), str(result_path)],
                cwd=REPO, stdout=log, stderr=subprocess.STDOUT, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise Failed(f"{entry}: no result within {timeout:.0f} s") from None
    if completed.returncode != 0 or not result_path.exists():
        raise Failed(f"{entry} failed (exit {completed.returncode}); see {log_path.relative_to(REPO)}")
    result = json.loads(result_path.read_text(encoding="utf-8"))
    result_path.unlink()
    return result
