"""A build on the real reference folder: what it publishes, real figures over samples, scores."""

import duckdb
import pytest

from pipelines.build import build
from pipelines.catalog import DIMENSION_IDS, PROGRAM_IDS
from pipelines.status import snapshot_status

from support import AS_OF, END_MONTH


def test_status_reports_reference_catalog_observations_and_scores(built):
    status = snapshot_status()
    assert status["reference"] == {"kecamatan": 29, "desa": 326}
    assert all(status["catalog"]["by_dimension"][d] >= 3 for d in DIMENSION_IDS)
    assert all(status["catalog"]["by_program"][p] >= 4 for p in PROGRAM_IDS)
    assert status["observations"]["real"] > 0
    assert status["observations"]["total"] == status["observations"]["real"] + status["observations"]["demo"]
    assert status["scores"]["period"] == END_MONTH
    assert set(status["scores"]["dimensions"]) == set(DIMENSION_IDS)
    assert all(0 <= value <= 100 for value in status["scores"]["dimensions"].values())


def value(con, code, period, region="36.04"):
    return con.execute("SELECT nilai, source_kind FROM ind.indicator_value WHERE kode_indikator = ? "
                       "AND periode = ? AND kode_wilayah = ?", [code, period, region]).fetchone()


def test_real_figures_win_over_sample_values(snapshot_con):
    computed_sample = snapshot_con.execute(
        "SELECT nilai FROM ind.computed_sentra_perikanan WHERE kode_indikator = 'SP-01' AND periode = '2024' "
        "AND kode_wilayah = '36.04'").fetchone()[0]
    assert computed_sample != pytest.approx(58000)  # a sample value exists for the same key...
    assert value(snapshot_con, "SP-01", "2024") == (58000.0, "fakta")  # ...and the sourced figure wins
    assert value(snapshot_con, "PI-04", "2025") == (70.0, "fakta")
    assert value(snapshot_con, "EN-01", "2024") == (pytest.approx(1200.57), "fakta")
    assert value(snapshot_con, "SP-01", "2025")[1] == "contoh"  # no real figure: the sample stays, labelled
    source = snapshot_con.execute("SELECT sumber FROM ind.indicator_value WHERE kode_indikator = 'SK-01' "
                                  "AND periode = '2022' AND kode_wilayah = '36.04'").fetchone()[0]
    assert "SK Bupati" in source


def test_service_indicators_equal_a_count_of_the_raw_requests(built, snapshot_con):
    _, layout = built
    working = duckdb.connect(str(layout.warehouse), read_only=True)
    try:
        total, online = working.execute(
            "SELECT count(*), count(*) FILTER (WHERE kanal = 'daring') FROM raw.service_request "
            "WHERE waktu_masuk >= '2026-11-01' AND waktu_masuk < '2026-12-01'").fetchone()
        kecamatan_total = working.execute(
            "SELECT count(*) FROM raw.service_request r JOIN ref.desa d ON d.kode = r.kode_desa "
            "WHERE d.kode_kec = '36.04.05' AND strftime(r.waktu_masuk, '%Y-%m') = '2026-11'").fetchone()[0]
    finally:
        working.close()
    assert total > 5000
    assert value(snapshot_con, "ST-01", "2026-11") == (float(total), "contoh")
    assert value(snapshot_con, "ST-02", "2026-11")[0] == pytest.approx(100 * online / total)
    assert value(snapshot_con, "ST-01", "2026-11", "36.04.05")[0] == kecamatan_total


def test_dimension_index_is_the_mean_of_capped_achievements(snapshot_con):
    rows = snapshot_con.execute("SELECT dimension, capaian FROM score.indicator_month WHERE bulan = ?",
                                [END_MONTH]).fetchall()
    for dimension in DIMENSION_IDS:
        points = [min(c, 100.0) for d, c in rows if d == dimension and c is not None]
        index = snapshot_con.execute("SELECT indeks FROM score.dimension_month WHERE bulan = ? AND dimension = ?",
                                     [END_MONTH, dimension]).fetchone()[0]
        assert index == pytest.approx(sum(points) / len(points))


def test_indicator_month_uses_the_latest_period_and_that_years_target(snapshot_con):
    row = snapshot_con.execute(
        "SELECT periode, nilai, target, capaian FROM score.indicator_month WHERE bulan = '2026-11' "
        "AND kode_indikator = 'TR-01'").fetchone()
    period, actual, target, achievement = row
    assert period == "2026-11" and target == 600
    assert achievement == pytest.approx(min(120.0, actual / 600 * 100))
    # a yearly indicator in November 2026 shows the last complete year
    assert snapshot_con.execute("SELECT periode FROM score.indicator_month WHERE bulan = '2026-11' "
                                "AND kode_indikator = 'SP-01'").fetchone()[0] == "2025"


def test_freshness_flags_late_sources(snapshot_con):
    status = dict(snapshot_con.execute(
        "SELECT kode_indikator, status FROM meta.indicator_freshness").fetchall())
    assert status["ST-01"] == "tepat_waktu"   # Serang Tatu logs are current
    assert status["PI-01"] == "terlambat"     # DLH tonnage (sample) stops three months early
    assert status["EC-02"] == "terlambat"     # 2026-Q3 missing, due 30 days after the quarter
    late = snapshot_con.execute("SELECT hari_terlambat FROM meta.indicator_freshness "
                                "WHERE kode_indikator = 'PI-01'").fetchone()[0]
    assert late == (AS_OF - __import__("datetime").date(2026, 10, 31)).days - 15


def test_unchanged_inputs_skip_the_build(built):
    result, _ = built
    again = build(end_month=END_MONTH, as_of=AS_OF, if_stale=True)
    assert not again.rebuilt and again.snapshot.version == result.snapshot.version
