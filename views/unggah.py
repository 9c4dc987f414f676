"""Unggah Data (opd, admin): pick a dataset, get its template, upload, check the preview, confirm, read the result.

An ``opd`` viewer is offered only its OPD's datasets and, in ``indikator``, told which
indicators it may send; the same scope goes into ``preview`` and ``ingest_file``
(``opd=``), which enforce it themselves. The file is checked for size, extension and
content (``upload_check``) before it is read. The load runs in a background job
(``upload_job``) through the same ``ingest_file`` as the CLI, so it waits its turn
behind other writers and is never cut off by a rerun; the page follows its steps.
Nothing here opens the working warehouse: previews, templates and the result's
quarantined rows come from the published snapshot.
"""

from __future__ import annotations

import hashlib
import time

import pandas as pd
import streamlit as st

from pipelines import formatting, settings
from pipelines.datasets import DATASETS, REPLACE_ALL, Dataset
from pipelines.errors import UserError
from pipelines.ingest import LoadResult, Preview, preview
from pipelines.ingest.scope import datasets_for, indicator_keyed
from pipelines.ingest.templates import template_bytes
from pipelines.ingest.upload_check import check_upload, suffixes_for
from views import components, data, session, upload_job
from views.session import Viewer, lang, tr

DATASET_KEY, NONCE_KEY, JOB_KEY, DONE_KEY, PREVIEWS_KEY = (
    "upload_dataset", "upload_nonce", "upload_job", "upload_done", "upload_previews")
POLL_SECONDS = 0.3
TABLE_ROWS = 20  # problems shown as a plain table up to this many; beyond, a scrolling one
ERROR_COLUMNS = {"row": ("upload.col.row", "text"), "column": ("upload.col.column", "text"),
                 "value": ("upload.col.value", "text"), "message": ("upload.col.reason", "text")}
HISTORY_COLUMNS = {
    "finished_at": ("quality.col.loaded_at", "moment"), "file_name": ("quality.col.file", "text"),
    "uploaded_by": ("quality.col.by", "text"), "status": ("quality.col.status", "status"),
    "rows_in": ("quality.col.rows_in", "number"), "accepted": ("quality.col.accepted", "number"),
    "quarantined": ("quality.col.quarantined", "number"),
}


def render() -> None:
    viewer = session.require("unggah")
    components.page_header(tr("page.unggah"), tr("upload.caption"))
    scope = viewer.opd if viewer.role == "opd" else None
    choices = _datasets(scope)
    if not choices:
        st.info(tr("upload.no_datasets", opd=scope or "-"))
        return

    with st.container(border=True):
        st.subheader(tr("upload.step.dataset"))
        name = st.selectbox(tr("upload.dataset"), [dataset.name for dataset in choices], key=DATASET_KEY,
                            format_func=lambda item: f"{tr(f'dataset.{item}')} · {item}")
        dataset = DATASETS[name]
        _describe(dataset, scope)
    with st.container(border=True):
        st.subheader(tr("upload.step.template"))
        st.caption(tr("upload.template.caption"))
        _template_buttons(dataset, scope)
    with st.container(border=True):
        st.subheader(tr("upload.step.file"))
        upload = _uploader(dataset)
        _upload_flow(viewer, scope, dataset, upload)
    _history(viewer, scope, dataset)


# --- step 1: what this dataset is ------------------------------------------------------

def _datasets(scope: str | None) -> list[Dataset]:
    """What the viewer may load: an OPD's own datasets first, then the shared ``indikator`` (only when the OPD
    owns catalog indicators); everything for the admin, in registry order."""
    if scope is None:
        return datasets_for(None)
    owned = not data.query("upload_indicators", opd=scope, lang=lang()).empty
    mine = datasets_for(scope)
    return [d for d in mine if not indicator_keyed(d)] + [d for d in mine if indicator_keyed(d) and owned]


def _describe(dataset: Dataset, scope: str | None) -> None:
    required = ", ".join(f"`{column.name}`" for column in dataset.columns if column.required)
    optional = ", ".join(f"`{column.name}`" for column in dataset.columns if not column.required)
    owner = tr("upload.dataset.shared") if indicator_keyed(dataset) else tr("upload.dataset.owner", opd=dataset.opd)
    st.markdown(owner + "  \n" + tr("upload.dataset.required", columns=required)
                + ("  \n" + tr("upload.dataset.optional", columns=optional) if optional else ""))
    st.caption(tr("upload.dataset.replace_all" if dataset.replace == REPLACE_ALL else "upload.dataset.replace_period"))
    if indicator_keyed(dataset) and scope:
        indicators = data.query("upload_indicators", opd=scope, lang=lang())
        with st.expander(tr("upload.indicators.title", opd=scope, count=len(indicators))):
            st.caption(tr("upload.indicators.caption", opd=scope))
            shown = indicators.assign(
                frequency=[tr(f"ingest.frequency.{value}") for value in indicators["frequency"]],
                level=[tr(f"ingest.level.{value}") for value in indicators["level"]])
            components.table(shown, {"kode": ("quality.col.code", "text"),
                                     "indikator": ("quality.col.indicator", "text"),
                                     "frequency": ("upload.col.frequency", "text"),
                                     "level": ("upload.col.level", "text"), "unit": ("upload.col.unit", "text")})


