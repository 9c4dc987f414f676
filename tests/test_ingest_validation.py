"""Row checks: each bad row is quarantined with its column, raw value and an Indonesian reason."""

import dataclasses

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest_support import NOW, accepted_records, check, csv_bytes, problems
from pipelines.datasets import DATASETS
from pipelines.i18n import STRINGS
from pipelines.ingest.headers import normalize, names_of
from pipelines.ingest.read import Table
from pipelines.ingest.headers import Header
from pipelines.ingest.validate import validate


def test_codes_stay_text_and_unknown_codes_are_named(reference_data):
    data = csv_bytes([
        "kode_indikator,periode,kode_wilayah,nilai",
        "SP-01,2024,36.04.10,100",   # a well-formed kecamatan code Serang does not have: never 36.04.1
        "SP-01,2024,36.04.05,120",
        "SP-01,2024,360406,130",     # digits without dots are dotted
        "SP-01,2024,36.4.5,140",
        "SP-01,2024,36.04.05.2001,150",  # SP-01 arrives per kecamatan at most
    ])
    analysis = check(data, "ikan.csv", "indikator", reference_data)
    assert [(r["kode_wilayah"], r["nilai"]) for r in accepted_records(analysis)] == [("36.04.05", 120.0),
                                                                                   ("36.04.06", 130.0)]
    assert problems(analysis) == [
        (2, "kode_wilayah", "36.04.10", "kode kecamatan ini tidak ada di data rujukan Kabupaten Serang; "
                                        "periksa angkanya (setiap angka nol ikut dihitung)."),
        (5, "kode_wilayah", "36.4.5", "bukan kode wilayah Kemendagri; tulis sebagai teks dengan titik, "
                                      "seperti 36.04.05.2001."),
        (6, "kode_wilayah", "36.04.05.2001", "indikator ini dilaporkan paling rinci per kecamatan; gunakan kode "
                                             "kecamatan atau 36.04 untuk kabupaten."),
    ]
    assert "Kolom kode_wilayah: 1 kode tanpa titik ditulis ulang dengan titik (mis. 36.04.05.2001)." \
        in analysis.validation.notes


def test_indicator_rules_frequency_range_and_catalog(reference_data):
    data = csv_bytes([
        "kode_indikator;periode;kode_wilayah;nilai",
        "ec-02;Triwulan II 2024;36.04;61,5",   # lower-case code is the catalog's EC-02
        "EC-02;2024-08;36.04;60",              # quarterly indicator, monthly period
        "LV-01;2024;36.04;100,5",              # a percentage above 100
        "SO-01;2024;36.04;-5",                 # a negative count of people
        "XX-01;2024;36.04;1",
        "GOV-01;2027;36.04;3",                 # a year that has not started
        "GOV-01;;36.04;3",
    ])
    analysis = check(data, "ind.csv", "indikator", reference_data)
    assert [(r["kode_indikator"], r["periode"], r["nilai"]) for r in accepted_records(analysis)] == [
        ("EC-02", "2024-Q2", 61.5)]
    assert problems(analysis) == [
        (3, "periode", "2024-08", "indikator ini triwulanan; tulis periode seperti 2024-Q3."),
        (4, "nilai", "100,5", "di luar rentang 0–100 untuk indikator LV-01 (satuan %)."),
        (5, "nilai", "-5", "di luar rentang 0–∞ untuk indikator SO-01 (satuan jiwa)."),
        (6, "kode_indikator", "XX-01", "kode indikator tidak ada di katalog; gunakan kode dari daftar templat "
                                       "(mis. ST-01, ST-02, ST-03)."),
        (7, "periode", "2027", "berada di masa depan (hari ini 3 Desember 2026); periksa tanggal atau tahunnya."),
        (8, "periode", "", "wajib diisi; isi nilainya atau hapus baris ini."),
    ]


