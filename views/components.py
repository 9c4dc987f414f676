"""Small UI pieces every page uses: header with freshness, labels, status colours, downloads."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from pipelines import formatting
from pipelines.ingest.export import formula_safe
from views import data, registry
from views.session import lang, tr

# Status colours: also used by charts and maps, so the same status looks the same everywhere.
STATUS_COLOR = {
    "tercapai": "#1a7f37", "perlu_perhatian": "#bf8700", "kritis": "#cf222e",
    "tanpa_target": "#6e7781", "tanpa_data": "#8c959f",
    # freshness and load outcomes
    "tepat_waktu": "#1a7f37", "terlambat": "#cf222e", "belum_pernah": "#8c959f",
    "loaded": "#1a7f37", "unchanged": "#6e7781", "rejected": "#cf222e", "failed": "#cf222e",
}
STATUS_BADGE = {"tercapai": "green", "perlu_perhatian": "orange", "kritis": "red",
                "tanpa_target": "gray", "tanpa_data": "gray", "tepat_waktu": "green", "terlambat": "red",
                "belum_pernah": "gray", "loaded": "green", "unchanged": "gray", "rejected": "red", "failed": "red"}


def page_header(title: str, caption: str | None = None, demo: bool = False) -> None:
    """Title, what the page answers, when the data was published (WIB), and the sample-data label."""
    st.title(title)
    snapshot = data.snapshot()
    line = tr("common.updated", moment=formatting.moment(snapshot.published_at, lang()), version=snapshot.version)
    if caption:
        st.caption(caption)
    st.caption(line)
    if demo:
        demo_notice()


def demo_notice() -> None:
    st.badge(tr("common.demo_label"), icon=":material/science:", color="orange")
    st.caption(tr("common.demo_note"))


def status_label(status: str | None) -> str:
    return tr(f"status.{status or 'tanpa_data'}")


def status_badge(status: str | None) -> None:
    key = status or "tanpa_data"
    st.badge(status_label(key), color=STATUS_BADGE[key])


def source_label(source_kind: str | None, source: str | None = None) -> str:
    """``data contoh`` for samples; the cited source for real figures."""
    if source_kind == "contoh" or source_kind is None:
        return tr("common.demo_label")
    return source or tr(f"source_kind.{source_kind}")


def downloads(name: str, tables: dict[str, pd.DataFrame], metadata: pd.DataFrame | None = None,
              key: str | None = None, numeric_text: tuple[str, ...] = ()) -> None:
    """XLSX (every table on its own sheet, units and definitions on a last sheet) and CSV of the first table.

    Text that a spreadsheet would run as a formula is neutralised in both (``formula_safe`` for the CSV,
    string cells in the XLSX); ``numeric_text`` as in ``pipelines.ingest.export.formula_safe``."""
    key = key or name
    first = next(iter(tables.values()))
    columns = st.columns(2)
    columns[0].download_button(
        tr("download.xlsx"), to_xlsx(tables, metadata), file_name=f"{name}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"{key}_xlsx", icon=":material/download:", on_click="ignore",
    )
    columns[1].download_button(
        tr("download.csv"), formula_safe(first, numeric_text).to_csv(index=False).encode("utf-8"),
        file_name=f"{name}.csv", mime="text/csv", key=f"{key}_csv", icon=":material/download:", on_click="ignore",
    )


def to_xlsx(tables: dict[str, pd.DataFrame], metadata: pd.DataFrame | None = None) -> bytes:
    buffer = io.BytesIO()
    # strings_to_formulas off: a cell reading «=HYPERLINK(...)» stays text instead of becoming a live formula.
    with pd.ExcelWriter(buffer, engine="xlsxwriter",
                        engine_kwargs={"options": {"strings_to_formulas": False}}) as writer:
        for sheet, frame in tables.items():
            frame.to_excel(writer, sheet_name=sheet[:31], index=False)
            writer.sheets[sheet[:31]].autofit()
        if metadata is not None:
            metadata.to_excel(writer, sheet_name=tr("download.metadata_sheet")[:31], index=False)
    return buffer.getvalue()


def coming_soon(what_key: str) -> None:
    """An honest placeholder for a page another issue builds."""
    st.info(tr("common.coming_soon", what=tr(what_key)), icon=":material/construction:")


# --- tables ------------------------------------------------------------------------------
# Streamlit's own "localized" number format is wrong for comma-decimal locales, so tables are
# shown with values formatted here; downloads keep the raw numbers.

def formatted(frame: pd.DataFrame, columns: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """Display copy: ``{column: (label key, kind)}`` with kind in
    number | decimal | percent | period | moment | status | text; other columns are dropped."""
    language = lang()
    formatters = {
        "number": lambda v: formatting.number(v, 0, language),
        "decimal": lambda v: formatting.number(v, 2, language),
        "percent": lambda v: formatting.percent(v, 1, language),
        "period": lambda v: formatting.period(v, language) if isinstance(v, str) else formatting.MISSING,
        "moment": lambda v: formatting.moment(v.to_pydatetime(), language) if pd.notna(v) else formatting.MISSING,
        "status": lambda v: status_label(v) if isinstance(v, str) else formatting.MISSING,
        "text": lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v),
    }
    shown = pd.DataFrame(index=frame.index)
    for column, (label_key, kind) in columns.items():
        shown[tr(label_key)] = frame[column].map(formatters[kind])
    return shown


def table(frame: pd.DataFrame, columns: dict[str, tuple[str, str]], height: int | None = None) -> None:
    st.dataframe(formatted(frame, columns), hide_index=True, width="stretch", height=height or "auto")


# --- leadership pages (issue 4): links, status in text and tables, plain text in Markdown ---

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|$~:])")


def plain(text: object) -> str:
    """Data text (names, definitions) safe inside Markdown: no emphasis, LaTeX or directives by accident."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", "" if text is None else str(text))


