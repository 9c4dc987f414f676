"""Errors a person can act on.

A ``UserError`` carries a string-table key and its parameters, never a
traceback. The CLI and the app print ``error.message(lang)``; anything else
that escapes is a bug and is reported as such without internals.
"""

from __future__ import annotations

from typing import Any

from pipelines.i18n import t


class UserError(Exception):
    """A failure explained in the user's language (Bahasa Indonesia first)."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("id"))

    def message(self, lang: str = "id") -> str:
        return t(self.key, lang, **self.params)
