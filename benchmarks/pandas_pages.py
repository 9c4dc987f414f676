"""The pandas alternative for page data: the same numbers as our named queries, from DataFrames held in memory.

This is how a hand-made Streamlit dashboard would do it: load the data once into DataFrames
(``Tables.load``, cached for the life of the server) and compute each page's figures with
pandas on every view. For the Serang Tatu page it holds the raw service requests (one row per
request, as the agency file has them) and aggregates them per view — there are no marts. For
the executive summary it holds the same published score, indicator and catalog tables our
queries read (scoring the indicators is the pipeline's job in either design).

``QUERIES`` maps each named query of ``views/queries`` that ``ringkasan`` and ``serang-tatu``
run to a pandas function with the same parameters and the same result columns; ``page_data``
checks the results against DuckDB's, so the comparison is between equal answers.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd

PUBLISHED = ("catalog.dimension", "catalog.element", "catalog.indicator", "catalog.opd", "catalog.program",
             "catalog.service", "ref.kecamatan", "ref.desa", "ref.boundary", "score.dimension_month",
             "score.program_month", "score.indicator_month", "ind.indicator_value", "meta.indicator_freshness",
             "meta.dataset_status", "meta.load_log", "meta.build")


@dataclass
class Tables:
    frames: dict[str, pd.DataFrame]
    requests: pd.DataFrame  # raw requests plus kode_kec, sla_days, periode, durasi_hari

    @classmethod
    def load(cls, snapshot: str, warehouse: str) -> "Tables":
        """Every table the two pages need, in memory; the requests from the working warehouse's raw table."""
        con = duckdb.connect(snapshot, read_only=True)
        try:
            frames = {name: con.execute(f"SELECT * FROM {name}").df() for name in PUBLISHED}
        finally:
            con.close()
        con = duckdb.connect(warehouse, read_only=True)
        try:
            raw = con.execute("SELECT id_permohonan, layanan, kanal, kode_desa, waktu_masuk, waktu_selesai, status, "
                              "_is_demo AS is_demo FROM raw.service_request").df()
        finally:
            con.close()
        desa = frames["ref.desa"].set_index("kode")["kode_kec"]
        sla = frames["catalog.service"].set_index("id")["sla_days"]
        raw["kode_kec"] = raw["kode_desa"].map(desa)
        raw = raw[raw["kode_kec"].notna()]  # staging keeps only requests from known desa
        raw["sla_days"] = raw["layanan"].map(sla)
        raw["periode"] = raw["waktu_masuk"].dt.strftime("%Y-%m")
        raw["durasi_hari"] = (raw["waktu_selesai"] - raw["waktu_masuk"]).dt.total_seconds() // 60 / 1440.0
        return cls(frames, raw.reset_index(drop=True))

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.frames[name]


