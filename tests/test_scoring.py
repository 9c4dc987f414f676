"""The score formula (pipelines/sql/00_macros/scoring.sql) on hand-computed cases."""

import duckdb
import pytest

from pipelines.transform import SQL_DIR


@pytest.fixture(scope="module")
def con():
    connection = duckdb.connect()
    connection.execute((SQL_DIR / "00_macros" / "scoring.sql").read_text())
    yield connection
    connection.close()


def capaian(con, actual, target, direction, cap=120.0):
    return con.execute("SELECT capaian(?::DOUBLE, ?::DOUBLE, ?, ?::DOUBLE)", [actual, target, direction, cap]).fetchone()[0]


@pytest.mark.parametrize("actual, target, expected", [
    (80, 100, 80.0),        # plain ratio
    (100, 100, 100.0),
    (150, 100, 120.0),      # capped
    (-5, 100, 0.0),         # never negative
    (0, 0, 100.0),          # a zero target is met by any non-negative value
    (3, 0, 100.0),
    (-1, 0, 0.0),
])
def test_higher_is_better(con, actual, target, expected):
    assert capaian(con, actual, target, "higher") == pytest.approx(expected)


@pytest.mark.parametrize("actual, target, expected", [
    (2.0, 2.0, 100.0),      # on target
    (3.0, 2.0, 50.0),       # (2*2 - 3) / 2
    (1.5, 2.0, 120.0),      # (4 - 1.5) / 2 = 125 → capped
    (1.9, 2.0, 105.0),
    (4.0, 2.0, 0.0),        # twice the target scores zero
    (9.0, 2.0, 0.0),        # and not below
    (0.0, 0.0, 100.0),      # zero target met only by zero
    (0.5, 0.0, 0.0),
])
def test_lower_is_better(con, actual, target, expected):
    assert capaian(con, actual, target, "lower") == pytest.approx(expected)


@pytest.mark.parametrize("actual, target", [(None, 10), (10, None), (None, None), (5, -3)])
def test_missing_or_negative_target_gives_no_score(con, actual, target):
    assert capaian(con, actual, target, "higher") is None
    assert capaian(con, actual, target, "lower") is None


def test_cap_is_a_setting(con):
    assert capaian(con, 300, 100, "higher", cap=200.0) == pytest.approx(200.0)


@pytest.mark.parametrize("value, expected", [
    (None, None), (120, "tercapai"), (95, "tercapai"), (94.99, "perlu_perhatian"),
    (75, "perlu_perhatian"), (74.9, "kritis"), (0, "kritis"),
])
def test_status_thresholds(con, value, expected):
    assert con.execute("SELECT status_capaian(?::DOUBLE, 95, 75)", [value]).fetchone()[0] == expected


def test_dimension_points_cap_over_achievement_at_100(con):
    rows = con.execute("SELECT avg(dimension_points(v)) FROM (VALUES (120.0), (60.0)) AS t(v)").fetchone()
    assert rows[0] == pytest.approx(80.0)  # not 90: 120 counts as 100


def test_unscored_indicators_do_not_count_in_the_dimension_index(con):
    rows = con.execute("SELECT avg(dimension_points(v)) FROM (VALUES (80.0), (NULL)) AS t(v)").fetchone()
    assert rows[0] == pytest.approx(80.0)
