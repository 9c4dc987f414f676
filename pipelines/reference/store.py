"""Write a converted reference into a folder atomically, with its provenance beside it.

Guarantees: the files are written into a fresh folder next to the target, loaded
back with the build's own ``load_reference``, and only then renamed into place
(the old folder, if any, is renamed away first and removed after). On any
failure — or an interrupt — the fresh folder is removed and the target is left
exactly as it was: no half-written reference is ever visible.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from pipelines.errors import UserError
from pipelines.reference.convert import KECAMATAN_GEO_PROPERTIES, Converted
from pipelines.reference.load import DESA_CSV, DESA_GEOJSON, KECAMATAN_CSV, KECAMATAN_GEOJSON, load_reference

PROVENANCE_FILE = "PROVENANCE.json"


def replace_folder(target: Path, converted: Converted, provenance: dict) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=target.parent))
    try:
        staging.chmod(0o755)
        write_folder(staging, converted, provenance)
        try:
            load_reference(staging)
        except UserError as error:
            raise UserError("reference.download.invalid_result", detail=error.message(), path=str(target)) from None
        _swap(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def write_folder(folder: Path, converted: Converted, provenance: dict) -> None:
    converted.kecamatan.to_csv(folder / KECAMATAN_CSV, index=False)
    converted.desa.to_csv(folder / DESA_CSV, index=False)
    _write_geojson(folder / KECAMATAN_GEOJSON, converted.kecamatan_geo, KECAMATAN_GEO_PROPERTIES)
    desa_properties = [column for column in converted.desa_geo.columns if column != "geometry"]
    _write_geojson(folder / DESA_GEOJSON, converted.desa_geo, desa_properties)
    (folder / PROVENANCE_FILE).write_text(json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _write_geojson(path: Path, frame, properties: list[str]) -> None:
    # One feature per line: small diffs between downloads, and plain json (no GDAL driver quirks).
    features = []
    for record, geometry in zip(frame[properties].to_dict("records"), frame.geometry):
        feature = {"type": "Feature", "properties": _plain(record), "geometry": geometry.__geo_interface__}
        features.append(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
    path.write_text('{"type":"FeatureCollection","name":"' + path.stem + '","features":[\n'
                    + ",\n".join(features) + "\n]}\n", encoding="utf-8")


def _plain(record: dict) -> dict:
    """numpy scalars → Python numbers, so json writes them."""
    return {key: value.item() if hasattr(value, "item") else value for key, value in record.items()}


def _swap(staging: Path, target: Path) -> None:
    if not target.exists():
        staging.rename(target)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
    retired.rmdir()  # only its unique name is needed
    target.rename(retired)
    try:
        staging.rename(target)
    except OSError:
        retired.rename(target)
        raise
    shutil.rmtree(retired, ignore_errors=True)
