"""The public map page in AppTest: what it sends to the map for each URL and choice (the map itself is JS)."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from pipelines import datasets
from support import open_app

KECAMATAN = "36.04.23"  # Cikeusal


def map_args(app) -> dict:
    """The arguments the page sent to the st_folium component (AppTest cannot run its JavaScript)."""
    [component] = [element for element in app.get("component_instance")
                   if element.proto.component_name == "streamlit_folium.st_folium"]
    return json.loads(component.proto.json_args)


def map_points(app) -> dict:
    """The compact point payload inside the map script (``var M = {...};``)."""
    match = re.search(r"var M = (\{.*\});\n", map_args(app)["script"])
    return json.loads(match.group(1)) if match else {"rows": [], "kinds": []}


def kinds_shown(payload: dict) -> set[str]:
    return {payload["kinds"][row[2]]["label"] for row in payload["rows"]}


def test_the_map_holds_every_sample_point_and_says_data_contoh(users_file, snapshot_con):
    expected = snapshot_con.execute("SELECT (SELECT count(*) FROM mart.tourism_village) "
                                    "+ (SELECT count(*) FROM mart.waste_point)").fetchone()[0]
    app = open_app(None, page="peta")
    assert not app.exception
    assert len(map_points(app)["rows"]) == expected
    assert f"{expected} lokasi di peta" in [caption.value for caption in app.caption]
    assert any("«data contoh»" in caption.value for caption in app.caption)
    assert map_args(app)["returned_objects"] == []  # pan and zoom send nothing back, so they never rerun


def test_layer_and_kecamatan_from_the_url_open_pre_filtered(users_file, snapshot_con):
    expected = snapshot_con.execute("SELECT count(*) FROM mart.waste_point WHERE jenis = 'bank sampah' "
                                    "AND kode_kec = ?", [KECAMATAN]).fetchone()[0]
    app = open_app(None, page="peta", query={"embed": "true", "layer": "bank-sampah", "kecamatan": KECAMATAN})
    payload = map_points(app)
    assert expected > 0 and len(payload["rows"]) == expected
    assert kinds_shown(payload) == {"Bank sampah"}
    assert all("Kec. Cikeusal" in payload["places"][row[4]] for row in payload["rows"])
    assert app.selectbox(key="peta_kecamatan").value == KECAMATAN
    assert app.get("button_group")[0].value == ["bank-sampah"]


def test_layer_sampah_means_every_waste_type(users_file, snapshot_con):
    expected = snapshot_con.execute("SELECT count(*) FROM mart.waste_point").fetchone()[0]
    payload = map_points(open_app(None, page="peta", query={"layer": "sampah"}))
    assert len(payload["rows"]) == expected
    assert not any(label.startswith("Desa wisata") for label in kinds_shown(payload))


def test_switching_layers_off_and_searching(users_file, snapshot_con):
    app = open_app(None, page="peta")
    app.get("button_group")[0].set_value([]).run()
    assert map_points(app)["rows"] == []
    assert any("Pilih setidaknya satu lapisan" in info.value for info in app.info)

    expected = snapshot_con.execute("SELECT count(*) FROM mart.tourism_village WHERE nama ILIKE '%cikolelet%' "
                                    "OR nama_desa ILIKE '%cikolelet%'").fetchone()[0]
    app = open_app(None, page="peta")
    app.text_input(key="peta_search").input("cikolelet").run()
    payload = map_points(app)
    assert expected == 1 and len(payload["rows"]) == 1 and payload["rows"][0][3] == "Desa Wisata Cikolelet"
    app.text_input(key="peta_search").input("tidak-ada-yang-cocok").run()
    assert any("tidak-ada-yang-cocok" in info.value for info in app.info)


def test_only_public_indicators_colour_the_kecamatan(users_file, snapshot_con):
    internal = snapshot_con.execute("SELECT name_id FROM catalog.indicator WHERE NOT public").fetchall()
    app = open_app(None, page="peta", query={"indikator": "ST-05"})  # an internal indicator by URL
    options = app.selectbox(key="peta_indicator").options
    assert app.selectbox(key="peta_indicator").value is None
    assert "Kunjungan wisatawan ke desa wisata" in options
    assert internal and not {name for (name,) in internal} & set(options)

    app = open_app(None, page="peta", query={"indikator": "SK-02"})
    assert app.selectbox(key="peta_indicator").value == "SK-02"
    assert "Kunjungan wisatawan ke desa wisata" in map_args(app)["script"]
    assert any(caption.value.startswith("Warna kecamatan: Kunjungan wisatawan ke desa wisata, November 2026")
               for caption in app.caption)


def test_a_column_marked_internal_never_reaches_the_page(users_file, snapshot_con, monkeypatch):
    contact = snapshot_con.execute("SELECT kontak_publik FROM mart.tourism_village ORDER BY nama LIMIT 1").fetchone()[0]
    assert contact in map_args(open_app(None, page="peta"))["script"]

    village = datasets.DATASETS["desa_wisata"]
    hidden = tuple(dataclasses.replace(column, public=False) if column.name == "kontak_publik" else column
                   for column in village.columns)
    monkeypatch.setitem(datasets.DATASETS, "desa_wisata", dataclasses.replace(village, columns=hidden))
    app = open_app(None, page="peta")
    assert not app.exception
    assert contact not in map_args(app)["script"]
    assert "Kontak" not in map_args(app)["script"]


@pytest.mark.parametrize("lang, legend, shown", [("id", "Legenda", "lokasi di peta"),
                                                  ("en", "Legend", "places on the map")])
def test_map_text_follows_the_language(users_file, lang, legend, shown):
    app = open_app(None, page="peta", lang=lang)
    assert legend in map_args(app)["script"]
    assert any(shown in caption.value for caption in app.caption)
