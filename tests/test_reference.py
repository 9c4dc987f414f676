"""The reference loader on the real files and on broken copies of them."""

import json
import shutil

import pytest
import shapely

from pipelines import regions
from pipelines.errors import UserError
from pipelines.reference.load import load_reference


def test_real_folder_has_29_kecamatan_and_326_desa(real_reference):
    reference = load_reference(real_reference)
    assert len(reference.kecamatan) == 29
    assert len(reference.desa) == 326
    assert reference.desa["kode"].map(lambda code: regions.is_level(code, regions.DESA)).all()
    # codes stay text with their zeros: Kramatwatu is 36.04.05, not 36.4.5
    assert reference.kecamatan.set_index("kode").loc["36.04.05", "nama"] == "Kramatwatu"
    assert reference.desa.set_index("kode").loc["36.04.31.2009", "nama"] == "Cikolelet"
    assert set(reference.desa["kode_kec"]) == set(reference.kecamatan["kode"])
    assert reference.kecamatan_geo.geometry.is_valid.all() and reference.desa_geo.geometry.is_valid.all()
    assert reference.kecamatan.set_index("kode").loc["36.04.05", "penduduk"] == 92972


@pytest.fixture()
def broken(tmp_path, real_reference):
    folder = tmp_path / "reference"
    shutil.copytree(real_reference, folder, ignore=shutil.ignore_patterns("source-format"))
    return folder


def rewrite(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def error_of(folder) -> UserError:
    with pytest.raises(UserError) as caught:
        load_reference(folder)
    return caught.value


def test_missing_folder_names_the_setting(tmp_path):
    error = error_of(tmp_path / "nowhere")
    assert error.key == "reference.missing_dir"
    assert "SERANG_REFERENCE_DIR" in error.message() and "serang_desa.csv" in error.message()


def test_missing_file(broken):
    (broken / "serang_desa.geojson").unlink()
    error = error_of(broken)
    assert error.key == "reference.missing_file" and error.params["file"] == "serang_desa.geojson"


def test_missing_column(broken):
    rewrite(broken / "serang_desa.csv", "kode,nama,level,kode_kec", "kode,nama,level,kec")
    error = error_of(broken)
    assert error.key == "reference.missing_columns" and "kode_kec" in error.message()


def test_malformed_code_names_file_row_column_and_value(broken):
    rewrite(broken / "serang_kecamatan.csv", "36.04.06,Waringinkurung", "36.04.6,Waringinkurung")
    error = error_of(broken)
    assert error.key == "reference.bad_row"
    assert error.params == {**error.params, "file": "serang_kecamatan.csv", "row": 3, "column": "kode", "value": "36.04.6"}
    assert "36.04.05" in error.message()  # shows the expected shape


def test_duplicate_code(broken):
    rewrite(broken / "serang_desa.csv", "36.04.05.2002,Margasana", "36.04.05.2001,Margasana")
    error = error_of(broken)
    assert error.params["row"] == 3 and "lebih dari sekali" in error.message()


def test_desa_with_unknown_kecamatan(broken):
    rewrite(broken / "serang_desa.csv", "36.04.05.2001,Kramatwatu,desa,36.04.05", "36.04.05.2001,Kramatwatu,desa,36.04.06")
    error = error_of(broken)
    assert error.params["column"] == "kode_kec" and error.params["row"] == 2


def test_swapped_coordinates_are_outside_the_region(broken):
    rewrite(broken / "serang_kecamatan.csv", "-6.0401,106.112759", "106.112759,-6.0401")
    error = error_of(broken)
    assert error.params["column"] == "lat" and "luar Kabupaten Serang" in error.message()


def test_geojson_missing_a_desa(broken):
    path = broken / "serang_desa.geojson"
    data = json.loads(path.read_text())
    dropped = data["features"].pop(0)["properties"]["kode"]
    path.write_text(json.dumps(data))
    error = error_of(broken)
    assert error.key == "reference.geojson_mismatch" and dropped in error.message()


def test_truncated_geojson(broken):
    path = broken / "serang_kecamatan_from_desa.geojson"
    path.write_text(path.read_text()[:5000])
    assert error_of(broken).key == "reference.bad_geojson"


def test_invalid_polygon_is_repaired(broken):
    path = broken / "serang_kecamatan_from_desa.geojson"
    data = json.loads(path.read_text())
    bowtie = [[[106.10, -6.05], [106.12, -6.03], [106.12, -6.05], [106.10, -6.03], [106.10, -6.05]]]
    data["features"][0]["geometry"] = {"type": "Polygon", "coordinates": bowtie}
    path.write_text(json.dumps(data))
    reference = load_reference(broken)
    repaired = reference.kecamatan_geo.geometry.iloc[0]
    assert repaired.is_valid and not shapely.from_geojson(json.dumps(data["features"][0]["geometry"])).is_valid
