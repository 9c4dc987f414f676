"""An OPD loads only its own datasets and indicators: not offered in the page, and refused by ingest itself."""

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from ingest_support import csv_bytes
from pipelines import db
from pipelines.datasets import DATASETS
from pipelines.errors import UserError
from pipelines.ingest import ingest_file, preview
from pipelines.ingest.scope import datasets_for
from support import REPO_ROOT, email
from upload_support import INDICATORS, confirm, metrics, plain_table, table, texts, upload, upload_page, working

OTHER_OPD = ("indikator ini milik OPD Dinkes; akun OPD DLH hanya dapat mengirim indikator milik DLH. "
             "Hapus baris ini dan minta Dinkes mengirimnya.")


@pytest.mark.parametrize("account, offered", [
    ("opd_dlh", ["titik_sampah", "tonase_sampah", "indikator"]),  # its own first, then the shared one
    ("opd_kominfo", ["layanan_serang_tatu", "indikator"]),
    ("opd_dukcapil", ["indikator"]),  # a partner of Serang Tatu, but the dataset is Diskominfosatik's
    ("admin", list(DATASETS)),
])
def test_only_own_datasets_are_offered(users_file, built, account, offered):
    app = upload_page(account, dataset=None)
    assert not app.exception and not app.error
    assert app.selectbox(key="upload_dataset").options == [
        f"{label} · {name}" for name, label in ((name, _label(name)) for name in offered)]


def test_indicator_list_shows_only_own_indicators(users_file, built):
    app = upload_page("opd_dlh", dataset="indikator")
    assert app.expander[0].label == "Indikator yang boleh dikirim DLH (6)"
    assert [line["Kode"] for line in table(app, 0)] == ["PI-01", "PI-02", "PI-03", "PI-04", "PI-05", "EN-01"]


def test_rows_of_another_opds_indicator_are_refused(warehouse, users_file):
    app = upload(upload_page("opd_dlh", "indikator"), "indikator_dlh.csv", INDICATORS)
    assert metrics(app) == {"Baris dibaca": "3", "Akan dimuat": "2", "Akan dikarantina": "1"}
    app = confirm(app)
    assert not app.exception and not app.error
    assert plain_table(app, 0) == [{"Baris": "3", "Kolom": "kode_indikator", "Nilai": "LV-01", "Alasan": OTHER_OPD}]
    assert working(warehouse, "SELECT kode_indikator, nilai FROM raw.observation WHERE NOT _is_demo "
                              "ORDER BY kode_indikator") == [("EN-01", 812.5), ("PI-02", 40.0)]


def test_admin_may_load_any_opds_indicator(warehouse, users_file):
    app = confirm(upload(upload_page("admin", "indikator"), "indikator.csv", INDICATORS))
    assert "3 baris masuk, 0 baris dikarantina" in texts(app.success)[0]


def test_forcing_another_opds_dataset_is_refused_by_ingest(warehouse):
    before = db.current_snapshot(warehouse).version
    expected = ("Dataset «titik_sampah» milik DLH; akun OPD Diskominfosatik tidak dapat mengirimnya. Pilih dataset "
                "OPD Anda sendiri, atau minta DLH atau admin data mengirimnya.")
    data = csv_bytes(["nama,jenis,kode_desa,lintang,bujur", "TPS Baru,TPS,36.04.05.2001,-6.065,106.119"])
    with pytest.raises(UserError) as refused:
        preview(data, "titik.csv", "titik_sampah", opd="Diskominfosatik")
    assert refused.value.message() == expected
    with pytest.raises(UserError) as refused:
        ingest_file(data, "titik.csv", "titik_sampah", user=email("opd_kominfo"), opd="Diskominfosatik")
    assert refused.value.message() == expected
    assert working(warehouse, "SELECT count(*) FROM meta.load_log WHERE NOT is_demo") == [(0,)]
    assert db.current_snapshot(warehouse).version == before
    assert not warehouse.originals.exists()
    # the owner may
    assert ingest_file(data, "titik.csv", "titik_sampah", user=email("opd_dlh"), opd="DLH").accepted == 1


def test_forcing_the_dataset_widget_does_not_open_another_opds_dataset(warehouse, users_file):
    app = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120)
    app.user = {"is_logged_in": True, "email": email("opd_kominfo")}
    app._page_hash = calc_hash("unggah")
    app.session_state["upload_dataset"] = "titik_sampah"  # a forged widget value
    app.run()
    assert not app.exception and not app.error
    assert app.selectbox(key="upload_dataset").value in ("indikator", "layanan_serang_tatu")
    assert "titik_sampah" not in " ".join(texts(app.markdown))


def test_scope_rule():
    assert [d.name for d in datasets_for("Dishub")] == ["indikator", "perjalanan_transformer"]
    assert [d.name for d in datasets_for(None)] == list(DATASETS)


def _label(name):
    from pipelines.i18n import t

    return t(f"dataset.{name}")