def test_a_catalog_range_overrides_the_default(reference_data):
    indicators = reference_data.indicators.copy()
    indicators.loc["EC-02", "minimum"] = -50.0  # e.g. a growth rate that may fall
    custom = dataclasses.replace(reference_data, indicators=indicators)
    data = csv_bytes(["kode_indikator,periode,kode_wilayah,nilai", "EC-02,2024-Q1,36.04,-12", "EC-02,2024-Q2,36.04,-60"])
    analysis = check(data, "x.csv", "indikator", custom)
    assert [r["nilai"] for r in accepted_records(analysis)] == [-12.0]
    assert problems(analysis)[0][:3] == (3, "nilai", "-60")


def test_choices_codes_levels_and_counts_of_an_operational_dataset(reference_data):
    data = csv_bytes([
        "periode,kode_desa,jenis,ton_terkumpul,ton_dikurangi",
        "2024-08,36.04.05.2001,tps3r,120,40",
        "2024-08,36.04.05.2002,Bank_Sampah,2,2",
        "2024-08,36.04.05,TPS,50,1",          # a kecamatan code where a desa code is needed
        "2024-08,36.04.05.2003,TPA liar,5,1",
        "2024-08,36.04.05.2004,TPS,-3,0",
        "2024-08,36.04.05.2005,TPS,10,12",     # reduced more than collected
        "2024-08,36.04.05.2001,TPS3R,99,9",    # same key as row 2
    ])
    analysis = check(data, "ton.csv", "tonase_sampah", reference_data)
    assert [(r["kode_desa"], r["jenis"], r["ton_terkumpul"]) for r in accepted_records(analysis)] == [
        ("36.04.05.2001", "TPS3R", 120.0), ("36.04.05.2002", "bank sampah", 2.0)]
    assert problems(analysis) == [
        (4, "kode_desa", "36.04.05", "ini kode kecamatan, sedangkan kolom ini memerlukan kode desa "
                                     "(seperti 36.04.05.2001)."),
        (5, "jenis", "TPA liar", "bukan salah satu pilihan; pilih: TPS, TPS3R, bank sampah, TPST, TPA."),
        (6, "ton_terkumpul", "-3", "tidak boleh kurang dari 0."),
        (7, "ton_dikurangi", "12", "ton_dikurangi tidak boleh lebih besar dari ton_terkumpul."),
        (8, "periode+kode_desa+jenis", "2024-08 | 36.04.05.2001 | TPS3R",
         "kunci (periode, kode_desa, jenis) sama dengan baris 2; hapus salah satunya atau perbaiki isinya."),
    ]


def test_coordinates_inside_serang_swapped_and_unsigned_are_told_apart(reference_data):
    data = csv_bytes([
        "nama,kode_desa,kategori,lintang,bujur",
        "DW Cikolelet,36.04.31.2009,rintisan,\"-6,157594\",\"105,923877\"",
        "DW Tertukar,36.04.31.2009,rintisan,105.923877,-6.157594",
        "DW Utara,36.04.31.2009,rintisan,6.157594,105.923877",
        "DW Jakarta,36.04.31.2009,rintisan,-6.2,106.85",
        "DW Angka,36.04.31.2009,rintisan,-6.15,satu",
    ])
    analysis = check(data, "dw.csv", "desa_wisata", reference_data)
    assert [(r["nama"], r["lintang"], r["bujur"]) for r in accepted_records(analysis)] == [
        ("DW Cikolelet", -6.157594, 105.923877)]
    assert problems(analysis) == [
        (3, "lintang", "105.923877", "lintang dan bujur tampak tertukar; di Kabupaten Serang lintang sekitar -6 "
                                     "dan bujur sekitar 106."),
        (4, "lintang", "6.157594", "lintang harus negatif (selatan khatulistiwa), mis. -6,05."),
        (5, "lintang", "-6.2", "koordinat di luar Kabupaten Serang; periksa lintang (sekitar -6) dan bujur "
                               "(sekitar 106)."),
        (6, "bujur", "satu", "bukan angka; tulis seperti 1.234,5 atau 1234.5."),
    ]


