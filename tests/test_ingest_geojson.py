"""GeoJSON location lists: points, polygons, null geometry, projected CRS, invalid polygons."""

import json

import pyproj
import pytest
import shapely

from ingest_support import accepted_records, check, problems

# Two real desa centroids of the reference (Kramatwatu, Margasana) and a point in Cikolelet.
KRAMATWATU = (106.119018, -6.065263)
MARGASANA = (106.13578, -6.0642)


def feature(properties, geometry):
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def collection(features, crs=None):
    document = {"type": "FeatureCollection", "features": features}
    if crs:
        document["crs"] = {"type": "name", "properties": {"name": crs}}
    return json.dumps(document).encode("utf-8")


def point(lon, lat):
    return {"type": "Point", "coordinates": [lon, lat]}


def square(lon, lat, half=0.002):
    return {"type": "Polygon", "coordinates": [[[lon - half, lat - half], [lon + half, lat - half],
                                                [lon + half, lat + half], [lon - half, lat + half],
                                                [lon - half, lat - half]]]}


def test_points_polygons_and_null_geometry(reference_data):
    data = collection([
        feature({"Nama": "TPS Kramatwatu", "Jenis": "TPS", "Kode Desa": "36.04.05.2001", "kapasitas": 2.5}, point(*KRAMATWATU)),
        feature({"nama": "TPS3R Margasana", "jenis": "tps3r", "kode_desa": "36.04.05.2002"}, square(*MARGASANA)),
        feature({"nama": "Bank Sampah Melati", "jenis": "bank sampah", "kode_desa": "36.04.05.2001",
                 "lat": "-6,0655", "lon": "106,1195"}, None),
        feature({"nama": "TPS tanpa lokasi", "jenis": "TPS", "kode_desa": "36.04.05.2001"}, None),
    ])
    analysis = check(data, "sampah.geojson", "titik_sampah", reference_data)
    records = accepted_records(analysis)
    assert [(r["nama"], r["jenis"], r["_row"]) for r in records] == [
        ("TPS Kramatwatu", "TPS", 1), ("TPS3R Margasana", "TPS3R", 2), ("Bank Sampah Melati", "bank sampah", 3)]
    assert (records[0]["bujur"], records[0]["lintang"]) == KRAMATWATU
    assert records[0]["kapasitas_ton_per_hari"] == 2.5
    polygon = shapely.geometry.shape(square(*MARGASANA))
    assert polygon.contains(shapely.Point(records[1]["bujur"], records[1]["lintang"]))
    assert (records[2]["lintang"], records[2]["bujur"]) == (-6.0655, 106.1195)  # from its properties
    assert problems(analysis) == [
        (4, "lintang", "", "wajib diisi; isi nilainya atau hapus baris ini."),
        (4, "bujur", "", "wajib diisi; isi nilainya atau hapus baris ini."),
    ]
    assert "1 poligon/garis diwakili satu titik di dalamnya." in analysis.validation.notes


def test_projected_crs_is_reprojected_to_wgs84(reference_data):
    to_utm = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32748", always_xy=True)
    x, y = to_utm.transform(*KRAMATWATU)
    data = collection([feature({"nama": "Pojok Dolan Alun-alun", "kode_desa": "36.04.05.2001",
                                "jenis": "ruang baca"}, point(x, y))], crs="urn:ogc:def:crs:EPSG::32748")
    analysis = check(data, "pojok.geojson", "lokasi_pojok_dolan", reference_data)
    [record] = accepted_records(analysis)
    assert record["bujur"] == pytest.approx(KRAMATWATU[0], abs=1e-7)
    assert record["lintang"] == pytest.approx(KRAMATWATU[1], abs=1e-7)
    assert any(note.startswith("Koordinat dikonversi dari EPSG:32748 ke WGS84") for note in analysis.validation.notes)


def test_projected_coordinates_without_a_crs_reject_the_file(reference_data):
    data = collection([feature({"nama": "X", "kode_desa": "36.04.05.2001", "jenis": "ruang baca"},
                               point(624012.5, 9329456.1))])
    analysis = check(data, "utm.geojson", "lokasi_pojok_dolan", reference_data)
    assert analysis.rejected and "WGS84 (EPSG:4326)" in analysis.rejection.message()


def test_invalid_polygon_is_repaired_before_its_point_is_taken(reference_data):
    lon, lat = KRAMATWATU
    bowtie = {"type": "Polygon", "coordinates": [[[lon - 0.002, lat - 0.002], [lon + 0.002, lat + 0.002],
                                                  [lon + 0.002, lat - 0.002], [lon - 0.002, lat + 0.002],
                                                  [lon - 0.002, lat - 0.002]]]}
    data = collection([feature({"nama": "Desa Wisata Kramatwatu", "kode_desa": "36.04.05.2001",
                                "kategori": "rintisan"}, bowtie)])
    analysis = check(data, "dw.geojson", "desa_wisata", reference_data)
    [record] = accepted_records(analysis)
    repaired = shapely.make_valid(shapely.geometry.shape(bowtie))
    assert repaired.buffer(1e-9).contains(shapely.Point(record["bujur"], record["lintang"]))
    assert "1 poligon tidak sah diperbaiki sebelum dipakai." in analysis.validation.notes


def test_geojson_for_a_dataset_without_locations_is_refused(reference_data):
    analysis = check(collection([]), "x.geojson", "indikator", reference_data)
    assert analysis.rejection.message() == "dataset indikator tidak berisi lokasi; kirim .csv atau .xlsx."
