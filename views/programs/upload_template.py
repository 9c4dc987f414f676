"""Upload templates (XLSX) for a programme's datasets, written from the dataset registry.

A stand-in until the ingest work (``pipelines/ingest``) lands with its own template writer:
pages call only ``upload_template``, so swapping its body is the whole change. The data sheet
is named after the dataset (the ingest reader picks that sheet), codes and periods are text
cells so Excel keeps their dots and zeros, and allowed values are drop-down lists.
"""

from __future__ import annotations

import functools
import io

import xlsxwriter

from pipelines import datasets
from pipelines.i18n import t

_TEXT_TYPES = {datasets.TEXT, datasets.DESA, datasets.KECAMATAN, datasets.REGION, datasets.PERIOD,
               datasets.MONTH, datasets.ENUM}


def program_datasets(program: str) -> list[str]:
    """Names of the datasets that feed ``program`` (registry order)."""
    return [name for name, dataset in datasets.DATASETS.items() if dataset.program == program]


@functools.lru_cache(maxsize=64)
def upload_template(dataset_name: str, lang: str = "id") -> bytes:
    """An empty workbook for ``dataset_name``: the header row on a data sheet, and a notes sheet."""
    dataset = datasets.DATASETS[dataset_name]
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, {"in_memory": True}) as book:
        header = book.add_format({"bold": True, "bg_color": "#dafbe1", "border": 1})
        optional = book.add_format({"bold": True, "bg_color": "#f6f8fa", "border": 1})
        text = book.add_format({"num_format": "@"})
        sheet = book.add_worksheet(dataset.name[:31])
        for index, column in enumerate(dataset.columns):
            sheet.write(0, index, column.name, header if column.required else optional)
            sheet.set_column(index, index, max(14, len(column.name) + 4), text if column.type in _TEXT_TYPES else None)
            if column.allowed:
                sheet.data_validation(1, index, 5000, index, {"validate": "list", "source": list(column.allowed)})
        sheet.freeze_panes(1, 0)
        _notes_sheet(book, dataset, lang)
    return buffer.getvalue()


def _notes_sheet(book: xlsxwriter.Workbook, dataset: datasets.Dataset, lang: str) -> None:
    bold = book.add_format({"bold": True})
    notes = book.add_worksheet(t("program.template.notes_sheet", lang)[:31])
    fields = ("column", "required", "type", "allowed", "aliases")
    heads = [t(f"program.template.head.{field}", lang) for field in fields]
    for index, head in enumerate(heads):
        notes.write(0, index, head, bold)
    for row, column in enumerate(dataset.columns, start=1):
        notes.write_row(row, 0, [
            column.name,
            t("program.template.yes" if column.required else "program.template.no", lang),
            t(f"program.template.type.{column.type}", lang),
            ", ".join(column.allowed),
            ", ".join(column.aliases),
        ])
    notes.write(len(dataset.columns) + 2, 0, t("program.template.how", lang, dataset=dataset.name))
    notes.set_column(0, 0, 24)
    notes.set_column(1, 2, 16)
    notes.set_column(3, 4, 40)