def test_wrong_columns_reject_the_whole_file_listing_missing_and_found(reference_data):
    data = csv_bytes(["Nama Desa,Bulan,Jumlah", "Kramatwatu,2024-08,10"])
    analysis = check(data, "salah.csv", "kunjungan_desa_wisata", reference_data)
    assert analysis.rejected and analysis.rows_in == 1
    assert analysis.rejection.row == 1
    assert analysis.rejection.message().startswith(
        "kolom wajib tidak ditemukan: kode_desa, pengunjung. Kolom yang ditemukan (baris 1): «Bulan», «Nama Desa», «Jumlah». "
        "Kolom wajib dataset ini: kode_desa, periode, pengunjung.")


def test_an_untouched_template_example_row_is_skipped(reference_data):
    dataset = DATASETS["titik_sampah"]
    data = csv_bytes([",".join(dataset.column_names), ",".join(c.example for c in dataset.columns),
                      "TPS Margasana,TPS,36.04.05.2002,-6.0642,106.13578,,,,"])
    analysis = check(data, "t.csv", "titik_sampah", reference_data)
    assert [r["nama"] for r in accepted_records(analysis)] == ["TPS Margasana"]
    assert "Baris contoh dari templat dilewati: 2." in analysis.validation.notes


def test_every_registry_example_row_passes_validation(reference_data):
    for dataset in DATASETS.values():
        cells = pd.DataFrame({c.name: [c.example] for c in dataset.columns}, dtype=str)
        table = Table(cells, {c.name: np.zeros(1, dtype=bool) for c in dataset.columns}, np.array([2]),
                      Header(0, {}, {}, {}), 1, None)
        result = validate(table, dataset, reference_data, NOW)
        assert result.problems.empty, (dataset.name, result.problems.to_dict("records"))


def test_registry_names_are_unambiguous_and_documented():
    for dataset in DATASETS.values():
        seen = {}
        for column in dataset.columns:
            for key in names_of(column):
                assert seen.setdefault(key, column.name) == column.name, (dataset.name, key)
            assert f"column.{column.name}" in STRINGS and f"column.{column.name}.note" in STRINGS
            assert column.example, (dataset.name, column.name)
        assert f"dataset.{dataset.name}" in STRINGS
        assert all(normalize(name) == name for name in dataset.column_names)


GOOD = ["GOV-01,{year},36.04,3,{index}", "EC-02,{year}-Q1,36.04,\"61,5\",{index}", "SO-01,{year},36.04,1.730.532,{index}"]
BAD = ["GOV-01,{year}-05,36.04,3,{index}", "XX-99,{year},36.04,1,{index}", "EC-02,{year}-Q2,36.04,abc,{index}",
       "LV-01,{year},36.04,150,{index}", "SO-01,{year},36.04.99,5,{index}", "GOV-02,,36.04,70,{index}"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 5)), min_size=1, max_size=60))
def test_rows_in_always_equals_accepted_plus_quarantined(reference_data, mix):
    """Each generated row has its own year, so no two rows share a key; bad rows are bad in one way."""
    lines = ["kode_indikator,periode,kode_wilayah,nilai,keterangan"]
    for index, (good, variant) in enumerate(mix):
        template = (GOOD[variant % len(GOOD)] if good else BAD[variant])
        lines.append(template.format(year=1900 + index, index=index))
    analysis = check(csv_bytes(lines), "acak.csv", "indikator", reference_data)
    validation = analysis.validation
    expected_bad = sum(1 for good, _ in mix if not good)
    assert validation.rows_in == len(mix)
    assert validation.quarantined == expected_bad
    assert len(validation.accepted) == len(mix) - expected_bad
    assert validation.rows_in == len(validation.accepted) + validation.quarantined
    assert sorted(set(validation.problems["row"])) == [i + 2 for i, (good, _) in enumerate(mix) if not good]


def test_a_file_with_headers_only_is_rejected(reference_data):
    dataset = DATASETS["indikator"]
    template = csv_bytes([",".join(dataset.column_names), ",".join(c.example for c in dataset.columns), ",,,,"])
    analysis = check(template, "kosong.csv", "indikator", reference_data)
    assert analysis.rejected and analysis.rejection.row == 1
    assert analysis.rejection.message().startswith("tidak ada baris data di bawah judul kolom")
