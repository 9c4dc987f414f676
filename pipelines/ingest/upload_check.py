"""What the upload page accepts, checked on the server before the file is read.

Guarantees: ``check_upload`` raises a ``UserError`` naming the file unless it is at
most ``settings.UPLOAD_MAX_MB``, ends in an accepted extension (``.csv``, ``.xlsx``,
and ``.geojson``/``.json`` for datasets with locations) AND its bytes are that kind
of file — an Excel workbook (a ZIP holding ``xl/workbook.xml``, unpacking to at most
``UNPACKED_FACTOR`` times the limit), text for CSV, a JSON object for GeoJSON. The
browser's file-type filter is a convenience; this is the check. Nothing is written.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import PurePath

from pipelines import formatting, settings
from pipelines.datasets import Dataset
from pipelines.errors import UserError

CSV, XLSX, GEOJSON = "csv", "xlsx", "geojson"
SUFFIXES = {".csv": CSV, ".xlsx": XLSX, ".geojson": GEOJSON, ".json": GEOJSON}
MEGABYTE = 1024 * 1024
UNPACKED_FACTOR = 20  # an XLSX unpacks to ~5-10× its size; far more is a ZIP bomb, not a report
_SNIFF_BYTES = 8192
# What a file's first bytes say it is, for the kinds people send by mistake.
_SIGNATURES = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls"), (b"%PDF", "pdf"), (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"), (b"\x1f\x8b", "archive"), (b"Rar!", "archive"), (b"7z\xbc\xaf", "archive"), (b"MZ", "program"),
    (b"\x7fELF", "program"),
)


def suffixes_for(dataset: Dataset) -> list[str]:
    """Extensions this dataset accepts (for the page and the browser's file picker), without dots."""
    return [suffix[1:] for suffix, kind in SUFFIXES.items() if kind != GEOJSON or dataset.geometry]


def max_bytes() -> int:
    return settings.UPLOAD_MAX_MB * MEGABYTE


def check_upload(data: bytes, filename: str, dataset: Dataset) -> str:
    """The file's kind (``csv``/``xlsx``/``geojson``) when it may be read; else ``UserError``."""
    suffix = PurePath(filename).suffix.lower()
    kind = SUFFIXES.get(suffix)
    if kind is None or suffix[1:] not in suffixes_for(dataset):
        raise UserError("upload.reject.type", file=filename, suffix=suffix or "-",
                        allowed=", ".join(f".{name}" for name in suffixes_for(dataset)))
    if len(data) > max_bytes():
        raise UserError("upload.reject.too_big", file=filename, size=_megabytes(len(data)),
                        limit=formatting.number(settings.UPLOAD_MAX_MB))
    if not data.strip():
        raise UserError("upload.reject.empty", file=filename)
    found = sniff(data)
    if found != kind:
        raise UserError(f"upload.reject.content_{found}", file=filename, suffix=suffix)
    if kind == XLSX:
        _check_unpacked(data, filename)
    return kind


def sniff(data: bytes) -> str:
    """``xlsx``, ``zip`` (another ZIP), ``geojson`` (JSON), ``csv`` (text) or a binary kind from ``_SIGNATURES``."""
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return XLSX if "xl/workbook.xml" in archive.namelist() else "zip"
        except (zipfile.BadZipFile, OSError, ValueError):
            return "zip"
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    head = data[:_SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="replace")
    elif b"\x00" in head:
        return "binary"
    else:
        text = head.decode("utf-8", errors="replace")
    return GEOJSON if text.lstrip("\ufeff \t\r\n").startswith("{") else CSV


def _check_unpacked(data: bytes, filename: str) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > UNPACKED_FACTOR * max_bytes():
        raise UserError("upload.reject.unpacked", file=filename, size=_megabytes(unpacked))


def _megabytes(size: int) -> str:
    return formatting.number(size / MEGABYTE, 1)
