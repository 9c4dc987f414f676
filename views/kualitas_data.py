"""Kualitas Data (admin and eksekutif): is every source fresh and valid, what was rejected and why."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from pipelines import formatting
from views import charts, components, data, session
from views.components import STATUS_COLOR
from views.session import lang, tr

FRESHNESS_COLUMNS = {  # how late before the long indicator name, so a narrow screen still shows it
    "opd": ("quality.col.opd", "text"), "kode_indikator": ("quality.col.code", "text"),
    "status": ("quality.col.status", "status"), "hari_terlambat": ("quality.col.days_late", "number"),
    "indikator": ("quality.col.indicator", "text"), "periode_diharapkan": ("quality.col.expected", "period"),
    "periode_terakhir": ("quality.col.latest", "period"),
}
DATASET_COLUMNS = {
    "opd": ("quality.col.opd", "text"), "dataset_label": ("quality.col.dataset", "text"),
    "baris_nyata": ("quality.col.real_rows", "number"), "baris_contoh": ("quality.col.sample_rows", "number"),
    "periode_terakhir": ("quality.col.latest", "period"), "status": ("quality.col.status", "status"),
    "file_name": ("quality.col.file", "text"), "oleh": ("quality.col.by", "text"),
    "dimuat_pada": ("quality.col.loaded_at", "moment"),
}
LOAD_COLUMNS = {  # who and when first: the columns a narrow screen still shows
    "finished_at": ("quality.col.loaded_at", "moment"), "uploaded_by": ("quality.col.by", "text"),
    "dataset_label": ("quality.col.dataset", "text"), "file_name": ("quality.col.file", "text"),
    "status": ("quality.col.status", "status"), "rows_in": ("quality.col.rows_in", "number"),
    "accepted": ("quality.col.accepted", "number"), "quarantined": ("quality.col.quarantined", "number"),
    "replaced": ("quality.col.replaced", "number"), "channel_label": ("quality.col.channel", "text"),
}
QUARANTINE_COLUMNS = {
    "baris": ("upload.col.row", "text"), "kolom": ("upload.col.column", "text"),
    "nilai": ("upload.col.value", "text"), "alasan": ("upload.col.reason", "text"),
}


def render() -> None:
    session.require("kualitas-data")
    session.filter_controls()
    month = session.period()
    freshness = data.query("quality_freshness", lang=lang())
    datasets = _labelled(data.query("quality_datasets"))
    loads = _labelled(data.query("quality_loads"))
    loads["channel_label"] = [tr(f"upload.channel.{channel}") for channel in loads["channel"]]
    components.page_header(tr("page.kualitas_data"), tr("quality.caption"),
                           demo=bool(datasets["baris_contoh"].gt(0).any()))

    late = freshness[freshness["status"] == "terlambat"]
    never = freshness[freshness["status"] == "belum_pernah"]
    row = st.columns(4)
    row[0].metric(tr("quality.metric.late"), formatting.number(len(late), 0, lang()), border=True)
    row[1].metric(tr("quality.metric.never"), formatting.number(len(never), 0, lang()), border=True)
    row[2].metric(tr("quality.metric.late_datasets"),
                  formatting.number(int((datasets["status"] == "terlambat").sum()), 0, lang()), border=True)
    row[3].metric(tr("quality.metric.quarantined"), formatting.number(loads["quarantined"].fillna(0).sum(), 0, lang()),
                  border=True)

    _freshness_section(freshness)
    _datasets_section(datasets)
    _loads_section(loads)
    _checks_section(month)


def _freshness_section(freshness) -> None:
    st.subheader(tr("quality.freshness.title"))
    st.caption(tr("quality.freshness.caption"))
    counts = freshness.groupby(["opd", "status"]).size().unstack(fill_value=0)
    figure = go.Figure()
    for status in ("tepat_waktu", "terlambat", "belum_pernah"):
        if status in counts:
            figure.add_trace(go.Bar(y=counts.index, x=counts[status], name=components.status_label(status),
                                    orientation="h", marker_color=STATUS_COLOR[status]))
    figure.update_layout(barmode="stack", hovermode="y unified")
    st.plotly_chart(charts.style(figure, height=60 + 28 * len(counts)), config=charts.CONFIG)
    overdue = freshness[freshness["status"] != "tepat_waktu"]
    if overdue.empty:
        st.success(tr("quality.freshness.all_on_time"))
    else:
        components.table(overdue, FRESHNESS_COLUMNS)


def _datasets_section(datasets) -> None:
    st.subheader(tr("quality.datasets.title"))
    st.caption(tr("quality.datasets.caption"))
    components.table(datasets, DATASET_COLUMNS)


def _loads_section(loads) -> None:
    st.subheader(tr("quality.loads.title"))
    # Sized for the senders' e-mail addresses: the grid sizes columns from the first rows ("sistem").
    st.dataframe(components.formatted(loads, LOAD_COLUMNS), hide_index=True, width="stretch",
                 height=min(420, 38 + 35 * len(loads)),
                 column_config={tr("quality.col.by"): st.column_config.TextColumn(width="medium")})
    with_rejects = loads[loads["quarantined"].fillna(0) > 0]
    if with_rejects.empty:
        st.caption(tr("quality.loads.no_quarantine"))
        return
    labels = {row.load_id: f"{formatting.moment(row.finished_at.to_pydatetime(), lang())} · {row.dataset_label} · "
                           f"{row.file_name} · {row.uploaded_by} · {formatting.number(row.quarantined, 0, lang())} "
                           f"{tr('quality.loads.rows_rejected')}"
              for row in with_rejects.itertuples()}
    chosen = st.selectbox(tr("quality.loads.pick"), list(labels), format_func=labels.get, key="quality_load")
    rejected = data.query("quality_quarantine", load_id=chosen)
    components.table(rejected, QUARANTINE_COLUMNS, height=min(420, 38 + 35 * len(rejected)))
    st.caption(tr("upload.result.download_caption"))
    components.quarantine_download(chosen, with_rejects.set_index("load_id").at[chosen, "dataset"],
                                   key="quality_quarantine")


def _labelled(frame):
    """Dataset names as people read them (the string table), not the registry's."""
    frame["dataset_label"] = [tr(f"dataset.{name}") for name in frame["dataset"]]
    return frame


