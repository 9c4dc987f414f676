"""The public files the reference geography is converted from, and where to read them.

Guarantees: without a source every download reads the same bytes — raw files of
``cahyadsn/wilayah`` and ``cahyadsn/wilayah_boundaries`` at the commits pinned here
(the ones ``shared/reference/PROVENANCE.md`` was built from). A mirror, given as a
folder or a URL, is laid out like the repositories (``<repo>/<path in repo>``), so
``shared/reference/source-format`` is one. Nothing here touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipelines import regions
from pipelines.errors import UserError
from pipelines.settings import REGION_CODE

RAW_BASE = "https://raw.githubusercontent.com/cahyadsn"
LICENCE = "MIT"
COPYRIGHT = "© cahya dsn (cahyadsn@gmail.com)"

CODES = "codes"
KECAMATAN = "kecamatan"
DESA = "desa"

# role: (repository, path template, pinned commit). One pin per file because the
# two boundary files were taken at different commits of the same repository.
_PINNED = {
    CODES: ("wilayah", "db/wilayah.sql", "b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7"),
    KECAMATAN: ("wilayah_boundaries", "db/kec/wilayah_boundaries_kec_{province}.sql",
                "d652492831fc746a3aaa899ab2f359099c2a69d1"),
    DESA: ("wilayah_boundaries", "db/kel/{province}/wilayah_boundaries_kel_{region}.sql",
           "3c5a7960f4d227a38489094d84252bdbb3f978a5"),
}


@dataclass(frozen=True)
class SourceFile:
    role: str
    repo: str  # short name under cahyadsn/, e.g. "wilayah"
    path: str  # path inside the repository
    commit: str | None  # None when read from a mirror (its commit is unknown)
    location: str  # URL or file path the bytes come from

    @property
    def name(self) -> str:
        return Path(self.path).name


def is_url(text: str) -> bool:
    return "://" in text


def check_region(region: str) -> str:
    """The region code if the build can use it; otherwise a ``UserError`` saying why."""
    region = regions.normalize(region)
    if not regions.is_level(region, regions.KABUPATEN):
        raise UserError("reference.download.region_format", region=region, example=REGION_CODE)
    if region != REGION_CODE:
        # The build, its loader and its checks serve one kabupaten (settings.REGION_CODE).
        raise UserError("reference.download.region_unsupported", region=region, supported=REGION_CODE)
    return region


def source_files(region: str, source: str | None) -> list[SourceFile]:
    """The three files for ``region``: codes and names, kecamatan boundaries, desa boundaries."""
    province = region.split(".")[0]
    if source is not None and not is_url(source):
        folder = Path(source).expanduser()
        if not folder.is_dir():
            raise UserError("reference.download.source_missing", path=str(folder))
    files = []
    for role, (repo, template, commit) in _PINNED.items():
        path = template.format(province=province, region=region)
        if source is None:
            files.append(SourceFile(role, repo, path, commit, f"{RAW_BASE}/{repo}/{commit}/{path}"))
        elif is_url(source):
            files.append(SourceFile(role, repo, path, None, f"{source.rstrip('/')}/{repo}/{path}"))
        else:
            location = str(Path(source).expanduser().resolve() / repo / path)
            files.append(SourceFile(role, repo, path, None, location))
    return files
