"""Bytes to text for CSV and GeoJSON: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

Windows-1252 is what Excel on an Indonesian Windows writes for "CSV (comma
delimited)"; Latin-1 is the last resort because it decodes any byte. The label
returned says which one was used so the load report can mention it.
"""

from __future__ import annotations

import codecs

UTF8, UTF16, WINDOWS_1252, LATIN_1 = "UTF-8", "UTF-16", "Windows-1252", "Latin-1"


def decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), UTF8
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), UTF16
    try:
        return data.decode("utf-8"), UTF8
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), WINDOWS_1252
    except UnicodeDecodeError:
        return data.decode("latin-1"), LATIN_1
