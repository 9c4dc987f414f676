"""Ringkasan, Enam Dimensi and Katalog in AppTest: what they show equals the snapshot, per role.

Expected values are computed here with our own SQL straight on the published snapshot
(not through ``views/queries``), then formatted with the one formatter, and compared with
the text the page shows. The shell tests already render every page for every role; these
check the content.
"""

import base64
import json

import numpy as np
import pytest

from pipelines import formatting
from pipelines.i18n import t
from support import open_app

PERIODS = ["2026-10", "2025-06"]


def shown_metrics(app) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for metric in app.metric:
        values.setdefault(metric.label, []).append(metric.value)
    return values


def chart_of(app, code: str):
    """The Plotly chart a page drew with the key ``<page>_chart_<code>``."""
    return next(chart for chart in app.get("plotly_chart") if chart.proto.id.endswith(f"_chart_{code}"))


def plotted(values) -> list:
    """A Plotly array from a figure's JSON: plain, or typed (``{"dtype": "f8", "bdata": base64}``)."""
    if isinstance(values, dict):
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=np.dtype(values["dtype"])).tolist()
    return list(values)


def table_rows(app, index: int = 0) -> list[dict]:
    return app.table[index].value.to_dict("records")


# --- ringkasan ---------------------------------------------------------------------------

@pytest.mark.parametrize("period", PERIODS)
def test_dimension_cards_equal_the_snapshot(users_file, snapshot_con, period):
    app = open_app("eksekutif", page="ringkasan", query={"periode": period})
    assert not app.exception
    expected = snapshot_con.execute(
        "SELECT d.name_id, s.indeks, s.perubahan FROM score.dimension_month AS s "
        "JOIN catalog.dimension AS d ON d.id = s.dimension WHERE s.bulan = ? ORDER BY d.position", [period]).fetchall()
    metrics = {metric.label: metric for metric in app.metric}
    assert len(expected) == 6
    for name, index, change in expected:
        assert metrics[name].value == formatting.number(index, 1)
        assert metrics[name].delta == f"{formatting.signed(change, 1)} poin"
    assert any(f"Bulan laporan {formatting.period(period)}" in caption.value for caption in app.caption)


@pytest.mark.parametrize("period", PERIODS)
def test_program_cards_equal_the_snapshot(users_file, snapshot_con, period):
    app = open_app("eksekutif", page="ringkasan", query={"periode": period})
    expected = snapshot_con.execute(
        "SELECT p.id, p.name_id, s.status, s.capaian FROM catalog.program AS p "
        "JOIN score.program_month AS s ON s.program = p.id AND s.bulan = ? ORDER BY p.position", [period]).fetchall()
    assert shown_metrics(app)["Capaian terhadap target"] == [formatting.percent(capaian) for *_, capaian in expected]
    markdown = [block.value for block in app.markdown]
    for _, name, status, _ in expected:
        assert any(text.startswith(f"**{name}**") and f"-badge[{t('status.' + status)}]" in text for text in markdown)
    links = [(link.proto.label, link.proto.page) for link in app.get("page_link")]
    assert links == [("Lihat program", program) for program, *_ in expected]


def test_late_sources_equal_the_snapshot_grouped_by_opd(users_file, snapshot_con):
    app = open_app("eksekutif", page="ringkasan", query={"periode": "2026-10"})
    late = snapshot_con.execute(
        "SELECT opd, kode_indikator, hari_terlambat FROM meta.indicator_freshness WHERE status <> 'tepat_waktu'"
    ).fetchall()
    assert late, "the sample build has late sources (SP-02, PI-01, ...); the check below would be empty"
    metrics = shown_metrics(app)
    assert metrics["Sumber terlambat"] == [formatting.number(len(late))]
    assert metrics["OPD terlambat"] == [formatting.number(len({opd for opd, *_ in late}))]
    rows = next(table_rows(app, i) for i in range(len(app.table)) if "Hari terlambat" in app.table[i].value.columns)
    shown = {(row["OPD"], row["Indikator"].split(" · ")[0], row["Hari terlambat"]) for row in rows}
    assert shown == {(opd, code, formatting.number(days)) for opd, code, days in late}
    opds = [row["OPD"] for row in rows]
    assert opds == sorted(opds, key=opds.index), "rows of one OPD stay together"
    assert int(rows[0]["Hari terlambat"].replace(".", "")) == max(days for *_, days in late)


