"""Read a CSV the way people save them: any of UTF-8/BOM/Windows-1252, ``,`` ``;`` tab or ``|``, CRLF.

Guarantees: every record becomes one grid row, numbered as a spreadsheet would
show it (blank lines keep their number); quoted fields may hold delimiters and
line breaks; rows shorter or longer than the header are padded, never cut (a
row with filled cells beyond its header is quarantined later, see ``read``); no
cell is converted (``36.04.10`` and ``007`` stay as written). Parsing is pandas'
C reader over the whole file, so a million rows take about a second.
"""

from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd

from pipelines.i18n import t
from pipelines.ingest.encoding import UTF8, decode
from pipelines.ingest.sheet import FileRejected, Sheet

DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 60


def read_csv(data: bytes) -> Sheet:
    text, encoding = decode(data)
    if "\x00" in text[:4096]:
        raise FileRejected("ingest.reject.not_text")
    notes = [] if encoding == UTF8 else [t("ingest.note.encoding", encoding=encoding)]
    delimiter = sniff_delimiter(text)
    if delimiter != ",":
        notes.append(t("ingest.note.delimiter", delimiter="TAB" if delimiter == "\t" else delimiter))
    payload = text.encode("utf-8")
    width = _max_fields(payload, delimiter)
    try:
        cells = pd.read_csv(
            io.BytesIO(payload), sep=delimiter, header=None, names=range(width), index_col=False, dtype=str,
            keep_default_na=False, na_filter=False, skip_blank_lines=False, skipinitialspace=True,
            quotechar='"', doublequote=True, engine="c",
        )
    except (pd.errors.ParserError, ValueError):
        # Malformed quoting confuses the fast reader; Python's csv module is slower but forgiving.
        cells = pd.DataFrame(list(csv.reader(io.StringIO(text), delimiter=delimiter)), dtype=str)
    cells = cells.fillna("")
    cells.columns = range(cells.shape[1])
    return Sheet(name=None, cells=cells, rows=np.arange(1, len(cells) + 1), notes=notes, delimiter=delimiter)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of fields most often."""
    lines = [line for line in text[:65536].splitlines()[:_SNIFF_LINES] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(fields) for fields in csv.reader(lines, delimiter=delimiter)]
        if not counts:
            continue
        width = max(set(counts), key=lambda count: (counts.count(count), count))
        score = (counts.count(width), width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _max_fields(payload: bytes, delimiter: str) -> int:
    """An upper bound of fields per line (quoted delimiters count too; extra columns are empty)."""
    raw = np.frombuffer(payload, dtype=np.uint8)
    newlines = np.flatnonzero(raw == ord("\n"))
    separators = np.flatnonzero(raw == ord(delimiter))
    per_line = np.diff(np.searchsorted(separators, np.append(newlines, len(raw))), prepend=0)
    return int(per_line.max(initial=0)) + 1

