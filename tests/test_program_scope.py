"""Who sees what on the programme pages: rows are scoped in SQL, not only by hiding pages.

An ``opd`` user of DLH cannot reach Serang Tatu data by URL, filter or a direct call; a partner OPD
of Serang Tatu (Disdukcapil) sees only its own services.
"""

import pytest
from streamlit.testing.v1 import AppTest

from pipelines import formatting
from support import REPO_ROOT, open_app

QUERIES = REPO_ROOT / "views" / "queries"
ALL = ["serang-tatu", "sikonde", "sentra-perikanan", "transformer", "pojok-dolan", "pesan-ibu"]
ALL_SERVICES = ["ktp-el", "kartu-keluarga", "akta-kelahiran", "akta-kematian", "pindah-datang", "nib-perizinan", "pbg",
                "kartu-ak1", "pbb", "bphtb"]
MONTH = {"bulan": "2026-10"}
WINDOW = {"start": "2025-01", "end": "2026-10", "kecamatan": None}
# Every query of the programme pages with parameters that return rows for a viewer who may see everything.
CASES = {
    "program_status": {**MONTH, "program": "pesan-ibu"},
    "program_indicators": {**MONTH, "program": "sikonde"},
    "program_indicator_history": {**MONTH, "program": "transformer"},
    "program_indicator_catalog": {"program": "serang-tatu"},
    "program_region_indicators": {"program": "pojok-dolan"},
    "program_region_values": {"program": "pesan-ibu", "kode": "PI-01", "periode": "2026-08", "level": "kecamatan",
                              "kecamatan": None},
    "program_datasets": {"program": "serang-tatu", "partner_opd": None},
    "program_loads": {"program": "sikonde", "partner_opd": None},
    "program_freshness": {"program": "sentra-perikanan"},
    "program_settings": {"program": "transformer", "prefix": "transformer."},
    "serang_tatu_services": {"partner_opd": None},
    "serang_tatu_monthly": {"services": ALL_SERVICES, **WINDOW},
    "serang_tatu_processing": {"services": ALL_SERVICES, **MONTH},
    "serang_tatu_backlog": {"services": ALL_SERVICES, **WINDOW},
    "serang_tatu_kecamatan": {"services": ALL_SERVICES, **MONTH},
    "serang_tatu_desa": {"services": ALL_SERVICES, **MONTH, "kecamatan": "36.04.05"},
    "serang_tatu_scoped_series": {"services": ALL_SERVICES, **MONTH},
    "sikonde_villages": {**MONTH, "kecamatan": None},
    "sikonde_visits": WINDOW,
    "sikonde_categories": {"tahun": 2026},
    "perikanan_production": WINDOW,
    "perikanan_kecamatan": {"start": "2026-01", **MONTH},
    "perikanan_targets": {},
    "perikanan_ovop": {"tahun": 2026, "kecamatan": None},
    "transformer_daily": MONTH,
    "transformer_monthly": {"start": "2025-01", "end": "2026-10"},
    "transformer_routes": MONTH,
    "pojok_dolan_sites": {**MONTH, "tahun": 2026, "kecamatan": None},
    "pojok_dolan_monthly": WINDOW,
    "pesan_ibu_monthly": WINDOW,
    "pesan_ibu_shares": {"tahun": 2026},
    "pesan_ibu_points": {"tahun": 2026, "kecamatan": None},
    "pesan_ibu_kecamatan": {"tahun": 2026},
    "pesan_ibu_desa_banks": {"tahun": 2026, "kecamatan": None},
}


PREFIX_PROGRAM = {"serang_tatu_": "serang-tatu", "sikonde_": "sikonde", "perikanan_": "sentra-perikanan",
                  "transformer_": "transformer", "pojok_dolan_": "pojok-dolan", "pesan_ibu_": "pesan-ibu"}


def run(con, name, **params):
    return con.execute((QUERIES / f"{name}.sql").read_text(encoding="utf-8"), params).fetchall()


def test_every_programme_query_is_listed_here():
    prefixes = ("program_", *PREFIX_PROGRAM)
    files = {path.stem for path in QUERIES.glob("*.sql") if path.stem.startswith(prefixes) and path.stem != "programs"}
    assert files == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_query_returns_rows_only_for_programmes_the_viewer_may_see(snapshot_con, name):
    assert run(snapshot_con, name, programs=ALL, **CASES[name])
    program = CASES[name].get("program") or next(program for prefix, program in PREFIX_PROGRAM.items()
                                                 if name.startswith(prefix))
    others = [p for p in ALL if p != program]
    assert run(snapshot_con, name, programs=others, **CASES[name]) == []


