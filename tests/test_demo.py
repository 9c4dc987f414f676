"""The sample data generator: deterministic, inside the real desa, scaled by `size`."""

import hashlib

import pandas as pd
import pytest
import shapely

from pipelines import demo
from pipelines.catalog import load_catalog
from pipelines.datasets import DATASETS
from pipelines.reference.load import load_reference
from pipelines.settings import REPO_ROOT


@pytest.fixture(scope="module")
def inputs(real_reference):
    return load_reference(real_reference), load_catalog(REPO_ROOT / "data" / "catalog")


def digest(frames: dict[str, pd.DataFrame]) -> dict[str, str]:
    return {name: hashlib.sha256(pd.util.hash_pandas_object(frame, index=False).values.tobytes()).hexdigest()
            for name, frame in frames.items()}


def test_same_seed_same_rows_and_other_seed_other_rows(inputs):
    reference, catalog = inputs
    first = digest(demo.generate(reference, catalog, "2024-12", seed=7, size=0.2))
    again = digest(demo.generate(reference, catalog, "2024-12", seed=7, size=0.2))
    other = digest(demo.generate(reference, catalog, "2024-12", seed=8, size=0.2))
    assert first == again
    assert all(first[name] != other[name] for name in first)


def test_every_dataset_has_its_declared_columns(inputs):
    reference, catalog = inputs
    frames = demo.generate(reference, catalog, "2024-12", size=0.05)
    assert set(frames) == set(DATASETS)
    for name, frame in frames.items():
        assert list(frame.columns) == list(DATASETS[name].column_names), name
        assert len(frame) > 0, name


def test_size_scales_service_requests_only(inputs):
    reference, catalog = inputs
    small = demo.generate(reference, catalog, "2023-12", size=0.1)
    large = demo.generate(reference, catalog, "2023-12", size=0.4)
    ratio = len(large["layanan_serang_tatu"]) / len(small["layanan_serang_tatu"])
    assert 3.6 < ratio < 4.4
    # other datasets draw from their own streams and do not change with size
    assert digest({"d": small["desa_wisata"]}) == digest({"d": large["desa_wisata"]})


def test_points_lie_inside_their_own_desa(inputs):
    reference, catalog = inputs
    frames = demo.generate(reference, catalog, "2026-11", size=0.01)
    shapes = reference.desa_geo.set_index("kode").geometry
    for name in ("desa_wisata", "titik_sampah", "lokasi_pojok_dolan"):
        frame = frames[name]
        inside = [shapely.contains_xy(shapes[code], lng, lat)
                  for code, lat, lng in zip(frame["kode_desa"], frame["lintang"], frame["bujur"])]
        assert all(inside), name


def test_time_span_and_codes(inputs):
    reference, catalog = inputs
    frames = demo.generate(reference, catalog, "2025-02", size=0.05)
    requests = frames["layanan_serang_tatu"]
    assert requests["waktu_masuk"].min() >= pd.Timestamp("2023-01-01")
    assert requests["waktu_masuk"].max() < pd.Timestamp("2025-03-01")
    assert set(requests["kode_desa"]) <= set(reference.desa["kode"])
    assert requests["id_permohonan"].is_unique
    # no request finishes after the end of the data window; unfinished ones are 'diproses'
    assert requests["waktu_selesai"].max() < pd.Timestamp("2025-03-01")
    assert (requests.loc[requests["waktu_selesai"].isna(), "status"] == "diproses").all()
