"""Pieces behind the programme pages: holiday months, upload templates, text settings, the Serang
Tatu desa mart, a partner's own indicator rows, and the Transformer what-if formula."""

from datetime import date

import pandas as pd
import pytest

from pipelines.catalog import _flatten_settings, load_catalog
from pipelines.holidays import holiday_kind, lebaran_months
from support import REPO_ROOT


def one(con, sql, *params):
    return con.execute(sql, list(params)).fetchone()[0]


@pytest.mark.parametrize("period, kind", [
    ("2026-03", "lebaran"),      # Idul Fitri 20 March 2026
    ("2026-04", None),           # early in the month: no spill-over
    ("2025-03", "lebaran"), ("2025-04", "lebaran"),  # 31 March 2025: the mudik week spills into April
    ("2026-07", "sekolah"), ("2026-12", "akhir_tahun"), ("2026-05", None),
])
def test_holiday_months(period, kind):
    assert holiday_kind(period) == kind


def test_lebaran_is_unknown_for_years_without_an_skb_date():
    assert lebaran_months(2040) == ()


def test_programme_datasets_come_from_the_registry():
    from pipelines.datasets import datasets_of_program

    assert datasets_of_program("pesan-ibu") == ["titik_sampah", "tonase_sampah"]
    assert datasets_of_program("sikonde") == ["desa_wisata", "kategori_desa_wisata", "kunjungan_desa_wisata"]


def test_text_settings_stay_text_and_numbers_stay_numbers():
    frame = _flatten_settings({"a": {"code": "36.04.10", "n": 30, "flag": True}, "b": 0.5})
    rows = {row.key: (row.value, row.text) for row in frame.itertuples()}
    assert rows["a.code"][1] == "36.04.10" and pd.isna(rows["a.code"][0])  # the trailing zero survives
    assert rows["a.n"][0] == 30.0 and pd.isna(rows["a.n"][1])
    assert rows["a.flag"][0] == 1.0 and rows["b"][0] == 0.5


def test_catalog_settings_hold_the_minapolitan_area(snapshot_con):
    settings = load_catalog(REPO_ROOT / "data" / "catalog").settings
    assert settings["sentra_perikanan"]["minapolitan_kecamatan"] == "36.04.12"
    kecamatan, desa = snapshot_con.execute(
        "SELECT (SELECT nama FROM ref.kecamatan WHERE kode = (SELECT text FROM catalog.setting "
        "WHERE key = 'sentra_perikanan.minapolitan_kecamatan')), (SELECT nama FROM ref.desa WHERE kode = "
        "(SELECT text FROM catalog.setting WHERE key = 'sentra_perikanan.minapolitan_desa'))").fetchone()
    assert (kecamatan, desa) == ("Pontang", "Domas")
    assert one(snapshot_con, "SELECT value FROM catalog.setting WHERE key = 'waste.jakstranas_handling_pct'") == 70


def test_service_desa_mart_adds_up_to_the_kecamatan_mart_and_st01(snapshot_con):
    by_desa = snapshot_con.execute(
        "SELECT kode_kec, layanan, sum(permohonan), sum(daring) FROM mart.service_desa_monthly "
        "WHERE periode = '2026-10' GROUP BY ALL ORDER BY ALL").fetchall()
    by_kecamatan = snapshot_con.execute(
        "SELECT kode_kec, layanan, sum(permohonan), coalesce(sum(permohonan) FILTER (WHERE kanal = 'daring'), 0) "
        "FROM mart.service_monthly WHERE periode = '2026-10' GROUP BY ALL ORDER BY ALL").fetchall()
    assert by_desa == by_kecamatan and len(by_desa) > 200
    desa, total = snapshot_con.execute(
        "SELECT kode_desa, sum(permohonan) FROM mart.service_desa_monthly WHERE periode = '2026-10' "
        "GROUP BY kode_desa ORDER BY 2 DESC LIMIT 1").fetchone()
    assert one(snapshot_con, "SELECT nilai FROM ind.indicator_value WHERE kode_indikator = 'ST-01' "
                             "AND periode = '2026-10' AND kode_wilayah = ?", desa) == total


def test_partner_row_takes_the_month_previous_year_to_date_and_baseline():
    from views.programs.serang_tatu import scoped_row

    series = pd.DataFrame({"kode": "ST-01", "periode": ["2023-01", "2023-02", "2026-01", "2026-02", "2026-03"],
                           "nilai": [10.0, 20.0, 100.0, 110.0, 130.0], "is_demo": True})
    meta = {"kode": "ST-01", "aggregation": "sum", "baseline_tahun": 2023}
    row = scoped_row(meta, series, "2026-02")
    assert (row["periode"], row["nilai"]) == ("2026-02", 110.0)
    assert (row["periode_sebelumnya"], row["nilai_sebelumnya"]) == ("2026-01", 100.0)
    assert row["nilai_ytd"] == 210.0 and row["baseline_nilai"] == 15.0
    assert row["status"] == "tanpa_target" and row["target"] is None and row["source_kind"] == "contoh"
    assert scoped_row({**meta, "aggregation": "weighted"}, series, "2026-03")["nilai_ytd"] == pytest.approx(340 / 3)
    assert scoped_row(meta, series, "2022-12") is None


def test_what_if_with_the_catalog_factors_reproduces_the_mart(snapshot_con):
    from views.programs.transformer import avoided

    routes = snapshot_con.execute(
        "SELECT moda, sum(jarak_km) AS jarak_km, sum(km_pribadi_dihindari) AS km_pribadi_dihindari "
        "FROM mart.transformer_daily WHERE periode = '2026-10' GROUP BY moda").df()
    factors = {key.removeprefix("transformer."): value for key, value in snapshot_con.execute(
        "SELECT key, value FROM catalog.setting WHERE key LIKE 'transformer.%'").fetchall()}
    co2e, fuel = snapshot_con.execute("SELECT sum(co2e_dihindari_ton), sum(bbm_dihemat_liter) "
                                      "FROM mart.transformer_daily WHERE periode = '2026-10'").fetchone()
    assert avoided(routes, factors) == (pytest.approx(co2e), pytest.approx(fuel))
    cars_only = avoided(routes, {**factors, "share_would_drive_car": 1.0})
    assert cars_only[0] > co2e and cars_only[1] > fuel


def test_holiday_dates_are_shared_with_the_sample_generator():
    from pipelines.demo.calendar import IDUL_FITRI, holiday_factor

    assert IDUL_FITRI[2026] == date(2026, 3, 20)
    assert holiday_factor("2026-03") > holiday_factor("2026-07") > holiday_factor("2026-12") > holiday_factor("2026-05")
