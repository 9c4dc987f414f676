"""Read one source file's bytes from a URL or a mirror folder, showing progress.

Guarantees: returns the whole file or raises ``UserError`` — a failed, refused or
short download (fewer bytes than the server announced) never comes back as
data. Progress goes to the given ``Progress`` as quarter milestones and the
size, so it reads well in a terminal and in a log.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from pathlib import Path

from pipelines import formatting
from pipelines.errors import UserError
from pipelines.i18n import t
from pipelines.progress import Progress
from pipelines.reference.sources import SourceFile, is_url

TIMEOUT_SECONDS = 60
_CHUNK = 256 * 1024
_USER_AGENT = "dasbor-smart-city-serang (reference download)"


def fetch(source: SourceFile, progress: Progress) -> bytes:
    data = _download(source.location, progress) if is_url(source.location) else _read(source, progress)
    progress.detail(f"({_size(len(data))})")
    return data


def _size(count: int) -> str:
    return f"{formatting.number(count / 1e3)} kB" if count < 1e6 else f"{formatting.number(count / 1e6, 1)} MB"


def _read(source: SourceFile, progress: Progress) -> bytes:
    path = Path(source.location)
    if not path.is_file():
        raise UserError("reference.download.source_file_missing", path=str(path), layout=f"{source.repo}/{source.path}")
    progress.detail(str(path))
    return path.read_bytes()


def _download(url: str, progress: Progress) -> bytes:
    progress.detail(url)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            announced = int(response.headers.get("Content-Length") or 0) or None
            milestones = _Milestones(announced, progress)
            chunks: list[bytes] = []
            received = 0
            while chunk := response.read(_CHUNK):
                chunks.append(chunk)
                received += len(chunk)
                milestones.update(received)
    except urllib.error.HTTPError as error:
        raise UserError("reference.download.failed", url=url, detail=f"HTTP {error.code}") from None
    except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
        reason = getattr(error, "reason", None) or error
        raise UserError("reference.download.failed", url=url, detail=str(reason) or type(error).__name__) from None
    if announced is not None and received != announced:
        detail = t("reference.download.short", received=formatting.number(received),
                   announced=formatting.number(announced))
        raise UserError("reference.download.failed", url=url, detail=detail)
    return b"".join(chunks)


class _Milestones:
    """Prints 25 %, 50 %, 75 %, 100 % once each (or every 1 MB when the size is unknown)."""

    def __init__(self, total: int | None, progress: Progress) -> None:
        self.total = total
        self.progress = progress
        self.next = 25 if total else 1

    def update(self, received: int) -> None:
        if self.total:
            while self.next <= 100 and received * 100 >= self.next * self.total:
                self.progress.detail(formatting.percent(self.next, 0))
                self.next += 25
        elif received >= self.next * 1_000_000:
            self.progress.detail(f"{formatting.number(received / 1e6)} MB")
            self.next = received // 1_000_000 + 1