def _by_position(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    return frame.sort_values(list(columns), kind="stable").reset_index(drop=True)


def _month_end(month: str) -> pd.Timestamp:
    return pd.Period(month, freq="M").end_time.normalize()


# --- shell (every page) ---------------------------------------------------------------------------

def report_months(t: Tables) -> pd.DataFrame:
    months = pd.Series(t["score.dimension_month"]["bulan"].unique()).sort_values(ascending=False)
    return pd.DataFrame({"bulan": months.to_numpy(), "is_default": (months == t["meta.build"]["end_month"].iat[0]).to_numpy()})


def kecamatan_list(t: Tables) -> pd.DataFrame:
    return _by_position(t["ref.kecamatan"][["kode", "nama"]], "nama")


def programs(t: Tables) -> pd.DataFrame:
    return _by_position(t["catalog.program"], "position")[
        ["id", "name_id", "name_en", "opd", "partner_opd", "provisional", "provisional_note_id", "provisional_note_en",
         "description_id", "description_en", "dimension", "element"]]


def boundaries(t: Tables, level: str, kecamatan: str | None) -> pd.DataFrame:
    shapes = t["ref.boundary"]
    shapes = shapes[shapes["level"] == level]
    names = pd.concat([t["ref.kecamatan"][["kode", "nama"]], t["ref.desa"][["kode", "nama"]]])
    frame = shapes.merge(names, on="kode", how="left").merge(t["ref.desa"][["kode", "kode_kec"]], on="kode", how="left")
    if kecamatan is not None:
        frame = frame[(frame["kode_kec"] == kecamatan) | (frame["kode"] == kecamatan)]
    return _by_position(frame[["kode", "nama", "geojson"]], "kode")


# --- ringkasan --------------------------------------------------------------------------------------

def dimension_month(t: Tables, bulan: str) -> pd.DataFrame:
    scores = t["score.dimension_month"]
    frame = t["catalog.dimension"].merge(scores[scores["bulan"] == bulan], left_on="id", right_on="dimension",
                                         how="left", suffixes=("", "_score"))
    frame["dimension"] = frame["id"]
    frame["status"] = frame["status"].fillna("tanpa_data")
    frame["is_demo"] = frame["is_demo"].fillna(False).astype(bool)
    return _by_position(frame, "position")[
        ["dimension", "name_id", "name_en", "description_id", "description_en", "indeks", "indeks_sebelumnya",
         "perubahan", "status", "indikator", "indikator_dinilai", "is_demo"]]


def quickwin_status(t: Tables, bulan: str) -> pd.DataFrame:
    status = t["meta.dataset_status"]
    received = status[status["program"].notna()].groupby("program", as_index=False).agg(
        dimuat_pada=("dimuat_pada", "max"), periode_terakhir=("periode_terakhir", "max"),
        baris_nyata=("baris_nyata", "sum"))
    scores = t["score.program_month"]
    opd = t["catalog.opd"].rename(columns={"id": "opd", "name_id": "opd_name_id", "name_en": "opd_name_en"})
    frame = (t["catalog.program"].rename(columns={"id": "program"})
             .merge(opd, on="opd", how="left")
             .merge(scores[scores["bulan"] == bulan].drop(columns=["opd"]), on="program", how="left")
             .merge(received, on="program", how="left"))
    frame["status"] = frame["status"].fillna("tanpa_data")
    frame["is_demo"] = frame["is_demo"].fillna(True).astype(bool)
    frame["baris_nyata"] = frame["baris_nyata"].fillna(0)
    return _by_position(frame, "position")[
        ["program", "name_id", "name_en", "opd", "opd_name_id", "opd_name_en", "dimension", "provisional", "capaian",
         "status", "indikator", "indikator_dinilai", "indikator_kritis", "is_demo", "dimuat_pada",
         "periode_terakhir", "baris_nyata"]]


STATUS_ORDER = {"kritis": 1, "perlu_perhatian": 2}


def indicator_month(t: Tables, bulan: str) -> pd.DataFrame:
    scores = t["score.indicator_month"]
    indicator = t["catalog.indicator"][["kode", "name_id", "name_en", "provisional", "public", "position"]]
    dimension = t["catalog.dimension"][["id", "name_id", "name_en"]].rename(
        columns={"id": "dimension", "name_id": "dimension_id", "name_en": "dimension_en"})
    element = t["catalog.element"][["id", "dimension", "name_id", "name_en"]].rename(
        columns={"id": "element", "name_id": "element_id", "name_en": "element_en"})
    program = t["catalog.program"][["id", "name_id", "name_en"]].rename(
        columns={"id": "program", "name_id": "program_id", "name_en": "program_en"})
    frame = (scores[scores["bulan"] == bulan].merge(indicator, left_on="kode_indikator", right_on="kode")
             .merge(dimension, on="dimension").merge(element, on=["element", "dimension"], how="left")
             .merge(program, on="program", how="left"))
    worse = frame["memburuk"]
    frame["tren"] = np.where(worse.isna(), None, np.where(worse.fillna(False).astype(bool), "memburuk",
                                                          np.where(frame["nilai"] == frame["nilai_sebelumnya"],
                                                                   "tetap", "membaik")))
    frame["perlu_perhatian"] = frame["status"].isin(list(STATUS_ORDER)) | worse.fillna(False).astype(bool)
    frame["_status_rank"] = frame["status"].map(STATUS_ORDER).fillna(3)
    frame = frame.sort_values(["_status_rank", "capaian", "position"], na_position="last", kind="stable")
    frame["urutan"] = np.arange(1, len(frame) + 1)
    return frame.reset_index(drop=True)[
        ["kode_indikator", "name_id", "name_en", "unit", "direction", "frequency", "provisional", "public",
         "dimension", "dimension_id", "dimension_en", "element", "element_id", "element_en", "program", "program_id",
         "program_en", "opd", "periode", "nilai", "target", "capaian", "status", "memburuk", "periode_sebelumnya",
         "nilai_sebelumnya", "source_kind", "sumber", "url", "is_demo", "tren", "perlu_perhatian", "urutan"]]


def late_sources(t: Tables) -> pd.DataFrame:
    freshness = t["meta.indicator_freshness"]
    opd = t["catalog.opd"].rename(columns={"id": "opd", "name_id": "opd_name_id", "name_en": "opd_name_en"})
    frame = (freshness[freshness["status"] != "tepat_waktu"]
             .merge(t["catalog.indicator"][["kode", "name_id", "name_en", "position"]], left_on="kode_indikator",
                    right_on="kode")
             .merge(opd, on="opd", how="left"))
    frame["hari_terlambat_opd"] = frame.groupby("opd", dropna=False)["hari_terlambat"].transform("max")
    frame["sumber_opd"] = frame.groupby("opd", dropna=False)["hari_terlambat"].transform("size")
    frame = frame.sort_values(["hari_terlambat_opd", "opd", "hari_terlambat", "position"],
                              ascending=[False, True, False, True], kind="stable")
    return frame.reset_index(drop=True)[
        ["opd", "opd_name_id", "opd_name_en", "kode_indikator", "name_id", "name_en", "frequency",
         "periode_diharapkan", "periode_terakhir", "status", "hari_terlambat", "source_kind", "hari_terlambat_opd",
         "sumber_opd"]]


def dimension_trend(t: Tables, bulan: str, months: int) -> pd.DataFrame:
    scores = t["score.dimension_month"]
    first = (pd.Period(bulan, freq="M") - months).strftime("%Y-%m")
    frame = scores[(scores["bulan"] <= bulan) & (scores["bulan"] > first)]
    return _by_position(frame[["dimension", "bulan", "indeks"]], "dimension", "bulan")


def freshness_as_of(t: Tables) -> pd.DataFrame:
    return pd.DataFrame({"as_of": t["meta.build"]["as_of"], "sumber": len(t["meta.indicator_freshness"])})


def map_indicators(t: Tables, bulan: str) -> pd.DataFrame:
    values = t["ind.indicator_value"]
    values = values[(values["level"] == "kecamatan") & (pd.to_datetime(values["periode_akhir"]) <= _month_end(bulan))]
    latest = values.loc[pd.to_datetime(values["periode_akhir"]).groupby(values["kode_indikator"]).idxmax(),
                        ["kode_indikator", "periode"]]
    frame = t["catalog.indicator"].merge(latest, left_on="kode", right_on="kode_indikator")
    return _by_position(frame, "position")[["kode", "name_id", "name_en", "unit", "direction", "aggregation",
                                             "periode"]]


def map_values(t: Tables, kode: str, periode: str) -> pd.DataFrame:
    values = t["ind.indicator_value"]
    values = values[(values["kode_indikator"] == kode) & (values["periode"] == periode)
                    & (values["level"] == "kecamatan")]
    frame = t["ref.kecamatan"][["kode", "nama"]].merge(
        values[["kode_wilayah", "nilai", "source_kind", "sumber", "is_demo"]], left_on="kode",
        right_on="kode_wilayah", how="left")
    frame["is_demo"] = frame["is_demo"].fillna(False).astype(bool)
    lower = t["catalog.indicator"].set_index("kode").at[kode, "direction"] == "lower"
    frame["peringkat"] = (frame["nilai"] if lower else -frame["nilai"]).rank(method="min")
    return _by_position(frame, "peringkat", "nama")[["kode", "nama", "nilai", "source_kind", "sumber", "is_demo",
                                                      "peringkat"]]


def katalog(t: Tables, include_internal: bool, dimension: str | None, search: str | None) -> pd.DataFrame:
    indicator = t["catalog.indicator"]
    dimensions = t["catalog.dimension"][["id", "name_id", "name_en", "position"]].rename(
        columns={"id": "dimension", "name_id": "dimension_id", "name_en": "dimension_en", "position": "_d"})
    elements = t["catalog.element"][["id", "dimension", "name_id", "name_en", "position"]].rename(
        columns={"id": "element", "name_id": "element_id", "name_en": "element_en", "position": "_e"})
    program = t["catalog.program"][["id", "name_id", "name_en"]].rename(
        columns={"id": "program", "name_id": "program_id", "name_en": "program_en"})
    opd = t["catalog.opd"].rename(columns={"id": "opd", "name_id": "opd_name_id", "name_en": "opd_name_en"})
    frame = (indicator.merge(dimensions, on="dimension").merge(elements, on=["element", "dimension"], how="left")
             .merge(program, on="program", how="left").merge(opd, on="opd", how="left"))
    keep = frame["public"] | include_internal
    if dimension is not None:
        keep &= frame["dimension"] == dimension
    if search is not None:
        text = frame[["kode", "name_id", "name_en", "definition_id", "definition_en", "source", "opd", "program_id"]]
        keep &= text.fillna("").agg(" ".join, axis=1).str.lower().str.contains(search.lower(), regex=False)
    return _by_position(frame[keep], "_d", "_e", "position")[
        ["kode", "name_id", "name_en", "definition_id", "definition_en", "formula_id", "formula_en", "unit",
         "direction", "aggregation", "frequency", "level", "computed", "dimension", "dimension_id", "dimension_en",
         "element", "element_id", "element_en", "program", "program_id", "program_en", "opd", "opd_name_id",
         "opd_name_en", "baseline_year", "baseline_value", "source", "public", "provisional"]]


# --- serang tatu: programme blocks ----------------------------------------------------------------

def program_status(t: Tables, bulan: str, program: str, programs: list[str]) -> pd.DataFrame:
    scores = t["score.program_month"]
    frame = scores[(scores["bulan"] == bulan) & (scores["program"] == program) & scores["program"].isin(programs)]
    return frame[["program", "status", "capaian", "indikator", "indikator_dinilai", "indikator_kritis",
                  "is_demo"]].reset_index(drop=True)


def serang_tatu_services(t: Tables, partner_opd: str | None, programs: list[str]) -> pd.DataFrame:
    services = t["catalog.service"]
    if "serang-tatu" not in programs:
        services = services.head(0)
    if partner_opd is not None:
        services = services[services["opd"] == partner_opd]
    return _by_position(services[["id", "name_id", "name_en", "opd", "sla_days"]], "opd", "id")


def program_indicators(t: Tables, bulan: str, program: str, programs: list[str]) -> pd.DataFrame:
    scores = t["score.indicator_month"]
    scores = scores[(scores["bulan"] == bulan) & (scores["program"] == program) & scores["program"].isin(programs)]
    frame = scores.drop(columns=["unit", "direction", "frequency"]).merge(
        t["catalog.indicator"][["kode", "name_id", "name_en", "definition_id", "definition_en", "unit", "direction",
                                "frequency", "aggregation", "provisional", "position"]],
        left_on="kode_indikator", right_on="kode")
    return _by_position(frame, "position")[
        ["kode", "name_id", "name_en", "definition_id", "definition_en", "unit", "direction", "frequency",
         "aggregation", "provisional", "periode", "nilai", "target", "capaian", "status", "periode_sebelumnya",
         "nilai_sebelumnya", "baseline_tahun", "baseline_nilai", "nilai_ytd", "target_ytd", "capaian_ytd",
         "source_kind", "sumber", "url", "is_demo"]]


def program_indicator_history(t: Tables, bulan: str, program: str, programs: list[str]) -> pd.DataFrame:
    s = t["score.indicator_month"]
    s = s[(s["program"] == program) & s["program"].isin(programs) & (s["bulan"] <= bulan) & s["nilai"].notna()]
    s = s[pd.to_datetime(s["periode_akhir"]).dt.year >= s["baseline_tahun"].fillna(0)]
    frame = s.groupby(["kode_indikator", "periode"], as_index=False).agg(
        periode_akhir=("periode_akhir", "first"), nilai=("nilai", "first"), target=("target", "first"),
        capaian=("capaian", "first"), status=("status", "first"), source_kind=("source_kind", "first"))
    return _by_position(frame.rename(columns={"kode_indikator": "kode"}), "kode", "periode_akhir")


def program_datasets(t: Tables, partner_opd: str | None, program: str, programs: list[str]) -> pd.DataFrame:
    status = t["meta.dataset_status"]
    status = status[(status["program"] == program) & status["program"].isin(programs)]
    frame = status.merge(t["meta.load_log"][["load_id", "channel", "is_demo"]], on="load_id", how="left")
    if partner_opd is not None:
        frame[["baris", "baris_contoh", "baris_nyata"]] = None
    return _by_position(frame, "dataset")[
        ["dataset", "opd", "baris", "baris_contoh", "baris_nyata", "periode_terakhir", "file_name", "dimuat_pada", "oleh",
         "status_muat", "channel", "is_demo"]]


def program_loads(t: Tables, partner_opd: str | None, program: str, programs: list[str]) -> pd.DataFrame:
    status = t["meta.dataset_status"]
    datasets = status.loc[(status["program"] == program) & status["program"].isin(programs), "dataset"]
    loads = t["meta.load_log"]
    frame = loads[loads["dataset"].isin(datasets)].copy()
    if partner_opd is not None:
        frame[["rows_in", "accepted", "quarantined"]] = None
    frame = frame.sort_values(["finished_at", "dataset"], ascending=[False, True], na_position="last", kind="stable")
    return frame.head(20).reset_index(drop=True)[
        ["dataset", "file_name", "uploaded_by", "channel", "finished_at", "status", "rows_in", "accepted",
         "quarantined", "is_demo"]]


def program_freshness(t: Tables, program: str, programs: list[str]) -> pd.DataFrame:
    fresh = t["meta.indicator_freshness"]
    fresh = fresh[(fresh["program"] == program) & fresh["program"].isin(programs)]
    frame = fresh.merge(t["catalog.indicator"][["kode", "name_id", "name_en", "position"]],
                        left_on="kode_indikator", right_on="kode")
    frame["_on_time"] = frame["status"] == "tepat_waktu"
    frame = frame.sort_values(["_on_time", "hari_terlambat", "position"], ascending=[True, False, True],
                              kind="stable")
    return frame.reset_index(drop=True)[["kode", "name_id", "name_en", "frequency", "periode_diharapkan",
                                         "periode_terakhir", "status", "hari_terlambat", "source_kind"]]


# --- serang tatu: from the raw requests -------------------------------------------------------------

def _requests(t: Tables, services: list[str], programs: list[str]) -> pd.DataFrame:
    requests = t.requests
    if "serang-tatu" not in programs:
        return requests.head(0)
    return requests[requests["layanan"].isin(services)]


def serang_tatu_monthly(t: Tables, services: list[str], start: str, end: str, kecamatan: str | None,
                        programs: list[str]) -> pd.DataFrame:
    r = _requests(t, services, programs)
    r = r[(r["periode"] >= start) & (r["periode"] <= end)]
    if kecamatan is not None:
        r = r[r["kode_kec"] == kecamatan]
    done = r["status"] == "selesai"
    frame = r.assign(selesai=done, selesai_sla=done & (r["durasi_hari"] <= r["sla_days"]),
                     ditolak=r["status"] == "ditolak").groupby(["periode", "layanan", "kanal"], as_index=False).agg(
        permohonan=("status", "size"), selesai=("selesai", "sum"), selesai_sla=("selesai_sla", "sum"),
        ditolak=("ditolak", "sum"), is_demo=("is_demo", "any"))
    return frame


def serang_tatu_processing(t: Tables, services: list[str], bulan: str, programs: list[str]) -> pd.DataFrame:
    r = _requests(t, services, programs)
    r = r[(r["status"] == "selesai") & r["waktu_selesai"].notna()]
    r = r[r["waktu_selesai"].dt.strftime("%Y-%m") == bulan]
    frame = r.assign(sesuai=np.where(r["durasi_hari"] <= r["sla_days"], 100.0, 0.0)).groupby(
        "layanan", as_index=False).agg(
        sla_hari=("sla_days", "first"), selesai=("durasi_hari", "size"), median_hari=("durasi_hari", "median"),
        p90_hari=("durasi_hari", lambda values: values.quantile(0.9)), persen_sesuai_sla=("sesuai", "mean"),
        is_demo=("is_demo", "any"))
    return frame


def serang_tatu_backlog(t: Tables, services: list[str], start: str, end: str, kecamatan: str | None,
                        programs: list[str]) -> pd.DataFrame:
    r = _requests(t, services, programs)
    if kecamatan is not None:
        r = r[r["kode_kec"] == kecamatan]
    late = r[r["waktu_selesai"].isna() | (r["durasi_hari"] > r["sla_days"])]
    overdue_from = late["waktu_masuk"] + pd.to_timedelta(late["sla_days"].astype(int), unit="D")
    parts = []
    for month in pd.period_range(start, end, freq="M"):
        next_start = (month + 1).start_time
        open_late = (overdue_from < next_start) & (late["waktu_selesai"].isna() | (late["waktu_selesai"] >= next_start))
        counts = late.loc[open_late].groupby("layanan").size()
        parts.append(pd.DataFrame({"periode": month.strftime("%Y-%m"), "layanan": counts.index,
                                   "tunggakan": counts.to_numpy()}))
    return _by_position(pd.concat(parts, ignore_index=True), "periode", "layanan")


def serang_tatu_kecamatan(t: Tables, services: list[str], bulan: str, programs: list[str]) -> pd.DataFrame:
    r = _requests(t, services, programs)
    r = r[r["periode"] == bulan]
    counts = r.assign(daring=r["kanal"] == "daring").groupby("kode_kec").agg(
        permohonan=("kanal", "size"), daring=("daring", "sum"))
    kecamatan = t["ref.kecamatan"] if "serang-tatu" in programs else t["ref.kecamatan"].head(0)
    frame = kecamatan.merge(counts, left_on="kode", right_index=True, how="left")
    frame[["permohonan", "daring"]] = frame[["permohonan", "daring"]].fillna(0)
    frame["per_1000"] = 1000.0 * frame["permohonan"] / frame["penduduk"].replace(0, np.nan)
    frame = frame.sort_values("per_1000", ascending=False, na_position="last", kind="stable")
    return frame.reset_index(drop=True)[["kode", "nama", "permohonan", "daring", "penduduk", "penduduk_tahun",
                                         "per_1000"]]


def serang_tatu_desa(t: Tables, services: list[str], bulan: str, kecamatan: str, programs: list[str]) -> pd.DataFrame:
    r = _requests(t, services, programs)
    r = r[(r["periode"] == bulan) & (r["kode_kec"] == kecamatan)]
    counts = r.assign(daring=r["kanal"] == "daring").groupby("kode_desa").agg(
        permohonan=("kanal", "size"), daring=("daring", "sum"))
    desa = t["ref.desa"] if "serang-tatu" in programs else t["ref.desa"].head(0)
    frame = desa[desa["kode_kec"] == kecamatan].merge(counts, left_on="kode", right_index=True, how="left")
    frame[["permohonan", "daring"]] = frame[["permohonan", "daring"]].fillna(0)
    frame = frame.sort_values(["permohonan", "nama"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True)[["kode", "nama", "permohonan", "daring"]]


QUERIES = {function.__name__: function for function in (
    report_months, kecamatan_list, programs, boundaries, dimension_month, quickwin_status, indicator_month,
    late_sources, dimension_trend, freshness_as_of, map_indicators, map_values, katalog, program_status,
    serang_tatu_services, program_indicators, program_indicator_history, program_datasets, program_loads,
    program_freshness, serang_tatu_monthly, serang_tatu_processing, serang_tatu_backlog, serang_tatu_kecamatan,
    serang_tatu_desa)}


def run(tables: Tables, name: str, params: dict) -> pd.DataFrame:
    return QUERIES[name](tables, **params)
