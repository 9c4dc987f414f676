"""Upload templates written from the dataset registry: XLSX (header, example row, notes, drop-downs) or CSV.

The XLSX has the data sheet named after the dataset (so ingest finds it by
name), a header with a note on each cell (label, required or optional, format,
choices, accepted alternative names), one example row that ingest skips if it is
left unchanged, drop-downs for fixed choices (from the registry) and for catalog
codes (indicators, services: from the current snapshot when one exists), code
and period columns formatted as text so Excel keeps ``36.04.10`` and ``2024-08``
as written, and a guide sheet listing every column. The CSV has the header and
the example row (UTF-8 with BOM, so Excel opens it with the right characters).
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import xlsxwriter

from pipelines import datasets as ds
from pipelines import db, settings
from pipelines.datasets import Column, Dataset, get_dataset
from pipelines.i18n import t
from pipelines.ingest.export import prepare_output, writing

TEMPLATE_ROWS = 5000  # rows that get drop-downs and formats
_TEXT_TYPES = (ds.TEXT, ds.DESA, ds.KECAMATAN, ds.REGION, ds.ENUM, ds.PERIOD, ds.MONTH)
_NUMBER_FORMATS = {ds.INTEGER: "#,##0", ds.NUMBER: "#,##0.00", ds.PERCENT: "0.0", ds.YEAR: "0",
                   ds.LATITUDE: "0.000000", ds.LONGITUDE: "0.000000"}
_DATE_FORMATS = {ds.DATE: ("dd/mm/yyyy", "%Y-%m-%d"), ds.TIMESTAMP: ("dd/mm/yyyy hh:mm", "%Y-%m-%d %H:%M:%S")}


def write_template(name: str, out: Path, layout: settings.DataPaths | None = None, opd: str | None = None) -> Path:
    """``opd``: the drop-down of indicator codes lists only that OPD's indicators (what it may send)."""
    prepare_output(out)
    content = template_bytes(name, out.suffix.lower(), layout, opd)
    with writing(out):
        out.write_bytes(content)
    return out


def template_bytes(name: str, suffix: str = ".xlsx", layout: settings.DataPaths | None = None,
                   opd: str | None = None) -> bytes:
    """The template as bytes (``.xlsx`` or ``.csv``), for the CLI and the app's download buttons."""
    dataset = get_dataset(name)
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(dataset.column_names)
        writer.writerow([column.example for column in dataset.columns])
        return buffer.getvalue().encode("utf-8-sig")
    output = io.BytesIO()
    _write_xlsx(dataset, output, lookup_values(dataset, layout, opd))
    return output.getvalue()


def column_note(column: Column, lang: str = "id") -> str:
    """The note a template shows for a column (also the guide sheet's text)."""
    needed = t("template.required" if column.required else "template.optional", lang)
    parts = [f"{t(f'column.{column.name}', lang)} ({needed})", t(f"column.{column.name}.note", lang),
             t(f"template.type.{column.type}", lang) + "."]
    if column.allowed:
        parts.append(t("template.allowed", lang, allowed=", ".join(column.allowed)))
    if column.aliases:
        parts.append(t("template.aliases", lang, aliases=", ".join(column.aliases)))
    if column.example:
        parts.append(t("template.example", lang, example=column.example))
    return "\n".join(parts)


def lookup_values(dataset: Dataset, layout: settings.DataPaths | None = None,
                  opd: str | None = None) -> dict[str, list[str]]:
    """Catalog codes for look-up columns, from the current snapshot (none before the first build);
    indicator codes only of ``opd`` when given."""
    wanted = {column.name: column.lookup for column in dataset.columns if column.lookup}
    snapshot = db.current_snapshot(layout or settings.paths()) if wanted else None
    if not wanted or snapshot is None or not snapshot.path.exists():
        return {}
    con = db.read_only(snapshot)
    try:
        queries = {ds.LOOKUP_INDICATOR: ("SELECT kode FROM catalog.indicator WHERE ?::VARCHAR IS NULL OR opd = ? "
                                         "ORDER BY position", [opd, opd]),
                   ds.LOOKUP_SERVICE: ("SELECT id FROM catalog.service ORDER BY id", [])}
        return {name: [code for (code,) in con.execute(*queries[lookup]).fetchall()]
                for name, lookup in wanted.items()}
    finally:
        con.close()