def test_attention_lists_off_target_or_worsening_indicators_worst_first(users_file, snapshot_con):
    app = open_app("eksekutif", page="ringkasan", query={"periode": "2026-10"})
    expected = snapshot_con.execute(
        "SELECT kode_indikator, status FROM score.indicator_month WHERE bulan = '2026-10' "
        "AND (status IN ('kritis', 'perlu_perhatian') OR memburuk) "
        "ORDER BY CASE status WHEN 'kritis' THEN 1 WHEN 'perlu_perhatian' THEN 2 ELSE 3 END, capaian").fetchall()
    attention = [table for table in app.table if "Tren" in table.value.columns]
    codes = [row["Indikator"].split(" · ")[0] for table in attention for row in table.value.to_dict("records")]
    assert codes == [code for code, _ in expected]
    assert len(attention[0].value) == 10 and len(attention) == 2  # ten on the page, the rest in an expander
    first = attention[0].value.iloc[0]
    assert first["Dimensi"] == "Smart Environment" and first["OPD"] == "DLH"  # PI-02: each row names both
    assert any(caption.value.startswith(f"{len(expected)} indikator") for caption in app.caption)


def test_map_ranks_kecamatan_by_name_and_highlights_the_filter(users_file, snapshot_con):
    app = open_app("eksekutif", page="ringkasan", query={"periode": "2026-10", "kecamatan": "36.04.23"})
    assert app.selectbox(key="ringkasan_map_indicator").value == "SK-02"  # worst indicator with kecamatan values
    expected = snapshot_con.execute(
        "SELECT k.nama, v.nilai FROM ind.indicator_value AS v JOIN ref.kecamatan AS k ON k.kode = v.kode_wilayah "
        "WHERE v.kode_indikator = 'SK-02' AND v.periode = '2026-10' ORDER BY v.nilai DESC, k.nama").fetchall()
    ranking = next(table for table in app.table if "Peringkat" in table.value.columns).value
    assert list(ranking["Kecamatan"]) == [name for name, _ in expected]
    assert list(ranking["Nilai"]) == [formatting.with_unit(value, "kunjungan") for _, value in expected]
    assert not any(name.startswith("36.04") for name in ranking["Kecamatan"])
    rank = [name for name, _ in expected].index("Cikeusal") + 1
    assert any(f"Cikeusal\\: peringkat {rank} dari {len(expected)}" in caption.value for caption in app.caption)
    figure = app.get("plotly_chart")[0].proto.spec
    assert '"marker":{"line":{"color":"#1f2328","width":3.5}' in figure.replace(" ", "")  # the outline trace
    assert '"36.04.23"' in figure


def test_map_follows_the_chosen_indicator(users_file, snapshot_con):
    app = open_app("eksekutif", page="ringkasan", query={"periode": "2026-10"})
    app.selectbox(key="ringkasan_map_indicator").set_value("ST-04").run()  # lower is better: rank 1 = lowest
    lowest = snapshot_con.execute(
        "SELECT k.nama FROM ind.indicator_value AS v JOIN ref.kecamatan AS k ON k.kode = v.kode_wilayah "
        "WHERE v.kode_indikator = 'ST-04' AND v.periode = '2026-10' ORDER BY v.nilai LIMIT 1").fetchone()[0]
    ranking = next(table for table in app.table if "Peringkat" in table.value.columns).value
    assert ranking.iloc[0]["Kecamatan"] == lowest and ranking.iloc[0]["Peringkat"] == "1"


def test_ringkasan_labels_sample_data_and_offers_downloads(users_file):
    app = open_app("eksekutif", page="ringkasan")
    assert any("data contoh" in badge.proto.body for badge in app.markdown if "badge" in badge.value)
    labels = {button.proto.label for button in app.get("download_button")}
    assert labels == {"Unduh XLSX", "Unduh CSV"}


