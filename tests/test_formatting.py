"""id-ID formats on tricky values (the one formatter every page uses)."""

from datetime import date, datetime

import pytest

from pipelines import formatting as f


@pytest.mark.parametrize("value, decimals, expected", [
    (1234567, 0, "1.234.567"),
    (1234567.891, 2, "1.234.567,89"),
    (0.5, 0, "0"),               # banker's rounding would be fine too, but never "-0"
    (-0.4, 0, "0"),
    (-1234.5, 1, "-1.234,5"),
    (999.999, 2, "1.000,00"),
    (None, 0, "–"),
    (float("nan"), 0, "–"),
])
def test_number_indonesian(value, decimals, expected):
    assert f.number(value, decimals) == expected


def test_number_english_toggle():
    assert f.number(1234567.891, 2, "en") == "1,234,567.89"


@pytest.mark.parametrize("value, expected", [(12.5, "12,5 %"), (100, "100,0 %"), (0.01, "0,0 %"), (None, "–")])
def test_percent_has_comma_and_space(value, expected):
    assert f.percent(value) == expected


def test_rupiah():
    assert f.rupiah(1_500_000) == "Rp1.500.000"
    assert f.rupiah(-2500.4) == "-Rp2.500"
    assert f.rupiah(1_500_000, "en") == "IDR 1,500,000"


@pytest.mark.parametrize("value, expected", [
    (1_234_567, "1,2 jt"), (10_200_000_000_000, "10,2 T"), (950, "950"), (12_500, "12,5 rb"), (3.5, "3,5"),
])
def test_compact(value, expected):
    assert f.compact(value) == expected


def test_dates_in_indonesian_and_wib():
    assert f.day(date(2024, 8, 17)) == "17 Agustus 2024"
    assert f.day(date(2026, 12, 3)) == "3 Desember 2026"
    assert f.day(date(2024, 5, 1), short=True) == "1 Mei 2024"
    assert f.moment(datetime(2026, 12, 3, 15, 20)) == "3 Desember 2026 15.20 WIB"
    # an aware UTC time is shown in WIB (+7)
    from zoneinfo import ZoneInfo
    assert f.moment(datetime(2026, 12, 3, 20, 30, tzinfo=ZoneInfo("UTC"))) == "4 Desember 2026 03.30 WIB"


@pytest.mark.parametrize("code, expected", [
    ("2024-08", "Agustus 2024"), ("2024-Q3", "Triwulan 3 2024"), ("2025", "2025"), (None, "–"),
    (float("nan"), "–"),  # a missing period in a pandas column
])
def test_periods(code, expected):
    assert f.period(code) == expected


def test_with_unit_picks_the_right_format():
    assert f.with_unit(87.5, "%") == "87,5 %"
    assert f.with_unit(58000, "ton") == "58.000 ton"
    assert f.with_unit(1.1, "hari") == "1,10 hari"


def test_one_of_an_english_unit_is_singular():
    assert f.with_unit(1, "days", "en") == "1 day"
    assert f.with_unit(2, "days", "en") == "2 days"
    assert f.with_unit(1.5, "days", "en") == "1.50 days"
    assert f.with_unit(1, "hari") == "1 hari"
    assert f.with_unit(1, "tCO2e", "en") == "1 tCO2e"


# --- leadership pages (issue 4) ---------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (0.94, "+0,9"), (-1.11, "-1,1"), (0, "0,0"), (-0.04, "0,0"), (0.04, "0,0"), (1234.5, "+1.234,5"), (None, "–"),
])
def test_signed_change(value, expected):
    assert f.signed(value) == expected


def test_signed_change_in_english():
    assert f.signed(1234.5, 1, "en") == "+1,234.5"


def test_rupiah_with_a_scale_word_puts_the_currency_first():
    assert f.with_unit(8.18, "Rp triliun") == "Rp8,18 triliun"
    assert f.with_unit(8.18, "Rp triliun", "en") == "IDR 8.18 triliun"
    assert f.with_unit(None, "Rp triliun") == "–"


def test_pandas_missing_values_show_a_dash():
    import pandas as pd

    assert f.number(pd.NA) == f.percent(pd.NA) == f.with_unit(pd.NA, "ton") == "–"
