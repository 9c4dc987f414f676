"""Rows of ``INSERT INTO <table> (columns) VALUES (...), (...);`` statements in a SQL dump.

Guarantees: every INSERT statement for the table is read, however many the file
holds and however they are spread over lines (the national ``wilayah.sql`` has
about 91,600 rows in several statements); strings are unescaped (``''`` and
MySQL's ``\\'``); numbers come back as text for the caller to check; only rows
whose ``kode`` passes ``keep`` are returned, each with its line number. A file
that ends inside a statement, or holds anything but values where values belong,
raises ``UserError`` naming the file and the line — never a partial list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.errors import UserError

_GAP = r"(?:\s+|--[^\n]*|/\*.*?\*/)*"  # whitespace and comments between tokens
_HEADER = re.compile(r"INSERT\s+INTO\s+[`\"]?(\w+)[`\"]?\s*\(([^)]*)\)\s*VALUES", re.IGNORECASE)
# Possessive quantifiers: an unterminated 1 MB string (a truncated file) fails at once
# instead of backtracking.
_VALUE = r"'(?:[^'\\]++|\\.|'')*+'|NULL|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_OPEN = re.compile(_GAP + r"\(", re.S)
_NEXT_VALUE = re.compile(_GAP + "(" + _VALUE + ")" + _GAP + r"([,)])", re.S | re.IGNORECASE)
_AFTER_ROW = re.compile(_GAP + r"([,;])", re.S)
_ESCAPE = re.compile(r"\\(.)|''", re.S)
_ESCAPED = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a"}


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, str | None]


def read_rows(text: str, file: str, table: str, columns: tuple[str, ...],
              keep: Callable[[str], bool]) -> list[Row]:
    """Rows of ``table`` whose ``kode`` passes ``keep``; ``columns`` must all be in each statement."""
    rows: list[Row] = []
    lines = _LineCounter(text)
    position = 0
    statements = 0
    while header := _HEADER.search(text, position):
        position = header.end()
        if header.group(1).lower() != table:
            continue
        statements += 1
        names = [name.strip().strip("`\"").lower() for name in header.group(2).split(",")]
        missing = [name for name in columns if name not in names]
        if missing:
            raise UserError("reference.source.columns", file=file, line=lines.at(header.start()),
                            table=table, columns=", ".join(missing))
        position = _read_statement(text, position, file, names, keep, rows, lines)
    if not statements:
        raise UserError("reference.source.no_insert", file=file, table=table)
    return rows


def _read_statement(text: str, position: int, file: str, names: list[str], keep: Callable[[str], bool],
                    rows: list[Row], lines: _LineCounter) -> int:
    while True:
        if not (opened := _OPEN.match(text, position)):
            _fail(text, position, file, lines)
        start, position = opened.end() - 1, opened.end()
        values: list[str | None] = []
        while True:
            if not (value := _NEXT_VALUE.match(text, position)):
                _fail(text, position, file, lines)
            values.append(_decode(value.group(1)))
            position = value.end()
            if value.group(2) == ")":
                break
        if not (after := _AFTER_ROW.match(text, position)):
            _fail(text, position, file, lines)
        if len(values) != len(names):
            raise UserError("reference.source.value_count", file=file, line=lines.at(start), code=values[0],
                            found=len(values), expected=len(names))
        record = dict(zip(names, values))
        if keep(record.get("kode") or ""):
            rows.append(Row(lines.at(start), record))
        position = after.end()
        if after.group(1) == ";":
            return position


def _decode(token: str) -> str | None:
    if token.upper() == "NULL":
        return None
    if token.startswith("'"):
        return _ESCAPE.sub(lambda match: _ESCAPED.get(match.group(1), match.group(1)) if match.group(1) else "'",
                           token[1:-1])
    return token


def _fail(text: str, position: int, file: str, lines: _LineCounter) -> None:
    line = lines.at(position)
    if ";" not in text[position:]:
        # The statement never ends: the download or copy stopped early.
        raise UserError("reference.source.truncated", file=file, line=line)
    snippet = text[position:position + 40].strip().replace("\n", " ")
    raise UserError("reference.source.syntax", file=file, line=line, snippet=snippet)


class _LineCounter:
    """Line numbers for forward-moving positions without rescanning the text each time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.line = 1

    def at(self, position: int) -> int:
        if position < self.position:
            return self.text.count("\n", 0, position) + 1
        self.line += self.text.count("\n", self.position, position)
        self.position = position
        return self.line
