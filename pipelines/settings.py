"""Where things live. Every location is a setting read from the environment.

- ``SERANG_DATA_DIR`` (default ``data/`` in the repository): working warehouse,
  published snapshots, inbox, quarantine, kept originals, downloaded reference.
- ``SERANG_REFERENCE_DIR`` (default ``<data dir>/reference``): Kemendagri-coded
  reference files (see ``pipelines.reference``).
- ``SERANG_REFERENCE_SOURCE`` (default: the pinned public files): where
  ``reference download`` reads from when ``--source`` is not given — a mirror
  folder or URL laid out ``<repo>/<path>``.
- ``SERANG_CATALOG_DIR`` (default ``data/catalog`` in the repository): the
  indicator catalog and scoring settings, edited by the admin as data.
- ``SERANG_USERS_FILE`` (default ``<data dir>/users.toml``): who may log in.

Functions, not module constants, so tests can point the environment elsewhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipelines.errors import UserError

REPO_ROOT = Path(__file__).resolve().parent.parent
REGION_CODE = "36.04"  # Kabupaten Serang
TIMEZONE = "Asia/Jakarta"
# One file on the Unggah Data page; kept below server.maxUploadSize in .streamlit/config.toml (the hard cap).
UPLOAD_MAX_MB = 10


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser().resolve() if value else default


def data_dir() -> Path:
    return _env_path("SERANG_DATA_DIR", REPO_ROOT / "data")


def reference_dir() -> Path:
    return _env_path("SERANG_REFERENCE_DIR", downloaded_reference_dir())


def reference_dir_is_set() -> bool:
    """True when the user names the reference folder; then nothing is downloaded for them."""
    return bool(os.environ.get("SERANG_REFERENCE_DIR", "").strip())


def downloaded_reference_dir() -> Path:
    """Where ``reference download`` writes: always under the data directory, never a user's folder."""
    return data_dir() / "reference"


def reference_source() -> str | None:
    value = os.environ.get("SERANG_REFERENCE_SOURCE", "").strip()
    return value or None


def catalog_dir() -> Path:
    return _env_path("SERANG_CATALOG_DIR", REPO_ROOT / "data" / "catalog")


def facts_file() -> Path:
    return REPO_ROOT / "data" / "facts" / "real_observations.csv"


def users_file() -> Path:
    return _env_path("SERANG_USERS_FILE", data_dir() / "users.toml")


@dataclass(frozen=True)
class DataPaths:
    """The working layout under the data directory."""

    root: Path

    @property
    def warehouse(self) -> Path:
        return self.root / "warehouse" / "working.duckdb"

    @property
    def writer_lock(self) -> Path:
        return self.root / "warehouse" / "writer.lock"

    @property
    def snapshots(self) -> Path:
        return self.root / "snapshots"

    @property
    def current_pointer(self) -> Path:
        return self.snapshots / "CURRENT"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def originals(self) -> Path:
        return self.root / "originals"


def paths() -> DataPaths:
    return DataPaths(data_dir())


# --- public map (issue 6) ------------------------------------------------------
# SERANG_MAP_TILES: "osm" (default; OpenStreetMap's public tiles, needs internet in the
# visitor's browser), "none" (no base map: boundaries on a plain background, fully offline),
# or an XYZ URL template such as "https://tiles.example.go.id/{z}/{x}/{y}.png" (a local
# tile server), credited with SERANG_MAP_TILES_ATTRIBUTION.
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"


@dataclass(frozen=True)
class MapTiles:
    url: str | None  # None: no base tiles
    attribution: str


def map_tiles() -> MapTiles:
    """The base tiles for Leaflet maps; raises ``UserError`` for a template Leaflet cannot use."""
    value = os.environ.get("SERANG_MAP_TILES", "").strip()
    if value.lower() in ("", "osm"):
        return MapTiles(OSM_TILES, OSM_ATTRIBUTION)
    if value.lower() == "none":
        return MapTiles(None, "")
    if not value.startswith(("http://", "https://", "/")) or not all(part in value for part in ("{z}", "{x}", "{y}")):
        raise UserError("map.bad_tiles_setting", value=value)
    return MapTiles(value, os.environ.get("SERANG_MAP_TILES_ATTRIBUTION", "").strip())
