"""Indonesian numbers (one convention per column, never a silent 1,25) and dates/periods into WIB."""

import time
from datetime import datetime

import numpy as np
import pandas as pd
import pytest

from ingest_support import accepted_records, check, csv_bytes, problems
from pipelines.ingest.dates import parse_moments, parse_periods
from pipelines.ingest.numbers import DOT_DECIMAL, INDONESIAN, PLAIN, parse_numbers


def numbers(values, **options):
    return parse_numbers(pd.Series(values, dtype=str), **options)


def test_every_listed_number_format():
    parsed = numbers(["1.234.567,89", "87,5 %", "Rp 1.500.000", "Rp. 2.500", "-", "", "1.250", " 12 "])
    assert parsed.convention == INDONESIAN and parsed.assumed is None
    assert parsed.values.tolist()[:4] == [1234567.89, 87.5, 1500000.0, 2500.0]
    assert parsed.values.tolist()[6:] == [1250.0, 12.0]
    assert parsed.missing.tolist() == [False, False, False, False, True, True, False, False]
    assert not parsed.bad.any()


def test_dot_decimal_column():
    parsed = numbers(["1234567.89", "12.5", "1,234,567", "1.250"])
    assert parsed.convention == DOT_DECIMAL
    assert parsed.values.tolist() == [1234567.89, 12.5, 1234567.0, 1.25]  # 1.250 here is one and a quarter


def test_a_value_that_reads_both_ways_alone_is_indonesian_and_said_so():
    parsed = numbers(["1.250", "2.000", "15"])
    assert parsed.convention == INDONESIAN and parsed.assumed == "1.250"
    assert parsed.values.tolist() == [1250.0, 2000.0, 15.0]
    assert numbers(["7", "12"]).convention == PLAIN


def test_minority_convention_is_flagged_not_guessed():
    parsed = numbers(["87,5", "3,25", "12.5", "abc"])
    assert parsed.values.tolist()[:2] == [87.5, 3.25]
    assert np.isnan(parsed.values.iloc[2])
    assert parsed.bad.tolist() == [False, False, True, True]
    assert parsed.mixed.tolist() == [False, False, True, False]


def test_coordinates_take_comma_or_dot_as_decimal_mark():
    parsed = numbers(["-6,12", "106.150", "-6.065263"], grouping=False)
    assert parsed.values.tolist() == [-6.12, 106.15, -6.065263]


def test_file_with_only_ambiguous_numbers_reports_how_it_read_them(reference_data):
    data = csv_bytes(["kode_desa,periode,pengunjung", "36.04.31.2009,2024-08,1.250", "36.04.31.2009,2024-09,980"])
    analysis = check(data, "k.csv", "kunjungan_desa_wisata", reference_data)
    assert [r["pengunjung"] for r in accepted_records(analysis)] == [1250, 980]
    assert ("Kolom pengunjung: semua angka bisa dibaca dua cara; dibaca dengan format Indonesia (titik = ribuan, "
            "koma = desimal), jadi «1.250» = 1250, bukan 1,25. Bila maksudnya lain, tulis desimal dengan koma."
            ) in analysis.validation.notes
    assert analysis.validation.conventions == {"pengunjung": INDONESIAN}


def test_mixed_number_formats_in_a_file_quarantine_the_odd_rows(reference_data):
    data = csv_bytes(["periode;kode_desa;komoditas;volume_ton",
                      "2024-08;36.04.05.2001;bandeng;12,5",
                      "2024-08;36.04.05.2002;bandeng;1.234,5",
                      "2024-08;36.04.05.2003;bandeng;7.25",
                      "2024-08;36.04.05.2004;bandeng;banyak"])
    analysis = check(data, "ikan.csv", "produksi_perikanan", reference_data)
    assert [r["volume_ton"] for r in accepted_records(analysis)] == [12.5, 1234.5]
    assert problems(analysis) == [
        (4, "volume_ton", "7.25", "ditulis dengan format angka yang berbeda dari baris lain di kolom ini (kolom "
                                  "dibaca dengan format Indonesia (1.234,5)); samakan penulisannya."),
        (5, "volume_ton", "banyak", "bukan angka; tulis seperti 1.234,5 atau 1234.5."),
    ]


MOMENTS = {
    "17/08/2024": datetime(2024, 8, 17),
    "17-08-2024": datetime(2024, 8, 17),
    "2024-08-17": datetime(2024, 8, 17),
    "17 Agustus 2024": datetime(2024, 8, 17),
    "17 Agt 2024": datetime(2024, 8, 17),
    "1 Mei 2024": datetime(2024, 5, 1),
    "Sabtu, 17 Agustus 2024": datetime(2024, 8, 17),
    "05/06/2024": datetime(2024, 6, 5),  # day first: 5 June, never 6 May
    "45521": datetime(2024, 8, 17),  # Excel serial number
    "17/08/2024 08.30": datetime(2024, 8, 17, 8, 30),
    "2024-08-17 08:30 WIB": datetime(2024, 8, 17, 8, 30),
    "17-08-2024 15.20 WITA": datetime(2024, 8, 17, 14, 20),
    "2024-08-17T01:30:00Z": datetime(2024, 8, 17, 8, 30),
    "2024-08-17 08:30:00+07:00": datetime(2024, 8, 17, 8, 30),
    "2024-08-17T03:30:00+09:00": datetime(2024, 8, 17, 1, 30),
}


