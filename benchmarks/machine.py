"""Machine facts printed before any number: cores, memory, CPU model, load average, versions, commit.

The machine is shared (other test runs may be going on), so the load average is read at the
start and again at the end of the run and printed with the results; ratios measured in the
same run are what to compare across machines.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
from importlib import metadata

from benchmarks.prepare import REPO

PACKAGES = ("duckdb", "pandas", "numpy", "pyarrow", "streamlit", "folium", "streamlit-folium", "playwright")


def _meminfo() -> dict[str, float]:
    values = {}
    with open("/proc/meminfo", encoding="ascii") as info:
        for line in info:
            key, rest = line.split(":", 1)
            values[key] = int(rest.split()[0]) / 1024 / 1024  # kB → GiB
    return values


def _cpu_model() -> str:
    with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
        for line in info:
            if line.lower().startswith(("model name", "hardware", "cpu model")):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _command(*args: str) -> str:
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=30, cwd=REPO).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "not found"


def load_average() -> tuple[float, float, float]:
    return os.getloadavg()


def facts() -> dict:
    memory = _meminfo()
    versions = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    for package in PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "not installed"
    versions["chromium"] = _command("/usr/bin/chromium", "--version").replace("Chromium ", "").split(" ")[0]
    commit = _command("git", "rev-parse", "--short", "HEAD")
    dirty = bool(_command("git", "status", "--porcelain", "--untracked-files=no"))
    return {
        "cores": os.cpu_count(), "usable_cores": len(os.sched_getaffinity(0)),
        "memory_gib": memory.get("MemTotal", 0.0), "available_gib": memory.get("MemAvailable", 0.0),
        "cpu": _cpu_model(), "kernel": platform.release(), "load_average_start": load_average(),
        "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE", "unset"),
        "versions": versions, "commit": commit + (" (with uncommitted changes)" if dirty else ""),
    }