def _write_xlsx(dataset: Dataset, out, lookups: dict[str, list[str]]) -> None:
    """Write the workbook to ``out``: a path or a binary file-like object."""
    workbook = xlsxwriter.Workbook(out if hasattr(out, "write") else str(out), {"in_memory": True})
    try:
        header = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
        required = workbook.add_format({"bold": True, "bg_color": "#9BC2E6", "border": 1, "text_wrap": True})
        text = workbook.add_format({"num_format": "@"})
        example_text = workbook.add_format({"num_format": "@", "italic": True, "font_color": "#7F7F7F"})
        formats = {kind: workbook.add_format({"num_format": pattern}) for kind, pattern in _NUMBER_FORMATS.items()}
        examples = {kind: workbook.add_format({"num_format": pattern, "italic": True, "font_color": "#7F7F7F"})
                    for kind, pattern in _NUMBER_FORMATS.items()}
        for kind, (pattern, _) in _DATE_FORMATS.items():
            formats[kind] = workbook.add_format({"num_format": pattern})
            examples[kind] = workbook.add_format({"num_format": pattern, "italic": True, "font_color": "#7F7F7F"})

        sheet = workbook.add_worksheet(dataset.name)
        lists = workbook.add_worksheet(t("template.lists_sheet"))
        guide = workbook.add_worksheet(t("template.guide_sheet"))
        sheet.activate()
        sheet.freeze_panes(1, 0)
        list_column = 0
        for position, column in enumerate(dataset.columns):
            sheet.write_string(0, position, column.name, required if column.required else header)
            sheet.write_comment(0, position, column_note(column), {"x_scale": 3, "y_scale": 3})
            cell_format = text if column.type in _TEXT_TYPES else formats.get(column.type)
            sheet.set_column(position, position, max(14, len(column.name) + 4), cell_format)
            _write_example(sheet, position, column, example_text if column.type in _TEXT_TYPES
                           else examples.get(column.type))
            choices = list(column.allowed) or lookups.get(column.name, [])
            if choices:
                lists.write_string(0, list_column, column.name)
                for index, choice in enumerate(choices, start=1):
                    lists.write_string(index, list_column, choice)
                letter = xlsxwriter.utility.xl_col_to_name(list_column)
                sheet.data_validation(1, position, TEMPLATE_ROWS, position, {
                    "validate": "list", "source": f"='{lists.name}'!${letter}$2:${letter}${len(choices) + 1}",
                    "error_title": t("template.validation_title"), "error_message": t("template.validation_message"),
                })
                list_column += 1
            elif column.type in (ds.INTEGER, ds.NUMBER) and column.minimum is not None:
                sheet.data_validation(1, position, TEMPLATE_ROWS, position, {
                    "validate": "integer" if column.type == ds.INTEGER else "decimal",
                    "criteria": ">=", "value": column.minimum,
                    "error_title": t("template.validation_title"),
                    "error_message": t("ingest.reason.below_minimum", minimum=int(column.minimum)),
                })
        sheet.write_comment(1, 0, t("template.example_row"), {"x_scale": 2})
        lists.hide()
        _write_guide(guide, dataset, header)
    finally:
        workbook.close()


def _write_example(sheet, position: int, column: Column, cell_format) -> None:
    if not column.example:
        return
    if column.type in _DATE_FORMATS:
        moment = datetime.strptime(column.example, _DATE_FORMATS[column.type][1])
        sheet.write_datetime(1, position, moment, cell_format)
    elif column.type in _NUMBER_FORMATS:
        sheet.write_number(1, position, float(column.example), cell_format)
    else:
        sheet.write_string(1, position, column.example, cell_format)


def _write_guide(guide, dataset: Dataset, header_format) -> None:
    key = " + ".join(t(f"column.{name}") for name in dataset.key)
    guide.write_string(0, 0, t("template.guide_title", dataset=t(f"dataset.{dataset.name}"), name=dataset.name,
                               opd=dataset.opd))
    guide.write_string(1, 0, t("template.guide_intro", name=dataset.name, key=key))
    titles = ("column", "label", "required", "format", "note", "allowed", "aliases", "example")
    for position, title in enumerate(titles):
        guide.write_string(3, position, t(f"template.guide.{title}"), header_format)
    for row, column in enumerate(dataset.columns, start=4):
        values = (column.name, t(f"column.{column.name}"),
                  t("template.required" if column.required else "template.optional"),
                  t(f"template.type.{column.type}"), t(f"column.{column.name}.note"), ", ".join(column.allowed),
                  ", ".join(column.aliases), column.example)
        for position, value in enumerate(values):
            guide.write_string(row, position, value)
    guide.set_column(0, 0, 24)
    guide.set_column(1, 7, 28)