def test_every_listed_date_and_time_format_lands_in_wib():
    parsed = parse_moments(pd.Series(list(MOMENTS), dtype=str))
    assert [value.to_pydatetime() for value in parsed.values] == list(MOMENTS.values())
    assert not parsed.bad.any()
    assert parsed.serials.tolist() == [text == "45521" for text in MOMENTS]


def test_month_first_and_impossible_dates_are_refused():
    parsed = parse_moments(pd.Series(["08/17/2024", "31/02/2024", "kemarin", "-"], dtype=str))
    assert parsed.values.isna().all()
    assert parsed.bad.tolist() == [True, True, True, False]
    assert parsed.month_first.tolist() == [True, False, False, False]
    assert parsed.missing.tolist() == [False, False, False, True]


def test_times_do_not_depend_on_the_server_time_zone(monkeypatch):
    values = pd.Series(["2024-08-17 08:30 WIB", "2024-08-17T01:30:00Z", "17/08/2024 08.30"], dtype=str)
    expected = [datetime(2024, 8, 17, 8, 30)] * 3
    for zone in ("America/New_York", "Asia/Tokyo", "UTC"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        assert [value.to_pydatetime() for value in parse_moments(values).values] == expected


PERIODS = {
    "2024": ("2024", "year"), "2024-08": ("2024-08", "month"), "08/2024": ("2024-08", "month"),
    "Agustus 2024": ("2024-08", "month"), "Agt 2024": ("2024-08", "month"), "Mei 2024": ("2024-05", "month"),
    "Des-2023": ("2023-12", "month"), "2024-Q3": ("2024-Q3", "quarter"), "Q3 2024": ("2024-Q3", "quarter"),
    "Triwulan III 2024": ("2024-Q3", "quarter"), "TW 3 2024": ("2024-Q3", "quarter"),
    "17/08/2024": ("2024-08", "month"), "45521": ("2024-08", "month"),
}


def test_every_listed_period_format():
    parsed = parse_periods(pd.Series(list(PERIODS), dtype=str))
    assert list(zip(parsed.values, parsed.kinds)) == list(PERIODS.values())
    assert not parsed.bad.any()
    wrong = parse_periods(pd.Series(["2024-13", "Agustusan 2024", ""], dtype=str))
    assert wrong.bad.tolist() == [True, True, False] and wrong.missing.tolist() == [False, False, True]


def test_service_requests_store_wib_timestamps_and_refuse_month_first(reference_data):
    data = csv_bytes([
        "id_permohonan,layanan,kanal,kode_desa,waktu_masuk,waktu_selesai,status",
        "A-1,KTP-EL,Daring,36.04.05.2001,17/08/2024 08.30,2024-08-19T02:00:00Z,selesai",
        "A-2,kartu-keluarga,loket,36.04.05.2001,2024-08-17 09:15 WIB,,diproses",
        "A-3,pbb,loket,36.04.05.2001,08/17/2024 10.00,,diproses",
        "A-4,pbb,loket,36.04.05.2001,20/08/2024 10.00,19/08/2024 10.00,selesai",
    ])
    analysis = check(data, "st.csv", "layanan_serang_tatu", reference_data)
    records = accepted_records(analysis)
    assert [(r["id_permohonan"], r["layanan"], r["kanal"], r["waktu_masuk"], r["waktu_selesai"]) for r in records] == [
        ("A-1", "ktp-el", "daring", pd.Timestamp("2024-08-17 08:30"), pd.Timestamp("2024-08-19 09:00")),
        ("A-2", "kartu-keluarga", "loket", pd.Timestamp("2024-08-17 09:15"), None),
    ]
    assert problems(analysis) == [
        (4, "waktu_masuk", "08/17/2024 10.00", "tampak ditulis bulan/hari/tahun; tulis hari lebih dulu, mis. 17/08/2024."),
        (5, "waktu_selesai", "19/08/2024 10.00", "waktu_selesai tidak boleh lebih awal/kecil dari waktu_masuk."),
    ]


def test_excel_serial_dates_in_a_csv_are_converted_and_noted(reference_data):
    data = csv_bytes(["tanggal,rute,moda,perjalanan,penumpang,jarak_km",
                      "45521,Kramatwatu – Puspemkab,bus listrik,8,240,22",
                      "18/08/2024,Kramatwatu – Puspemkab,bus listrik,6,180,22"])
    analysis = check(data, "tr.csv", "perjalanan_transformer", reference_data)
    assert [r["tanggal"] for r in accepted_records(analysis)] == [pd.Timestamp("2024-08-17"), pd.Timestamp("2024-08-18")]
    assert "Kolom tanggal: 1 tanggal berupa nomor seri Excel dan dikonversi." in analysis.validation.notes


@pytest.fixture(autouse=True)
def _restore_time_zone():
    yield  # monkeypatch has put TZ back by now; make the C library see it again
    time.tzset()
