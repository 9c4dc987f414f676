"""Download-and-convert through the offline mirror (`shared/reference/source-format`), compared with
the real reference folder; the checks; the pinned sources without a network."""

import dataclasses
import hashlib
import json
import math
import urllib.error
import urllib.request

import pandas as pd
import pytest
import shapely

from conftest import AS_OF, END_MONTH
from pipelines import db
from pipelines.errors import UserError
from pipelines.reference import sources
from pipelines.reference.checks import check
from pipelines.reference.convert import convert, polygon_from_path
from pipelines.reference.download import download
from pipelines.reference.load import load_reference


@pytest.fixture(scope="session")
def mirror(real_reference):
    return real_reference / "source-format"


@pytest.fixture(scope="session")
def downloaded(tmp_path_factory, mirror):
    return download(source=str(mirror), target=tmp_path_factory.mktemp("download") / "reference")


def mirror_texts(mirror):
    files = sources.source_files("36.04", str(mirror))
    return {file.role: (file.name, open(file.location, encoding="utf-8").read()) for file in files}


def metres_apart(lat1, lng1, lat2, lng2):
    return math.hypot((lat1 - lat2) * 111_320, (lng1 - lng2) * 111_320 * math.cos(math.radians(lat1)))


@pytest.mark.parametrize("name", ["serang_desa.csv", "serang_kecamatan.csv"])
def test_codes_names_centroids_and_areas_match_the_real_reference(downloaded, real_reference, name):
    ours = pd.read_csv(downloaded.folder / name, dtype=str, keep_default_na=False)
    real = pd.read_csv(real_reference / name, dtype=str, keep_default_na=False)
    assert ours["kode"].tolist() == real["kode"].tolist()  # text, same order, zeros kept
    assert ours["nama"].tolist() == real["nama"].tolist()
    shared = [column for column in ("kode_kec", "nama_kec", "kode_kab", "nama_kab", "jumlah_desa") if column in real]
    assert ours[shared].equals(real[shared])
    for mine, theirs in zip(ours.itertuples(), real.itertuples()):
        assert metres_apart(float(mine.lat), float(mine.lng), float(theirs.lat), float(theirs.lng)) < 3, mine.kode
        assert float(mine.luas_km2_calc) == pytest.approx(float(theirs.luas_km2_calc), rel=0.01), mine.kode


def test_output_passes_the_build_loader_and_the_levels_nest(downloaded):
    reference = load_reference(downloaded.folder)
    assert (len(reference.kecamatan), len(reference.desa)) == (29, 326)
    assert reference.desa_geo.geometry.is_valid.all() and reference.kecamatan_geo.geometry.is_valid.all()
    kecamatan = reference.kecamatan_geo.set_index("kode").geometry
    for code, parent, geometry in reference.desa_geo[["kode", "kode_kec", "geometry"]].itertuples(index=False):
        assert geometry.intersection(kecamatan[parent]).area / geometry.area > 0.9999, code
    # the union is a little smaller than the sum: the simplified desa polygons overlap slightly
    desa_area = reference.desa_geo.to_crs("EPSG:32748").area.sum()
    assert reference.kecamatan_geo.to_crs("EPSG:32748").area.sum() == pytest.approx(desa_area, rel=1e-3)


def test_geojson_is_lng_lat(downloaded):
    features = json.loads((downloaded.folder / "serang_desa.geojson").read_text(encoding="utf-8"))["features"]
    kramatwatu = next(feature for feature in features if feature["properties"]["kode"] == "36.04.05.2001")
    # the source's first point is [-6.058847065999942, 106.11903718600007] ([lat, lng])
    assert kramatwatu["geometry"]["coordinates"][0][0] == [106.119037, -6.058847]
    assert kramatwatu["properties"]["nama"] == "Kramatwatu" and kramatwatu["properties"]["kode_kec"] == "36.04.05"


def test_provenance_records_sources_licence_and_counts(downloaded, mirror):
    provenance = json.loads((downloaded.folder / "PROVENANCE.json").read_text(encoding="utf-8"))
    assert provenance["licence"] == "MIT" and "cahya dsn" in provenance["copyright"]
    assert provenance["source"] == str(mirror) and provenance["region"] == "36.04"
    assert provenance["counts"]["kecamatan"] == 29 and provenance["counts"]["desa"] == 326
    by_path = {record["path"]: record for record in provenance["sources"]}
    desa_file = "db/kel/36/wilayah_boundaries_kel_36.04.sql"
    assert set(by_path) == {"db/wilayah.sql", "db/kec/wilayah_boundaries_kec_36.sql", desa_file}
    assert by_path[desa_file]["file_date"] == "2026-08-20 22:22:26" and by_path[desa_file]["commit"] is None
    expected = hashlib.sha256((mirror / "wilayah_boundaries" / desa_file).read_bytes()).hexdigest()
    assert by_path[desa_file]["sha256"] == expected