def test_ringkasan_in_english(users_file):
    app = open_app("eksekutif", page="ringkasan", query={"periode": "2026-10"}, lang="en")
    assert not app.exception
    headings = [heading.value for heading in app.subheader]
    assert "Needs attention" in headings and "Late data" in headings and "Perlu perhatian" not in headings
    assert shown_metrics(app)["Achievement against target"][0].endswith("%")


# --- dimensi -----------------------------------------------------------------------------

def test_dimensi_shows_elements_indicators_against_target_and_programmes(users_file, snapshot_con):
    app = open_app("admin", page="dimensi", query={"periode": "2026-10"})
    assert not app.exception
    app.button_group(key="dimensi").set_value("environment").run()
    elements = [name for (name,) in snapshot_con.execute(
        "SELECT name_id FROM catalog.element WHERE dimension = 'environment' ORDER BY position").fetchall()]
    assert [heading.value for heading in app.subheader] == elements
    codes = [code for (code,) in snapshot_con.execute(
        "SELECT kode FROM catalog.indicator WHERE dimension = 'environment'").fetchall()]
    charts = app.get("plotly_chart")
    assert len(charts) == len(codes)
    # PI-03 (yearly): one bar per year with a value by October 2026, a target tick on each year with a target.
    expected = snapshot_con.execute(
        "SELECT v.nilai, t.target FROM ind.indicator_value AS v LEFT JOIN catalog.target AS t "
        "ON t.kode_indikator = v.kode_indikator AND t.tahun = year(v.periode_mulai) "
        "WHERE v.kode_indikator = 'PI-03' AND v.level = 'kabupaten' AND v.periode_akhir <= DATE '2026-10-31' "
        "ORDER BY v.periode_mulai").fetchall()
    spec = json.loads(chart_of(app, "PI-03").proto.spec)
    bars, ticks = spec["data"][0], spec["data"][1]
    assert bars["type"] == "bar" and plotted(bars["y"]) == pytest.approx([value for value, _ in expected])
    assert ticks["name"] == "Target"
    assert plotted(ticks["y"]) == pytest.approx([target for _, target in expected if target])
    programs = [link.proto.page for link in app.get("page_link")]
    assert programs == ["pesan-ibu"]
    index = snapshot_con.execute(
        "SELECT indeks FROM score.dimension_month WHERE bulan = '2026-10' AND dimension = 'environment'").fetchone()[0]
    assert app.metric[0].value == formatting.number(index, 1)


def test_dimensi_adds_the_chosen_kecamatan_where_it_compares_with_the_target(users_file, snapshot_con):
    app = open_app("eksekutif", page="dimensi", query={"periode": "2026-10", "kecamatan": "36.04.23"})
    share = json.loads(chart_of(app, "ST-02").proto.spec)  # a share: the kecamatan line is comparable
    count = json.loads(chart_of(app, "ST-01").proto.spec)  # a sum: a kecamatan is a slice, no line
    assert [trace["name"] for trace in share["data"]] == ["Kabupaten", "Target", "Kec. Cikeusal"]
    assert [trace["name"] for trace in count["data"]] == ["Kabupaten", "Target"]
    local = snapshot_con.execute(
        "SELECT nilai FROM ind.indicator_value WHERE kode_indikator = 'ST-02' AND kode_wilayah = '36.04.23' "
        "AND periode <= '2026-10' AND length(periode) = 7 ORDER BY periode").fetchall()
    assert plotted(share["data"][2]["y"]) == pytest.approx([value for (value,) in local])
    # Axis ticks are years written by us, not Plotly's English month names.
    assert share["layout"]["xaxis"]["ticktext"] == ["2023", "2024", "2025", "2026"]


@pytest.mark.parametrize("account", ["eksekutif", "admin"])
@pytest.mark.parametrize("dimension", ["governance", "society"])
def test_dimensi_renders_each_dimension_for_each_leadership_role(users_file, account, dimension):
    app = open_app(account, page="dimensi", query={"periode": "2026-10"})
    app.button_group(key="dimensi").set_value(dimension).run()
    assert not app.exception and not app.error
    assert len(app.subheader) == 3  # its three elements
    assert app.get("plotly_chart"), "indicators drawn against their targets"


# --- katalog -----------------------------------------------------------------------------

