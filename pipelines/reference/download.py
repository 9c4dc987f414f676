"""``reference download``: fetch the public sources, convert, check, and install them atomically.

Guarantees: the result lands in ``<data dir>/reference`` only after it passed the
parsing checks, ``checks.check`` and the build's ``load_reference``; anything
else leaves that folder exactly as it was. ``PROVENANCE.json`` beside the data
records each source (repository, path, commit or mirror location, file date,
SHA-256), the licence and the counts. ``ensure_reference`` is the ``make run``
hook: it downloads only when no reference folder is named or present.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipelines import settings
from pipelines.errors import UserError
from pipelines.formatting import WIB
from pipelines.progress import Progress, SilentProgress
from pipelines.reference import sources
from pipelines.reference.checks import Counts, check
from pipelines.reference.convert import AREA_CRS, DECIMALS, Converted, convert
from pipelines.reference.fetch import fetch
from pipelines.reference.store import replace_folder

_FETCH_STEPS = {sources.CODES: "reference.step.fetch_codes", sources.KECAMATAN: "reference.step.fetch_kecamatan",
                sources.DESA: "reference.step.fetch_desa"}
_STEPS = 6
_FILE_DATE = re.compile(r"(?:updated_at|last edit)\s*:\s*(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2})")


@dataclass(frozen=True)
class DownloadResult:
    folder: Path
    counts: Counts
    seconds: float


def download(region: str = settings.REGION_CODE, source: str | None = None, target: Path | None = None,
             progress: Progress | None = None) -> DownloadResult:
    """Download (or copy from ``source``), convert and install the reference for ``region``."""
    progress = progress or SilentProgress()
    started = time.monotonic()
    region = sources.check_region(region)
    target = target or settings.downloaded_reference_dir()
    files = sources.source_files(region, source)

    texts, records = {}, []
    try:
        for index, file in enumerate(files, start=1):
            progress.step(_FETCH_STEPS[file.role], index, _STEPS)
            data = fetch(file, progress)
            texts[file.role] = (file.name, _decode(data, file))
            records.append(_source_record(file, data, texts[file.role][1]))
        progress.step("reference.step.convert", 4, _STEPS)
        converted = convert(region, texts)
        progress.step("reference.step.check", 5, _STEPS)
        counts = check(converted)
        progress.step("reference.step.write", 6, _STEPS)
        replace_folder(target, converted, _provenance(region, source, records, converted, counts))
    finally:
        progress.finish()  # ends the step line, so an error message starts on its own line
    return DownloadResult(target, counts, time.monotonic() - started)


def reference_is_missing() -> bool:
    """True when no folder is named (``SERANG_REFERENCE_DIR``) and none was downloaded yet."""
    return not settings.reference_dir_is_set() and not settings.downloaded_reference_dir().exists()


def _decode(data: bytes, file: sources.SourceFile) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError("reference.source.syntax", file=file.name, line=data[:error.start].count(b"\n") + 1,
                        snippet=repr(data[error.start:error.start + 20])) from None


def _source_record(file: sources.SourceFile, data: bytes, text: str) -> dict:
    file_date = _FILE_DATE.search(text[:4000])
    return {
        "repository": f"cahyadsn/{file.repo}",
        "path": file.path,
        "commit": file.commit,
        "location": file.location,
        "file_date": file_date.group(1) if file_date else None,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def _provenance(region: str, source: str | None, records: list[dict], converted: Converted, counts: Counts) -> dict:
    return {
        "made_by": "python -m pipelines reference download",
        "made_at": datetime.now(WIB).isoformat(timespec="seconds"),
        "region": region,
        "source": source or "pinned upstream commits",
        "licence": sources.LICENCE,
        "copyright": sources.COPYRIGHT,
        "sources": records,
        "counts": {"kecamatan": counts.kecamatan, "desa": counts.desa, "desa_boundary_points": counts.vertices,
                   "desa_area_km2_calc": round(counts.area_km2, 3), "desa_polygons_repaired": converted.repaired},
        "conversion": {
            "coordinates": "WGS84, GeoJSON [lng, lat]; the source stores rings as [lat, lng]",
            "decimals": DECIMALS,
            "repair": "shapely make_valid, polygonal parts kept",
            "centroids": "lat/lng stored by the boundary files",
            "kecamatan_polygons": "union of their desa polygons (the two levels nest)",
            "area_crs": AREA_CRS,
            "kecamatan_csv_area": "from the source's own kecamatan polygons",
        },
    }