def test_a_build_on_the_downloaded_reference(downloaded, tmp_path, monkeypatch):
    from pipelines.build import build

    monkeypatch.setenv("SERANG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SERANG_REFERENCE_DIR", str(downloaded.folder))
    result = build(end_month=END_MONTH, as_of=AS_OF)
    con = db.read_only(result.snapshot)
    try:
        assert con.execute("SELECT count(*) FROM ref.desa").fetchone()[0] == 326
        assert con.execute("SELECT nama FROM ref.kecamatan WHERE kode = '36.04.05'").fetchone()[0] == "Kramatwatu"
        level_counts = dict(con.execute("SELECT level, count(*) FROM ref.boundary GROUP BY level").fetchall())
        assert level_counts == {"kecamatan": 29, "desa": 326}
    finally:
        con.close()


def test_polygon_from_path_swaps_to_lng_lat_and_repairs_a_bow_tie():
    bow_tie = "[[[-6.05,106.10],[-6.03,106.12],[-6.05,106.12],[-6.03,106.10],[-6.05,106.10]]]"
    geometry, repaired = polygon_from_path(bow_tie)
    assert repaired and geometry.is_valid and geometry.area == pytest.approx(0.0002)
    assert geometry.bounds == pytest.approx((106.10, -6.05, 106.12, -6.03))
    # two polygons, the first with a hole: GeoJSON nesting, [lat, lng] pairs
    multi = ("[[[[-6,106],[-6,106.1],[-6.1,106.1],[-6.1,106],[-6,106]],"
             "[[-6.02,106.02],[-6.08,106.02],[-6.08,106.08],[-6.02,106.08],[-6.02,106.02]]],"
             "[[[-6.2,106.2],[-6.2,106.3],[-6.3,106.3],[-6.2,106.2]]]]")
    geometry, repaired = polygon_from_path(multi)
    assert not repaired and geometry.geom_type == "MultiPolygon" and len(geometry.geoms[0].interiors) == 1
    assert shapely.is_ccw(geometry.geoms[0].exterior)  # RFC 7946 orientation
    for broken in ("[[[-6,106],[-6.1]]]", "[[\"a\",\"b\"]]", "{}"):
        with pytest.raises(ValueError):
            polygon_from_path(broken)


def test_checks_catch_swapped_coordinates_and_orphan_desa(mirror):
    converted = convert("36.04", mirror_texts(mirror))
    desa_geo = converted.desa_geo.copy()
    desa_geo.loc[3, "geometry"] = shapely.transform(desa_geo.geometry[3], lambda xy: xy[:, ::-1])
    with pytest.raises(UserError) as caught:
        check(dataclasses.replace(converted, desa_geo=desa_geo))
    assert caught.value.key == "reference.check.outside"
    assert caught.value.params["code"] == converted.desa["kode"][3] and "tertukar" in caught.value.message()

    without_kramatwatu = converted.kecamatan[converted.kecamatan["kode"] != "36.04.05"]
    with pytest.raises(UserError) as caught:
        check(dataclasses.replace(converted, kecamatan=without_kramatwatu))
    assert caught.value.params == {**caught.value.params, "code": "36.04.05.2001", "parent": "36.04.05"}


def test_a_desa_without_boundary_is_named(mirror):
    texts = mirror_texts(mirror)
    name, text = texts[sources.CODES]
    texts[sources.CODES] = (name, text.replace("('36.04.35.2010','Kebonratu');",
                                               "('36.04.35.2010','Kebonratu'),\n('36.04.35.2011','Baru');"))
    with pytest.raises(UserError) as caught:
        convert("36.04", texts)
    assert caught.value.key == "reference.source.mismatch" and "36.04.35.2011" in caught.value.message()


def test_the_default_source_is_pinned_and_offline_names_both_options(tmp_path, monkeypatch):
    def offline(request, timeout):
        raise urllib.error.URLError(OSError(-3, "Temporary failure in name resolution"))

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    target = tmp_path / "reference"
    with pytest.raises(UserError) as caught:
        download(target=target)
    message = caught.value.message()
    assert caught.value.params["url"] == (
        "https://raw.githubusercontent.com/cahyadsn/wilayah/b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7/db/wilayah.sql")
    assert "SERANG_REFERENCE_DIR" in message and "reference download --source FOLDER" in message
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_a_short_download_is_refused(tmp_path, monkeypatch):
    class ShortResponse:
        headers = {"Content-Length": "100000"}

        def __init__(self):
            self.chunks = [b"INSERT INTO wilayah (kode, nama) VALUES", b""]

        def read(self, size):
            return self.chunks.pop(0)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(urllib.request, "urlopen", lambda request, timeout: ShortResponse())
    with pytest.raises(UserError) as caught:
        download(source="https://mirror.example/serang", target=tmp_path / "reference")
    assert caught.value.key == "reference.download.failed"
    assert "39 dari 100.000 bita" in caught.value.message()
    assert caught.value.params["url"] == "https://mirror.example/serang/wilayah/db/wilayah.sql"
    assert not (tmp_path / "reference").exists()