# --- step 2: templates -------------------------------------------------------------------

@st.cache_data(max_entries=64, show_spinner=False)
def _template(name: str, suffix: str, opd: str | None, snapshot: str) -> bytes:
    """Written from the registry and the current snapshot's catalog codes — cached per snapshot file."""
    return template_bytes(name, suffix, opd=opd)


def _template_buttons(dataset: Dataset, scope: str | None) -> None:
    snapshot = str(data.snapshot().path)
    columns = st.columns(2)
    columns[0].download_button(
        tr("upload.template.xlsx"), _template(dataset.name, ".xlsx", scope, snapshot),
        file_name=f"templat_{dataset.name}.xlsx", icon=":material/download:", on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key=f"template_xlsx_{dataset.name}")
    columns[1].download_button(
        tr("upload.template.csv"), _template(dataset.name, ".csv", scope, snapshot),
        file_name=f"templat_{dataset.name}.csv", mime="text/csv", icon=":material/download:", on_click="ignore",
        key=f"template_csv_{dataset.name}")


# --- step 3: the file --------------------------------------------------------------------

def _uploader(dataset: Dataset):
    kinds = suffixes_for(dataset)
    st.caption(tr("upload.limits", types=", ".join(f".{kind}" for kind in kinds),
                  size=formatting.number(settings.UPLOAD_MAX_MB, 0, lang())))
    key = f"upload_file_{dataset.name}_{st.session_state.get(NONCE_KEY, 0)}"
    # No `type=`: Streamlit would refuse other files itself — in English in the browser, and with a redacted
    # app error for a request that bypasses it — while `check_upload` says in Indonesian what to send instead.
    return st.file_uploader(tr("upload.file"), key=key, help=tr("upload.file.help"),
                            max_upload_size=settings.UPLOAD_MAX_MB)


def _upload_flow(viewer: Viewer, scope: str | None, dataset: Dataset, upload) -> None:
    running = upload_job.get(st.session_state.get(JOB_KEY, {}).get("id"))
    if running is not None:  # a load this session started before a rerun cut its run short: follow it to the end
        _follow(running)
        st.rerun()
    if upload is None:
        return
    content = upload.getvalue()
    try:
        check_upload(content, upload.name, dataset)
    except UserError as error:
        st.error(error.message(lang()), icon=":material/block:")
        return
    digest = hashlib.sha256(content).hexdigest()
    done = _done_for(dataset, digest)
    if done:
        _result(done, dataset)
        return

    st.subheader(tr("upload.step.preview"))
    report = _preview(content, upload.name, dataset, scope, None)
    sheet = report.sheet
    if report.sheet_ambiguous:
        sheet = st.radio(tr("upload.sheet.ask"), report.sheet_choices, index=None,
                         key=f"upload_sheet_{digest[:12]}", horizontal=True)
        if sheet is None:
            st.warning(tr("upload.sheet.choose", sheets=", ".join(f"«{name}»" for name in report.sheet_choices)))
            return
        report = _preview(content, upload.name, dataset, scope, sheet)
    _show_preview(report)
    if report.status != "ok":
        return

    st.subheader(tr("upload.step.confirm"))
    if report.accepted == 0:
        st.warning(tr("upload.confirm.nothing"))
    understood = _replace_all_check(dataset, report, digest) if dataset.replace == REPLACE_ALL else True
    if st.button(tr("upload.confirm", count=formatting.number(report.accepted, 0, lang())), type="primary",
                 key="upload_confirm", icon=":material/cloud_upload:", disabled=not understood):
        job = upload_job.start(content, upload.name, dataset.name, viewer.email, scope, sheet)
        st.session_state[JOB_KEY] = {"id": job.id, "key": (dataset.name, digest, sheet), "file": upload.name}
        _follow(job)
        st.rerun()  # the page again from the top: the new snapshot in the header, the result instead of the preview