def shown_codes(app) -> list[str]:
    return [expander.label.split("**")[1] for expander in app.expander if expander.label.startswith("**")]


@pytest.mark.parametrize("account, internal", [(None, False), ("opd_dlh", True), ("eksekutif", True), ("admin", True)])
def test_katalog_shows_internal_indicators_to_staff_only(users_file, snapshot_con, account, internal):
    app = open_app(account, page="katalog")
    assert not app.exception and not app.error
    expected = [code for (code,) in snapshot_con.execute(
        "SELECT kode FROM catalog.indicator WHERE public OR ? ORDER BY kode", [internal]).fetchall()]
    assert sorted(shown_codes(app)) == expected
    assert ("ST-05" in shown_codes(app)) is internal  # the backlog of overdue requests is internal
    assert ("SK-04" in shown_codes(app)) is internal


def test_public_search_never_finds_an_internal_indicator(users_file):
    app = open_app(None, page="katalog")
    app.text_input(key="katalog_search").input("tunggakan").run()  # words of ST-05's name
    assert shown_codes(app) == []
    assert any("Tidak ada indikator yang cocok" in info.value for info in app.info)
    staff = open_app("opd_kominfo", page="katalog")
    staff.text_input(key="katalog_search").input("tunggakan").run()
    assert shown_codes(staff) == ["ST-05"]


def test_katalog_query_filters_internal_rows_itself(snapshot_con):
    """The rule lives in the SQL: with include_internal false no internal row leaves the database."""
    from views.data import QUERY_DIR

    sql = (QUERY_DIR / "katalog.sql").read_text()
    rows = snapshot_con.execute(sql, {"include_internal": False, "dimension": None, "search": None}).df()
    assert rows["public"].all() and len(rows) == 37
    targets = snapshot_con.execute((QUERY_DIR / "katalog_targets.sql").read_text(), {"include_internal": False}).df()
    assert not set(targets["kode_indikator"]) & {"ST-05", "SK-04"}


def test_katalog_shows_metadata_and_targets(users_file):
    app = open_app("eksekutif", page="katalog")
    app.text_input(key="katalog_search").input("SPBE").run()
    assert shown_codes(app) == ["GOV-01"]
    text = " ".join(block.value for block in app.markdown)
    for label in ("Rumus:", "Satuan:", "Arah:", "Frekuensi:", "Sumber:", "OPD:", "Akses:", "Baseline:"):
        assert label in text
    assert "KemenPAN-RB" in text and "Diskominfosatik" in text
    targets = app.dataframe[0].value
    assert list(targets.columns)[:2] == ["2024", "2025"]
    assert targets.iloc[0]["2026"] == "3,50 indeks"  # catalog: 2026: 3.5


def test_katalog_marks_provisional_indicators(users_file):
    app = open_app(None, page="katalog")
    labels = {label.split("**")[1]: label for label in (e.label for e in app.expander) if label.startswith("**")}
    assert "sementara" in labels["PD-01"] and "sementara" not in labels["ST-01"]


# --- helpers -----------------------------------------------------------------------------

def test_plain_text_cannot_turn_into_markdown():
    from views.components import plain

    assert plain("median(waktu_selesai − waktu_masuk)") == r"median(waktu\_selesai − waktu\_masuk)"
    assert plain("Rp $5 *tebal* :red[x] <b>") == r"Rp \$5 \*tebal\* \:red\[x\] \<b\>"
    assert plain(None) == ""


def test_every_catalog_value_the_pages_translate_has_a_string(snapshot_con):
    """Frequencies, directions, aggregations and levels are data; their labels are keys built from them."""
    from pipelines.i18n import STRINGS

    for prefix, column in (("frekuensi", "frequency"), ("arah", "direction"), ("agregasi", "aggregation"),
                           ("katalog.level_", "level")):
        rows = snapshot_con.execute(f"SELECT DISTINCT {column} FROM catalog.indicator").fetchall()
        values = {value for (value,) in rows}
        separator = "" if prefix.endswith("_") else "."
        assert values and all(f"{prefix}{separator}{value}" in STRINGS for value in values), (prefix, values)
    for trend in ("memburuk", "tetap", "membaik"):
        assert f"tren.{trend}" in STRINGS
