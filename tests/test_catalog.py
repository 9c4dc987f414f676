"""The indicator catalog: the counts the product promises, and clear errors for broken entries."""

import shutil

import pytest

from pipelines.catalog import DIMENSION_IDS, PROGRAM_IDS, load_catalog
from pipelines.errors import UserError
from pipelines.settings import REPO_ROOT

CATALOG = REPO_ROOT / "data" / "catalog"


def test_enough_indicators_per_dimension_and_program():
    catalog = load_catalog(CATALOG)
    per_dimension = catalog.indicators.groupby("dimension").size()
    per_program = catalog.indicators.groupby("program").size()
    assert all(per_dimension[d] >= 3 for d in DIMENSION_IDS)
    assert all(per_program[p] >= 4 for p in PROGRAM_IDS)
    assert catalog.indicators["kode"].is_unique
    required = ["name_id", "name_en", "definition_id", "definition_en", "formula_id", "unit", "source", "opd"]
    assert catalog.indicators[required].notna().all().all()


def test_pojok_dolan_is_marked_provisional():
    catalog = load_catalog(CATALOG)
    pojok = catalog.indicators[catalog.indicators["program"] == "pojok-dolan"]
    assert pojok["provisional"].all()
    assert bool(catalog.programs.set_index("id").loc["pojok-dolan", "provisional"])
    assert "Serang Tatu" in set(catalog.program_aliases.loc[catalog.program_aliases["program"] == "serang-tatu", "alias"])


@pytest.fixture()
def catalog_copy(tmp_path):
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG, folder)
    return folder


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_unknown_dimension_is_named(catalog_copy):
    edit(catalog_copy / "indicators.yaml", "  dimension: governance\n  element: layanan-publik\n  program: serang-tatu",
         "  dimension: goverment\n  element: layanan-publik\n  program: serang-tatu")
    with pytest.raises(UserError) as caught:
        load_catalog(catalog_copy)
    message = caught.value.message()
    assert "ST-01" in message and "goverment" in message and "indicators.yaml" in message


def test_duplicate_code(catalog_copy):
    edit(catalog_copy / "indicators.yaml", "- code: ST-02", "- code: ST-01")
    with pytest.raises(UserError, match="sudah dipakai"):
        load_catalog(catalog_copy)


def test_target_must_be_a_number(catalog_copy):
    edit(catalog_copy / "indicators.yaml", "2024: 8000,", "2024: banyak,")
    with pytest.raises(UserError) as caught:
        load_catalog(catalog_copy)
    assert caught.value.params["field"] == "targets.2024" and caught.value.params["value"] == "banyak"


def test_broken_yaml(catalog_copy):
    (catalog_copy / "programs.yaml").write_text("- id: [unclosed\n")
    with pytest.raises(UserError) as caught:
        load_catalog(catalog_copy)
    assert caught.value.key == "catalog.bad_yaml"