def _replace_all_check(dataset: Dataset, report: Preview, digest: str) -> bool:
    """A whole list (waste points, tourism villages, …): the first real file replaces every sample
    row, and what it leaves out disappears from maps and indicators. Say so with the numbers and
    ask for a tick; later files add to and update the real list, which needs no tick."""
    rows = data.query("upload_dataset_rows", dataset=dataset.name).iloc[0]

    def count(value) -> str:
        return formatting.number(int(value), 0, lang())

    if int(rows["nyata"]) > 0:
        st.info(tr("upload.replace_all.adds", real=count(rows["nyata"]), accepted=count(report.accepted)),
                icon=":material/playlist_add:")
        return True
    st.warning(tr("upload.replace_all.first", demo=count(rows["contoh"]), accepted=count(report.accepted),
                  program=_program_name(dataset.program)),
               icon=":material/swap_horiz:")
    return st.checkbox(tr("upload.replace_all.tick"), key=f"upload_replace_all_{digest[:12]}")


def _program_name(program: str) -> str:
    """Every whole-list dataset belongs to a programme (``pipelines/datasets.py``)."""
    return data.query("programs").set_index("id").loc[program, "name_en" if lang() == "en" else "name_id"]


def _done_for(dataset: Dataset, digest: str) -> dict | None:
    """The finished load of this very file into this dataset in this session, if any."""
    done = st.session_state.get(DONE_KEY)
    return done if done and done["key"] and done["key"][:2] == (dataset.name, digest) else None


def _preview(content: bytes, filename: str, dataset: Dataset, scope: str | None, sheet: str | None) -> Preview:
    """Preview once per file, sheet and snapshot (reruns reuse it)."""
    key = (dataset.name, hashlib.sha256(content).hexdigest(), filename, sheet, scope, str(data.snapshot().path))
    memo = st.session_state.setdefault(PREVIEWS_KEY, {})
    if key not in memo:
        if len(memo) > 8:
            memo.clear()
        memo[key] = preview(content, filename, dataset.name, sheet=sheet, opd=scope)
    return memo[key]


def _show_preview(report: Preview) -> None:
    if report.status != "ok":
        st.error(report.message, icon=":material/block:")
        return
    row = st.columns(3)
    row[0].metric(tr("upload.metric.rows_in"), formatting.number(report.rows_in, 0, lang()), border=True)
    row[1].metric(tr("upload.metric.would_accept"), formatting.number(report.accepted, 0, lang()), border=True)
    row[2].metric(tr("upload.metric.would_quarantine"), formatting.number(report.quarantined, 0, lang()), border=True)
    where = [tr("upload.preview.sheet", sheet=report.sheet)] if report.sheet else []
    st.caption(" · ".join(where + [tr("upload.preview.header_row", row=report.header_row)]))
    _plain_table(_columns_table(report))
    if report.columns["extra"]:
        st.caption(tr("upload.preview.extra", columns=", ".join(f"«{components.plain(text)}»"
                                                                for text in report.columns["extra"])))
    if report.periods:
        shown = [formatting.period(code, lang()) for code in report.periods[:12]]
        more = len(report.periods) - len(shown)
        st.markdown(tr("upload.preview.periods", periods=", ".join(shown))
                    + (" " + tr("upload.preview.more", count=more) if more > 0 else ""))
    if report.errors:
        st.markdown("**" + tr("upload.preview.errors", shown=len(report.errors), total=report.errors_total) + "**")
        _problems(report.errors)
    _notes(report.notes)


def _notes(notes: list[str]) -> None:
    """How the file was read (delimiter, sheet, skipped rows, names matched); they quote the file's own text."""
    if notes:
        with st.expander(tr("upload.preview.notes", count=len(notes))):
            st.markdown("\n".join(f"- {components.plain(note)}" for note in notes))


def _plain_table(frame: pd.DataFrame) -> None:
    """A short table whose text wraps; cells hold the file's own text, shown as typed (no Markdown)."""
    st.table(frame.map(components.plain), hide_index=True, border="horizontal")


def _problems(errors: list[dict]) -> None:
    """Row, column, value and reason: a plain table while short (reasons wrap, nothing cut off), a scrolling one
    when long."""
    frame = pd.DataFrame(errors)
    if len(frame) <= TABLE_ROWS:
        _plain_table(components.formatted(frame, ERROR_COLUMNS))
    else:
        components.table(frame, ERROR_COLUMNS, height=420)


def _columns_table(report: Preview) -> pd.DataFrame:
    """One line per dataset column: its header in the file and how it was recognised, its number format."""
    dataset = DATASETS[report.dataset]
    found = report.columns["found"]
    lines = []
    for column in dataset.columns:
        match = found.get(column.name)
        if match is None:
            how = tr("upload.match.missing_optional")
        elif match["alias"]:
            how = tr("upload.match.alias", alias=match["alias"])
        else:
            how = tr("upload.match.exact")
        convention = report.number_conventions.get(column.name)
        lines.append({
            tr("upload.col.dataset_column"): column.name,
            tr("upload.col.required"): tr("template.required" if column.required else "template.optional"),
            tr("upload.col.header"): match["header"] if match else formatting.MISSING,
            tr("upload.col.recognised"): how,
            tr("upload.col.number_format"): tr(f"ingest.convention.{convention}") if convention else "",
        })
    return pd.DataFrame(lines)


