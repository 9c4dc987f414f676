"""Keep every received file as it arrived, named by its SHA-256, under ``<data dir>/originals/<dataset>/``.

Guarantees: the stored bytes are exactly the received bytes; the same content
is stored once (content-addressed), so a rolled-back load leaves at worst an
unreferenced copy, never a wrong one; the write is atomic (temporary file, then
rename). The load log records the original file name and this path.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path, PurePath

from pipelines.settings import DataPaths


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def keep(layout: DataPaths, dataset: str, filename: str, data: bytes, digest: str) -> str:
    """Store the file; return its path relative to the data directory."""
    suffix = PurePath(filename).suffix.lower()[:10]
    folder = layout.originals / dataset
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{digest}{suffix}"
    if not path.exists():
        temporary = folder / f".{digest}.tmp"
        temporary.write_bytes(data)
        os.replace(temporary, path)
    return str(Path(os.path.relpath(path, layout.root)))
