"""The six programme pages in AppTest: they render for every role that may open them, and the
numbers they show equal our own SQL on the snapshot for a fixed month (?periode=2026-10)."""

import base64
import json

import numpy as np
import pytest

from pipelines import formatting
from support import open_app

PERIOD = "2026-10"
PROGRAMS = ("serang-tatu", "sikonde", "sentra-perikanan", "transformer", "pojok-dolan", "pesan-ibu")
ROLES = [(account, program) for account in ("eksekutif", "admin") for program in PROGRAMS] + [
    ("opd_dlh", "pesan-ibu"), ("opd_kominfo", "serang-tatu"), ("opd_dukcapil", "serang-tatu")]
BADGE = {"tercapai": ":green-badge[Tercapai]", "perlu_perhatian": ":orange-badge[Perlu perhatian]",
         "kritis": ":red-badge[Kritis]", "tanpa_target": ":gray-badge[Tanpa target]"}


def one(con, sql, *params):
    return con.execute(sql, list(params)).fetchone()[0]


def specs(app) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def traces(app) -> list[dict]:
    return [trace for spec in specs(app) for trace in spec["data"]]


def values(array) -> list:
    """A trace's x/y as a list: Plotly serialises numeric arrays as typed base64 (``bdata``)."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"])).tolist()
    return list(array)


def trace_named(app, name: str) -> dict:
    return next(trace for trace in traces(app) if trace.get("name") == name)


def open_program(account: str, program: str, **query):
    return open_app(account, page=program, query={"periode": PERIOD, **query})


@pytest.mark.parametrize("account, program", ROLES)
def test_program_page_renders_with_charts_maps_sources_and_downloads(users_file, snapshot_con, account, program):
    app = open_program(account, program)
    assert not app.exception, app.exception
    assert not app.error, [error.value for error in app.error]
    assert app.title[0].value == one(snapshot_con, "SELECT name_id FROM catalog.program WHERE id = ?", program)
    assert len(app.metric) >= 4
    assert "choroplethmap" in {trace.get("type") for trace in traces(app)}  # a kecamatan/desa breakdown on a map
    assert any(subheader.value == "Sumber dan kesegaran data" for subheader in app.subheader)
    labels = [button.label for button in app.get("download_button")]
    assert labels[:2] == ["Unduh XLSX", "Unduh CSV"] and len(labels) >= 3  # + an upload template per dataset


@pytest.mark.parametrize("program", PROGRAMS)
def test_indicator_cards_show_the_snapshot_values_status_and_target(users_file, snapshot_con, program):
    expected = snapshot_con.execute(
        "SELECT s.kode_indikator, i.unit, s.nilai, s.status, s.target, s.capaian FROM score.indicator_month s "
        "JOIN catalog.indicator i ON i.kode = s.kode_indikator WHERE s.bulan = ? AND s.program = ? ORDER BY i.position",
        [PERIOD, program]).fetchall()
    app = open_program("eksekutif", program)
    shown = [(metric.label, metric.value) for metric in app.metric][:len(expected)]
    assert shown == [(code, formatting.percent(value)) if unit == "%"
                     else (f"{code} · {unit}", formatting.with_unit(value, "")) for code, unit, value, *_ in expected]
    badges = [markdown.value for markdown in app.markdown if "-badge[" in markdown.value][-len(expected):]
    assert badges == [BADGE[status] for _, _, _, status, _, _ in expected]  # each card in its status colour
    captions = " ".join(caption.value for caption in app.caption)
    _, unit, _, _, target, capaian = expected[0]
    assert f"{formatting.with_unit(target, unit)} · capaian {formatting.percent(capaian)}" in captions


def test_serang_tatu_requests_by_channel_equal_the_mart(users_file, snapshot_con):
    app = open_program("eksekutif", "serang-tatu")
    online = values(trace_named(app, "Daring")["y"])
    assert len(online) == 24  # two years back from the chosen month
    assert online[-1] == one(snapshot_con, "SELECT sum(permohonan) FROM mart.service_monthly WHERE periode = ? "
                                           "AND kanal = 'daring'", PERIOD)


def test_serang_tatu_processing_table_and_demand_per_1000(users_file, snapshot_con):
    app = open_program("eksekutif", "serang-tatu")
    table = next(frame.value for frame in app.dataframe if "Median (hari)" in frame.value.columns)
    median = one(snapshot_con, "SELECT median_hari FROM mart.service_processing_monthly WHERE periode = ? "
                               "AND layanan = 'pbg'", PERIOD)
    row = table[table["Layanan"] == "Persetujuan Bangunan Gedung (PBG)"].iloc[0]
    assert row["Median (hari)"] == formatting.number(median, 1) and row["Standar waktu"] == "28 hari"
    code, name, per_1000 = snapshot_con.execute(
        "SELECT k.kode, k.nama, 1000.0 * sum(m.permohonan) / k.penduduk AS r FROM mart.service_monthly m "
        "JOIN ref.kecamatan k ON k.kode = m.kode_kec WHERE m.periode = ? GROUP BY k.kode, k.nama, k.penduduk "
        "ORDER BY r DESC LIMIT 1", [PERIOD]).fetchone()
    assert any(f"{name} ({formatting.number(per_1000, 1)})" in caption.value for caption in app.caption)
    assert any("2017" in caption.value and "1.493.591" in caption.value for caption in app.caption)
    assert app.selectbox(key="serang-tatu_demand_drill").value == code  # desa drill-down opens the top kecamatan


def test_sikonde_map_categories_holidays_and_villages_without_visitors(users_file, snapshot_con):
    app = open_program("eksekutif", "sikonde")
    on_map = {trace["name"] for trace in traces(app) if trace.get("type") == "scattermap"}
    categories = snapshot_con.execute("SELECT DISTINCT kategori FROM mart.tourism_village").fetchall()
    assert on_map == {category.capitalize() for (category,) in categories}
    never = one(snapshot_con, "SELECT count(*) FROM mart.tourism_village WHERE bulan_melapor = 0")
    assert any(markdown.value == f"**Belum pernah melapor: {never} desa**" for markdown in app.markdown)
    assert "Mar 2026" in values(trace_named(app, "Lebaran")["x"])  # Idul Fitri 20 March 2026


def test_sentra_perikanan_highlights_the_minapolitan_kecamatan_from_settings(users_file, snapshot_con):
    app = open_program("eksekutif", "sentra-perikanan")
    assert any("Pontang" in info.value and "Domas" in info.value and "antaranews" in info.value for info in app.info)
    bars = next(trace for trace in traces(app)
                if trace.get("type") == "bar" and "Pontang" in values(trace.get("y", [])))
    colours = dict(zip(values(bars["y"]), bars["marker"]["color"]))
    assert colours.pop("Pontang") == "#0B6E4F" and set(colours.values()) == {"#8fb8a8"}
    target = one(snapshot_con, "SELECT target FROM catalog.target WHERE kode_indikator = 'SP-02' AND tahun = 2026")
    assert values(trace_named(app, "Target bulanan (SP-02)")["y"])[-1] == target


def test_transformer_shows_factors_and_the_what_if_starts_at_the_official_value(users_file, snapshot_con):
    app = open_program("eksekutif", "transformer")
    co2e = one(snapshot_con, "SELECT sum(co2e_dihindari_ton) FROM mart.transformer_daily WHERE periode = ?", PERIOD)
    scenario = "CO₂e dihindari (skenario)"
    before = next(metric for metric in app.metric if metric.label == scenario)
    assert before.value == formatting.with_unit(co2e, "t CO₂e")
    factors = next(frame.value for frame in app.dataframe if "Kunci pengaturan" in frame.value.columns)
    car = factors[factors["Kunci pengaturan"] == "transformer.emission_factor_car_kg_per_km"].iloc[0]
    assert car["Nilai"] == "0,190 kg CO₂e/km"
    assert any("data/catalog/settings.yaml" in info.value for info in app.info)
    app.slider(key="transformer_whatif_share").set_value(70).run()  # twice the car share: more CO2e avoided
    after = next(metric for metric in app.metric if metric.label == scenario)
    assert after.value != before.value and after.delta.startswith("+")


def test_pojok_dolan_says_its_definition_is_provisional_and_where_to_change_it(users_file):
    app = open_program("eksekutif", "pojok-dolan")
    assert any("sementara" in note.value and "data/catalog/programs.yaml" in note.value for note in app.warning)


def test_pesan_ibu_generation_line_is_the_real_sipsn_figure_and_jakstranas_targets(users_file, snapshot_con):
    app = open_program("eksekutif", "pesan-ibu")
    per_day = one(snapshot_con, "SELECT nilai FROM ind.indicator_value WHERE kode_indikator = 'EN-01' "
                                "AND periode = '2024' AND level = 'kabupaten' AND source_kind = 'fakta'")
    # August 2026 is the latest tonnage month; the 2024 SIPSN figure is the latest real one, carried forward.
    assert values(trace_named(app, "Timbulan (SIPSN)")["y"])[-1] == pytest.approx(per_day * 31)
    assert any("SIPSN KLHK" in caption.value for caption in app.caption)
    annotations = [note["text"] for spec in specs(app) for note in spec["layout"].get("annotations", [])]
    assert "Jakstranas 30 %" in annotations and "Jakstranas 70 %" in annotations
    with_bank = one(snapshot_con, "SELECT count(DISTINCT kode_desa) FROM mart.waste_point WHERE jenis = 'bank sampah' "
                                  "AND aktif AND tahun_mulai <= 2026")
    assert any(caption.value.startswith(f"{with_bank} dari 326 desa") for caption in app.caption)


def test_a_kecamatan_filter_in_the_url_narrows_the_programme_charts(users_file, snapshot_con):
    app = open_program("eksekutif", "pesan-ibu", kecamatan="36.04.12")
    tonnage = next(spec for spec in specs(app) if any(t.get("name") == "TPS3R" for t in spec["data"]))["data"]
    expected = one(snapshot_con, "SELECT sum(ton_terkumpul) FROM mart.waste_monthly WHERE periode = '2026-08' "
                                 "AND kode_kec = '36.04.12'")
    assert sum(values(trace["y"])[-1] for trace in tonnage if trace.get("type") == "bar") == pytest.approx(expected)
    assert all(trace.get("name") != "Timbulan (SIPSN)" for trace in tonnage)  # no regency-wide line on one kecamatan


def test_pages_render_in_english(users_file):
    app = open_app("eksekutif", page="transformer", query={"periode": PERIOD}, lang="en")
    assert not app.exception and not app.error
    assert app.title[0].value == "Transformer programme"
    assert any(subheader.value == "Data sources and freshness" for subheader in app.subheader)


@pytest.mark.parametrize("account, expected", [
    ("eksekutif", ["Permohonan layanan Serang Tatu"]),
    ("opd_dukcapil", ["Nilai indikator (format universal)"]),  # a partner sends its figures as indikator rows
])
def test_serang_tatu_offers_only_templates_the_viewer_may_send(users_file, account, expected):
    app = open_program(account, "serang-tatu")
    assert [button.label for button in app.get("download_button")][2:] == expected  # after XLSX and CSV