# --- steps 5 and 6: the load and its result ----------------------------------------------------

def _follow(job: upload_job.Job) -> None:
    """Show the job's steps until it ends; then keep its outcome for this session."""
    started = st.session_state.get(JOB_KEY, {})
    with st.status(tr("upload.running", file=started.get("file", "")), expanded=True) as status:
        bar = st.progress(0.0)
        lines = st.empty()
        while True:
            finished = job.done  # read before drawing, so the last drawing shows the last step
            _draw_steps(job, bar, lines)
            if finished:
                break
            time.sleep(POLL_SECONDS)
        failed = job.error is not None or job.failure is not None or job.result.status == "rejected"
        status.update(label=tr("upload.finished_error" if failed else "upload.finished"),
                      state="error" if failed else "complete", expanded=False)
    st.session_state[DONE_KEY] = {"key": started.get("key"), "result": job.result, "error": job.error,
                                  "failure": job.failure, "waited": job.waited}
    st.session_state.pop(JOB_KEY, None)
    upload_job.forget(job.id)


def _draw_steps(job: upload_job.Job, bar, lines) -> None:
    steps = list(job.steps)
    text = [f"- {tr(key)} ({index}/{total})" for key, index, total in steps]
    if job.waiting:
        text.append(f"- :orange[{tr('upload.waiting')}]")
    elif job.waited:
        text.insert(0, f"- {tr('upload.waited')}")
    lines.markdown("\n".join(text) or tr("upload.queued"))
    if steps:
        _, index, total = steps[-1]
        bar.progress(index / total, text=tr(steps[-1][0]))


def _result(done: dict, dataset: Dataset) -> None:
    st.subheader(tr("upload.step.result"))
    result: LoadResult | None = done["result"]
    if done["error"] is not None:
        st.error(done["error"].message(lang()), icon=":material/error:")
    elif done["failure"] is not None:
        st.error(tr("upload.failed", kind=done["failure"]), icon=":material/error:")
    elif result.status == "rejected":
        st.error(result.message, icon=":material/block:")
    else:
        numbers = {"file": result.file, "dataset": tr(f"dataset.{result.dataset}"),
                   "accepted": formatting.number(result.accepted, 0, lang()),
                   "quarantined": formatting.number(result.quarantined, 0, lang()),
                   "version": result.snapshot}
        if done["waited"]:
            st.caption(tr("upload.waited"))
        if result.status == "loaded":
            st.success(tr("upload.result.loaded", **numbers), icon=":material/check_circle:")
        elif result.recovered:
            st.success(tr("upload.result.recovered", **numbers), icon=":material/check_circle:")
        else:
            st.info(tr("upload.result.unchanged", **numbers), icon=":material/info:")
        row = st.columns(4)
        for column, (label, value) in zip(row, (("upload.metric.rows_in", result.rows_in),
                                                ("upload.metric.accepted", result.accepted),
                                                ("upload.metric.quarantined", result.quarantined),
                                                ("upload.metric.replaced", result.replaced))):
            column.metric(tr(label), formatting.number(value, 0, lang()), border=True)
        if result.errors:
            st.markdown("**" + tr("upload.result.errors", shown=len(result.errors), total=result.errors_total) + "**")
            _problems(result.errors)
            st.caption(tr("upload.result.download_caption"))
            components.quarantine_download(result.load_id, dataset.name, key="upload_quarantine")
        _notes(result.notes)
    if st.button(tr("upload.again"), key="upload_again", icon=":material/restart_alt:"):
        st.session_state.pop(DONE_KEY, None)
        st.session_state[NONCE_KEY] = st.session_state.get(NONCE_KEY, 0) + 1
        st.rerun()


# --- the dataset's recent loads -----------------------------------------------------------

def _history(viewer: Viewer, scope: str | None, dataset: Dataset) -> None:
    """Recent loads: an OPD sees every load of its own datasets, and only its own in shared ``indikator``."""
    sender = viewer.email if scope and indicator_keyed(dataset) else None
    loads = data.query("upload_history", dataset=dataset.name, by=sender)
    st.subheader(tr("upload.history.title"))
    if loads.empty:
        st.caption(tr("upload.history.none"))
        return
    _plain_table(components.formatted(loads, HISTORY_COLUMNS))
