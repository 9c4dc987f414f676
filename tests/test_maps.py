"""The map builder (views/maps.py): escaping, the regency boundary, JSON-safe properties, local assets, size."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import folium
import pandas as pd
import pytest
import shapely
import shapely.geometry

from pipelines.errors import UserError
from pipelines.settings import OSM_ATTRIBUTION, OSM_TILES, MapTiles, map_tiles
from views import maps

HOSTILE = {
    "nama": "<img src=x onerror=alert(1)> ${7*7}",
    "nama_desa": "<script>alert(2)</script>",
    "nama_kecamatan": '"><svg onload=alert(3)>',
    "pengelola": "{{7*7}} </script><b>bold</b>",
    "jadwal": "Sabtu' onmouseover='alert(4)",
}
RAW_MARKUP = ("<img", "<script>alert", "<svg", "<b>bold", "' onmouseover='alert")
KINDS = [maps.Kind("wisata:maju", "Desa wisata <u>maju</u>", "#1b7837", group="Desa <wisata>", short="<i>maju</i>"),
         maps.Kind("sampah:TPS", "TPS", "#8c510a", "square")]
DETAILS = [maps.Detail("pengelola", "Pengelola <em>"), maps.Detail("jadwal", "Jadwal"),
           maps.Detail("kapasitas_ton_per_hari", "Kapasitas", "number", "ton/hari"),
           maps.Detail("diperbarui", "Diperbarui", "day")]
NO_TILES = MapTiles(None, "")


@pytest.fixture(scope="module")
def kecamatan_shapes(real_reference) -> dict:
    return json.loads((real_reference / "serang_kecamatan_from_desa.geojson").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def region(kecamatan_shapes) -> shapely.Geometry:
    return shapely.union_all([shapely.geometry.shape(f["geometry"]) for f in kecamatan_shapes["features"]])


@pytest.fixture(scope="module")
def desa(real_reference) -> pd.DataFrame:
    return pd.read_csv(real_reference / "serang_desa.csv", dtype={"kode": str, "kode_kec": str})


def _points(desa: pd.DataFrame, count: int, **overrides) -> pd.DataFrame:
    rows = desa.head(count)
    return pd.DataFrame({
        "nama": [f"Titik {i}" for i in range(count)], "nama_desa": list(rows["nama"]),
        "nama_kecamatan": "Anyar", "kind": "sampah:TPS", "lintang": list(rows["lat"]), "bujur": list(rows["lng"]),
        "is_demo": False, "pengelola": None, "jadwal": "Senin", "kapasitas_ton_per_hari": 1.5,
        "diperbarui": pd.Timestamp("2026-12-03 08:00"), **overrides,
    })


def _spec(points: pd.DataFrame, region, **extra) -> maps.MapSpec:
    return maps.MapSpec(points, KINDS, DETAILS, region, region.bounds, extra.pop("tiles", NO_TILES), **extra)


def _rendered(spec: maps.MapSpec) -> str:
    return maps.build_map(spec).get_root().render()


def _payload(folium_map: folium.Map) -> dict:
    cluster = next(child for child in folium_map._children.values() if isinstance(child, maps.PointCluster))
    return json.loads(cluster.payload)


def test_escape_covers_markup_quotes_and_missing_values():
    assert maps.escape('<a href="x">\'&') == "&lt;a href=&quot;x&quot;&gt;&#x27;&amp;"
    assert maps.escape(None) == "" and maps.escape(float("nan")) == ""
    assert maps.escape("${7*7}") == "${7*7}"  # no template syntax is special in HTML


def test_builder_escapes_every_field_it_renders(desa, region, kecamatan_shapes):
    points = _points(desa, 2, kind="wisata:maju", **HOSTILE)
    shapes = {"type": "FeatureCollection", "features": [
        {**feature, "properties": {"kode": feature["properties"]["kode"], "nama": "<img src=y onerror=alert(5)>"}}
        for feature in kecamatan_shapes["features"]]}
    choropleth = maps.Choropleth(shapes, {feature["properties"]["kode"]: 1.0 for feature in shapes["features"]},
                                 "unit <s>", "<script>alert(6)</script>")
    boundaries = [maps.Boundaries(shapes, "Batas <kecamatan>", 1.6)]
    page = _rendered(_spec(points, region, boundaries=boundaries, choropleth=choropleth))

    for markup in (*RAW_MARKUP, "<img src=y", "<script>alert(6)", "<s>", "<u>", "<i>maju", "<em>", "<wisata>",
                   "<kecamatan>"):
        assert markup not in page, markup
    payload = _payload(maps.build_map(_spec(points, region)))
    row = payload["rows"][0]
    assert row[3] == html.escape(HOSTILE["nama"])  # "${7*7}" stays literal text
    assert payload["places"][row[4]] == (f"Desa {html.escape(HOSTILE['nama_desa'])}, "
                                         f"Kec. {html.escape(HOSTILE['nama_kecamatan'])}")
    fields = {field["label"]: field["values"] for field in payload["fields"]}
    assert fields["Pengelola &lt;em&gt;"] == [html.escape(HOSTILE["pengelola"])]
    assert fields["Jadwal"] == [html.escape(HOSTILE["jadwal"])]
    assert payload["kinds"][0]["label"] == "Desa wisata &lt;u&gt;maju&lt;/u&gt;"


def test_list_beside_the_map_escapes_too(desa):
    points = _points(desa, 1, kind="wisata:maju", is_demo=True, **HOSTILE)
    text = maps.list_html(points, KINDS, "id", limit=10)
    for markup in RAW_MARKUP:
        assert markup not in text
    assert html.escape(HOSTILE["nama"]) in text and "data contoh" in text


def test_points_outside_kabupaten_serang_never_reach_the_map(desa, region):
    inside = _points(desa, 3)
    outside = pd.DataFrame({
        "nama": ["Monas Jakarta", "Alun-alun Kota Serang", "Nol", "Tertukar", "Tanpa koordinat"],
        "lintang": [-6.1754, -6.1204, 0.0, 106.15, None], "bujur": [106.8272, 106.1503, 0.0, -6.12, None],
    })
    points = pd.concat([inside, outside.assign(**{column: inside[column].iat[0] for column in
                                                  inside.columns.difference(outside.columns)})], ignore_index=True)
    kept = maps.inside_region(points, region)
    assert list(kept["nama"]) == ["Titik 0", "Titik 1", "Titik 2"]
    page = _rendered(_spec(points, region))
    assert len(_payload(maps.build_map(_spec(points, region)))["rows"]) == 3
    for name in outside["nama"]:
        assert name not in page


def test_timestamps_in_properties_do_not_break_it(desa, region, kecamatan_shapes):
    stamped = {"type": "FeatureCollection", "features": [
        {**feature, "properties": {**feature["properties"], "diperbarui": pd.Timestamp("2026-12-03 08:00"),
                                   "berlaku": date(2026, 1, 1)}}
        for feature in kecamatan_shapes["features"][:3]]}
    with pytest.raises(TypeError):
        json.dumps(stamped["features"][0]["properties"])  # what broke folium.GeoJson before json_safe
    spec = _spec(_points(desa, 2), region, boundaries=[maps.Boundaries(stamped, "Batas", 1.6)],
                 choropleth=maps.Choropleth(stamped, {stamped["features"][0]["properties"]["kode"]: 3.0}, "desa", "X"))
    page = _rendered(spec)
    assert "2026-12-03T08:00:00" in page
    assert _payload(maps.build_map(spec))["fields"][3]["values"] == ["3 Desember 2026"]  # the popup's date


def test_the_map_loads_nothing_from_a_cdn(desa, region, kecamatan_shapes):
    spec = _spec(_points(desa, 5), region, tiles=MapTiles("https://tiles.example.go.id/{z}/{x}/{y}.png", "Pemda"),
                 boundaries=[maps.Boundaries(kecamatan_shapes, "Batas", 1.6)])
    page = _rendered(spec)
    links = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page)
    assert links and all(link.startswith("../views.maps.") for link in links), links
    assert {"../views.maps.leaflet_assets/leaflet.js", "../views.maps.markercluster_assets/leaflet.markercluster.js",
            "../views.maps.leaflet_assets/leaflet.css"} <= set(links)
    for link in links:  # every file named is in the installed XStatic packages
        folder, file = link.removeprefix("../views.maps.").split("/", 1)
        assert (Path(maps._ASSET_FOLDERS[folder]) / file).is_file()


def test_a_plugin_from_a_cdn_is_refused(desa, region):
    spec = _spec(_points(desa, 2), region)
    original = maps.PointCluster.__init__

    def cdn_cluster(self, payload):
        original(self, payload)
        self.default_js = [("markercluster", "https://cdnjs.cloudflare.com/leaflet.markercluster.js")]

    maps.PointCluster.__init__ = cdn_cluster
    try:
        with pytest.raises(RuntimeError, match="cdnjs"):
            maps.build_map(spec)
    finally:
        maps.PointCluster.__init__ = original


def test_many_points_cost_far_less_than_one_marker_each(desa, region):
    points = pd.concat([_points(desa, len(desa))] * 4, ignore_index=True)
    points["nama"] = [f"Bank Sampah Bersih {i}" for i in range(len(points))]
    payload_bytes = len(maps.script_json(maps.point_payload(points, KINDS, DETAILS, "id")).encode())

    # What folium would send for the same points as one Marker with a Popup each (measured on 200).
    sample = folium.Map()
    for row in points.head(200).itertuples():
        folium.Marker([row.lintang, row.bujur], popup=f"<b>{row.nama}</b><br>{row.nama_desa}").add_to(sample)
    per_marker = len(sample.get_root().render().encode()) / 200
    assert payload_bytes / len(points) < per_marker / 10, (payload_bytes / len(points), per_marker)


def test_choropleth_classes_cover_the_values():
    colors = ("a", "b", "c", "d", "e")
    classes = maps.choropleth_classes([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], colors)
    assert classes[0][0] == 1 and classes[-1][1] == 10 and [c[2] for c in classes] == list(colors)
    assert maps.choropleth_classes([4.0, 4.0], colors) == [(4.0, 4.0, "c")]
    assert maps.choropleth_classes([], colors) == []


@pytest.mark.parametrize("value, expected", [
    ("", MapTiles(OSM_TILES, OSM_ATTRIBUTION)), ("OSM", MapTiles(OSM_TILES, OSM_ATTRIBUTION)),
    ("none", MapTiles(None, "")), ("https://ubin.serangkab.go.id/{z}/{x}/{y}.png", MapTiles(
        "https://ubin.serangkab.go.id/{z}/{x}/{y}.png", "Diskominfosatik")),
])
def test_base_tiles_are_a_setting(monkeypatch, value, expected):
    monkeypatch.setenv("SERANG_MAP_TILES", value)
    monkeypatch.setenv("SERANG_MAP_TILES_ATTRIBUTION", "Diskominfosatik")
    assert map_tiles() == expected


def test_a_tile_setting_leaflet_cannot_use_is_explained(monkeypatch):
    monkeypatch.setenv("SERANG_MAP_TILES", "ubin.serangkab.go.id/peta.png")
    with pytest.raises(UserError) as error:
        map_tiles()
    assert "SERANG_MAP_TILES «ubin.serangkab.go.id/peta.png»" in error.value.message("id")
    assert "{z}/{x}/{y}" in error.value.message("id")


def test_without_tiles_the_map_itself_knows_its_zoom_limits(desa, region):
    # MarkerCluster needs the map's maxZoom; folium gives it only to a tile layer.
    script = _rendered(_spec(_points(desa, 2), region))
    assert '"maxZoom": 19' in script and "L.tileLayer" not in script