def everything_shown(app) -> str:
    """Every text, table cell and chart label the page drew, as one string."""
    parts = [element.value for kind in ("title", "subheader", "markdown", "caption", "info", "warning", "success")
             for element in getattr(app, kind)]
    parts += [frame.value.to_csv() for frame in app.dataframe]
    parts += [chart.proto.spec for chart in app.get("plotly_chart")]
    parts += [metric.label + " " + metric.value for metric in app.metric]
    return "\n".join(parts)


@pytest.mark.parametrize("query", [{}, {"periode": "2026-10"}, {"periode": "2026-10", "kecamatan": "36.04.05"}])
def test_dlh_cannot_see_serang_tatu_by_url_or_filter(users_file, query):
    app = open_app("opd_dlh", page="serang-tatu", query=query)
    assert not app.exception
    shown = everything_shown(app)
    assert app.title[0].value == "Program Pesan Ibu"  # the unregistered URL falls back to the OPD's own page
    for service in ("KTP elektronik", "Kartu Keluarga", "Validasi BPHTB", "Permohonan layanan melalui Serang Tatu"):
        assert service not in shown


def _render_serang_tatu_directly():
    from views.programs import serang_tatu

    serang_tatu.render()


def test_dlh_calling_the_serang_tatu_page_directly_is_stopped(users_file):
    from support import email

    app = AppTest.from_function(_render_serang_tatu_directly, default_timeout=60)
    app.user = {"is_logged_in": True, "email": email("opd_dlh")}
    app.run()
    assert not app.exception
    assert app.error and "tidak tersedia" in app.error[0].value
    assert not app.title and not app.metric and not app.get("plotly_chart")


def test_disdukcapil_sees_only_its_own_services(users_file, snapshot_con):
    app = open_app("opd_dukcapil", page="serang-tatu", query={"periode": "2026-10"})
    assert not app.exception and not app.error
    own = dict(snapshot_con.execute("SELECT id, name_id FROM catalog.service WHERE opd = 'Disdukcapil'").fetchall())
    others = [name for (name,) in
              snapshot_con.execute("SELECT name_id FROM catalog.service WHERE opd <> 'Disdukcapil'").fetchall()]
    shown = everything_shown(app)
    assert all(name in shown for name in own.values())
    assert not [name for name in others if name in shown]
    processing = next(frame.value for frame in app.dataframe if "Median (hari)" in frame.value.columns)
    assert set(processing["OPD"]) == {"Disdukcapil"} and set(processing["Layanan"]) == set(own.values())
    requests, backlog = snapshot_con.execute(
        "SELECT (SELECT sum(permohonan) FROM mart.service_monthly WHERE periode = ? AND list_contains(?, layanan)), "
        "(SELECT sum(tunggakan) FROM mart.service_backlog_monthly WHERE periode = ? AND list_contains(?, layanan))",
        ["2026-10", list(own), "2026-10", list(own)]).fetchone()
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["ST-01 · permohonan"] == formatting.number(requests)
    assert metrics["ST-05 · permohonan"] == formatting.number(backlog)
    assert "ST-04 · hari" not in metrics  # a median over services cannot be combined from per-service medians
    total = snapshot_con.execute("SELECT sum(permohonan) FROM mart.service_monthly WHERE periode = ?",
                                 ["2026-10"]).fetchone()[0]
    assert formatting.number(total) not in [metric.value for metric in app.metric]
    assert "Baris" not in next(frame.value for frame in app.dataframe if "Dataset" in frame.value.columns).columns


def test_diskominfosatik_as_owner_sees_every_service(users_file, snapshot_con):
    app = open_app("opd_kominfo", page="serang-tatu", query={"periode": "2026-10"})
    processing = next(frame.value for frame in app.dataframe if "Median (hari)" in frame.value.columns)
    assert len(processing) == snapshot_con.execute("SELECT count(*) FROM catalog.service").fetchone()[0]
    assert "ST-04 · hari" in [metric.label for metric in app.metric]