def status_markdown(status: str | None) -> str:
    """The status as an inline Markdown badge, to sit beside a name or inside a caption."""
    key = status or "tanpa_data"
    return f":{STATUS_BADGE[key]}-badge[{plain(status_label(key))}]"


def page_link(viewer, page_key: str, label: str) -> None:
    """A link to a registered page by its URL path; nothing when this viewer may not open that page.

    Pages are registered as callables, so ``st.page_link`` needs a ``st.Page`` with the same url path.
    """
    if page_key not in {spec.key for spec in registry.visible_pages(viewer.role, viewer.programs)}:
        return
    spec = registry.BY_KEY[page_key]
    st.page_link(st.Page(spec.render_function(), title=label, url_path=spec.key), label=label,
                 icon=":material/arrow_forward:")


def highlight_rows(frame: pd.DataFrame, highlight: Sequence[bool]):
    """A display table with the ``highlight`` rows shaded (e.g. the kecamatan chosen in the filter)."""
    shade = "background-color: #fff8c5; font-weight: 600"
    return frame.style.apply(lambda row: [shade if highlight[row.name] else ""] * len(row), axis=1)


def localized(row, field: str) -> str:
    """A catalog text (``name``, ``description``…) in the viewer's language, from a Series or an itertuples row."""
    column = f"{field}_{lang()}"
    return row[column] if isinstance(row, pd.Series) else getattr(row, column)


def index_delta(change: float | None) -> dict:
    """``st.metric`` delta arguments for a change of a 0–100 index, in points; grey and flat when unchanged."""
    if change is None or pd.isna(change):
        return {}
    still = round(float(change), 1) == 0
    return {"delta": tr("ringkasan.points", change=formatting.signed(change, 1, lang())),
            "delta_color": "off" if still else "normal", "delta_arrow": "off" if still else "auto"}


def card_grid(count: int, per_row: int = 3):
    """``count`` bordered cards in rows of ``per_row``; the cards of one row share its height."""
    for start in range(0, count, per_row):
        for column in st.columns(per_row)[:count - start]:
            yield column.container(border=True, height="stretch")


# --- upload and data quality (issue 7) ---------------------------------------------------

def quarantine_download(load_id: str, dataset: str, key: str) -> None:
    """XLSX and CSV of one load's quarantined rows as the sender wrote them (the dataset's own column
    names, then row and reason), ready to fix and upload again."""
    from pipelines.datasets import DATASETS  # imported here to keep this block self-contained for merges
    from pipelines.ingest.export import numeric_columns, sendback_frame

    rows = data.query("quarantine_sendback", load_id=load_id)
    frame = sendback_frame(rows, DATASETS[dataset], lang())
    downloads(f"karantina_{load_id}", {tr("upload.quarantine.sheet"): frame}, key=key,
              numeric_text=tuple(numeric_columns(DATASETS[dataset])))
