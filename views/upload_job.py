"""An upload's ingest runs in a thread of its own, so a click elsewhere, a rerun or a closed tab never cuts it off.

The page starts a job and polls it. The job calls ``ingest_file`` exactly as the CLI
does — the single writer lock queues it behind other uploads and builds — and records
the steps it passed, whether it had to wait for another writer, and its result or the
message to show (a ``UserError``'s key, or an unexpected error logged with its
traceback to the server log, never shown). Jobs live in this server process; the
session that started one collects it when it is done.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from dataclasses import dataclass, field

from pipelines.errors import UserError
from pipelines.ingest import LoadResult, ingest_file

log = logging.getLogger("serang.upload")
_JOBS: dict[str, "Job"] = {}
_LOCK = threading.Lock()
KEEP_FINISHED_SECONDS = 3600  # a finished job nobody collected (tab closed) is dropped after this


@dataclass
class Job:
    id: str
    steps: list[tuple[str, int, int]] = field(default_factory=list)  # (string key, index, total)
    waiting: bool = False  # queued behind another writer right now
    waited: bool = False  # had to wait at some point
    result: LoadResult | None = None
    error: UserError | None = None
    failure: str | None = None  # type of an unexpected error
    finished: threading.Event = field(default_factory=threading.Event)
    finished_at: float | None = None  # time.monotonic()

    @property
    def done(self) -> bool:
        return self.finished.is_set()


class _JobProgress:
    """``pipelines.progress.Progress`` writing into the job for the page to show."""

    def __init__(self, job: Job) -> None:
        self.job = job

    def step(self, key: str, index: int, total: int) -> None:
        self.job.waiting = False
        self.job.steps.append((key, index, total))

    def detail(self, text: str) -> None:
        pass

    def waiting(self) -> None:
        self.job.waiting = self.job.waited = True

    def finish(self) -> None:
        pass


def start(data: bytes, filename: str, dataset: str, user: str | None, opd: str | None, sheet: str | None) -> Job:
    job = Job(uuid.uuid4().hex)
    with _LOCK:
        for stale in [key for key, old in _JOBS.items()
                      if old.finished_at is not None and time.monotonic() - old.finished_at > KEEP_FINISHED_SECONDS]:
            del _JOBS[stale]
        _JOBS[job.id] = job
    thread = threading.Thread(target=_run, args=(job, data, filename, dataset, user, opd, sheet),
                              name=f"upload-{job.id[:8]}", daemon=True)
    thread.start()
    return job


def get(job_id: str | None) -> Job | None:
    with _LOCK:
        return _JOBS.get(job_id) if job_id else None


def forget(job_id: str) -> None:
    with _LOCK:
        _JOBS.pop(job_id, None)


def _run(job: Job, data: bytes, filename: str, dataset: str, user: str | None, opd: str | None,
         sheet: str | None) -> None:
    try:
        job.result = ingest_file(data, filename, dataset, user=user, channel="unggah",
                                 progress=_JobProgress(job), sheet=sheet, opd=opd)
    except UserError as error:
        job.error = error
    except Exception as error:  # noqa: BLE001 - reported to the user as a plain message, logged in full
        log.exception("upload of %s to %s failed", filename, dataset)
        job.failure = type(error).__name__
    finally:
        job.waiting = False
        job.finished_at = time.monotonic()
        job.finished.set()
