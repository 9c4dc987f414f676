"""Kualitas Data shows the snapshot's own freshness and load figures."""

from pipelines import formatting
from support import open_app


def metric(app, label):
    return next(m.value for m in app.metric if m.label == label)


def test_quality_figures_equal_the_snapshot(users_file, snapshot_con):
    app = open_app("admin", page="kualitas-data", query={"periode": "2026-11"})
    assert not app.exception and not app.error
    late, never = snapshot_con.execute(
        "SELECT count(*) FILTER (WHERE status = 'terlambat'), count(*) FILTER (WHERE status = 'belum_pernah') "
        "FROM meta.indicator_freshness").fetchone()
    assert late == 5  # the sample data leaves five sources late on 2026-12-03
    assert metric(app, "Indikator terlambat") == formatting.number(late)
    assert metric(app, "Belum pernah diterima") == formatting.number(never)
    quarantined = snapshot_con.execute("SELECT coalesce(sum(quarantined), 0) FROM meta.load_log").fetchone()[0]
    assert metric(app, "Baris dikarantina") == formatting.number(quarantined)
    shown = app.dataframe[0].value
    assert set(shown["Kode"]) == {"LV-02", "EC-02", "SO-02", "PI-01", "SP-02"}
    assert shown.loc[shown["Kode"] == "PI-01", "Periode terakhir"].item() == "Agustus 2026"


def test_executive_sees_it_and_opd_does_not(users_file):
    assert open_app("eksekutif", page="kualitas-data").title[0].value == "Kualitas Data"
    assert all(title.value != "Kualitas Data" for title in open_app("opd_dlh", page="kualitas-data").title)


def test_datasets_and_loads_are_named_for_people(users_file, snapshot_con):
    app = open_app("admin", page="kualitas-data", query={"periode": "2026-11"})
    datasets, loads = app.dataframe[1].value, app.dataframe[2].value
    assert "Tonase sampah per bulan" in set(datasets["Dataset"])
    assert "tonase_sampah" not in set(datasets["Dataset"])
    generated = snapshot_con.execute("SELECT count(*) FROM meta.load_log WHERE channel = 'build'").fetchone()[0]
    assert (loads["Jalur"] == "pembangunan data").sum() == generated > 0