def _checks_section(month: str) -> None:
    st.subheader(tr("quality.checks.title", month=formatting.period(month, lang())))
    missing_targets = data.query("quality_missing_targets", lang=lang(), bulan=month)
    stopped = data.query("quality_regions_without_data", lang=lang(), bulan=month)
    outliers = data.query("quality_outliers", lang=lang(), bulan=month)
    with st.expander(tr("quality.checks.no_target", count=len(missing_targets)), expanded=not missing_targets.empty):
        components.table(missing_targets, {"opd": ("quality.col.opd", "text"), "kode": ("quality.col.code", "text"),
                                           "indikator": ("quality.col.indicator", "text")})
    with st.expander(tr("quality.checks.stopped", count=len(stopped))):
        components.table(stopped, {"opd": ("quality.col.opd", "text"), "indikator": ("quality.col.indicator", "text"),
                                   "periode": ("quality.col.latest", "period"),
                                   "kecamatan": ("quality.col.kecamatan", "text")})
    with st.expander(tr("quality.checks.outliers", count=len(outliers))):
        st.caption(tr("quality.checks.outliers_caption"))
        shown = outliers.assign(
            nilai=[formatting.with_unit(v, u, lang()) for v, u in zip(outliers["nilai"], outliers["unit"])],
            median_sebelumnya=[formatting.with_unit(v, u, lang())
                               for v, u in zip(outliers["median_sebelumnya"], outliers["unit"])],
        )
        components.table(shown, {"opd": ("quality.col.opd", "text"), "indikator": ("quality.col.indicator", "text"),
                                 "periode": ("quality.col.period", "period"), "nilai": ("quality.col.value", "text"),
                                 "median_sebelumnya": ("quality.col.median", "text"),
                                 "skor": ("quality.col.score", "decimal")})
