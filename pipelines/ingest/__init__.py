"""Agency files in, nothing lost: read, check, load or quarantine, and publish.

Public API (the upload page and the CLI use only these):
- ``preview(data, filename, dataset, sheet=None) -> Preview`` — no writes.
- ``ingest_file(path_or_bytes, filename, dataset, user, channel, progress=None, sheet=None) -> LoadResult``
  — loads, recomputes and publishes a snapshot when something changed.
- ``ingest_inbox(con, layout, progress)`` — the build's hook for ``<data dir>/inbox/<dataset>/<file>``.

Modules, one job each: ``encoding``/``read_csv``/``read_xlsx``/``read_geojson`` (bytes →
grid of text cells), ``headers`` (header row and column names), ``read`` (sheet choice
and data rows), ``numbers``/``dates`` (id-ID values), ``columns`` (one column by type),
``validate`` (row checks), ``reference`` (what is checked against), ``store`` and
``originals`` (writes), ``api`` (transactions), ``templates``, ``export``, ``cli``.
"""

from pipelines.ingest.api import ingest_file, ingest_inbox, preview
from pipelines.ingest.result import LoadResult, Preview
from pipelines.ingest.sheet import FileRejected

__all__ = ["FileRejected", "LoadResult", "Preview", "ingest_file", "ingest_inbox", "preview"]
