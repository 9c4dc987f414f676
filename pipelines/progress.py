"""Progress reporting shared by the CLI (a line per step with timings) and the app (st.progress)."""

from __future__ import annotations

import sys
import time
from typing import Protocol

from pipelines import formatting
from pipelines.i18n import t


class Progress(Protocol):
    def step(self, key: str, index: int, total: int) -> None: ...
    def detail(self, text: str) -> None: ...
    def waiting(self) -> None: ...  # another process holds the writer lock; we wait our turn
    def finish(self) -> None: ...


class SilentProgress:
    def step(self, key: str, index: int, total: int) -> None:
        pass

    def detail(self, text: str) -> None:
        pass

    def waiting(self) -> None:
        pass

    def finish(self) -> None:
        pass


class ConsoleProgress:
    """``[3/7] Membuat data contoh … serang-tatu, sikonde … 3,2 dtk`` on stderr."""

    def __init__(self, lang: str = "id", stream=None) -> None:
        self.lang = lang
        self.stream = stream or sys.stderr
        self.started: float | None = None

    def step(self, key: str, index: int, total: int) -> None:
        self._close_step()
        self.started = time.monotonic()
        self.stream.write(f"[{index}/{total}] {t(key, self.lang)} …")
        self.stream.flush()

    def detail(self, text: str) -> None:
        self.stream.write(f" {text}")
        self.stream.flush()

    def waiting(self) -> None:
        self.detail(t("db.lock_wait", self.lang))

    def finish(self) -> None:
        self._close_step()

    def _close_step(self) -> None:
        if self.started is not None:
            seconds = formatting.number(time.monotonic() - self.started, 1, self.lang)
            self.stream.write(f" {seconds} dtk\n" if self.lang == "id" else f" {seconds} s\n")
            self.stream.flush()
            self.started = None
