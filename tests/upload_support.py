"""Files and AppTest steps shared by the upload page tests (importable as `upload_support`)."""

from __future__ import annotations

import re

import duckdb

from ingest_support import csv_bytes
from pipelines import db
from support import open_app

# DLH's monthly waste tonnage: two good rows.
GOOD = csv_bytes([
    "periode;kode_desa;jenis;ton_terkumpul;ton_dikurangi",
    "2026-10;36.04.05.2001;TPS3R;152,4;48,7",
    "2026-10;36.04.05.2002;bank sampah;12,5;3",
])
# One good row and four rows with a problem each.
BAD_ROWS = csv_bytes([
    "periode,kode_desa,jenis,ton_terkumpul,ton_dikurangi",
    "2026-10,36.04.05.2001,TPS3R,152.4,48.7",
    "2026-10,36.04.05.2099,TPS,10,2",
    "2026-10,36.04.05.2003,gudang,10,2",
    "2026-10,36.04.05.2004,TPS,5,7",
    "2026-10,36.04.05.2005,TPS,abc,1",
])
# Indicator values: two of DLH's indicators and one of Dinkes's.
INDICATORS = csv_bytes([
    "kode_indikator,periode,kode_wilayah,nilai",
    "EN-01,2025,36.04,812.5",
    "LV-01,2025,36.04,71.3",
    "PI-02,2025,36.04,40",
])
# October 2026 for the browser: two good rows (12.345 ton in all), one reducing more than it collected.
OCTOBER = csv_bytes([
    "periode;kode_desa;jenis;ton_terkumpul;ton_dikurangi",
    "2026-10;36.04.05.2001;TPS3R;6.000;1.200",
    "2026-10;36.04.05.2002;bank sampah;6.345;900",
    "2026-10;36.04.05.2003;TPS;12;15",
])
WRONG_COLUMNS = csv_bytes(["tanggal,desa,berat", "2026-10-01,Kramatwatu,12"])


def upload_page(account: str = "opd_dlh", dataset: str | None = "tonase_sampah"):
    app = open_app(account, page="unggah")
    if dataset is not None:
        app.selectbox(key="upload_dataset").set_value(dataset).run()
    return app


def upload(app, name: str, data: bytes, mime: str = "text/csv"):
    app.file_uploader[0].set_value((name, data, mime))
    return app.run()


def confirm(app):
    return app.button(key="upload_confirm").click().run()


def texts(elements) -> list[str]:
    return [element.value for element in elements]


def metrics(app) -> dict[str, str]:
    return {metric.label: metric.value for metric in app.metric}


def table(app, index: int = -1) -> list[dict]:
    """Records of an ``st.dataframe`` (scrolling table)."""
    return app.dataframe[index].value.to_dict("records")


def plain_table(app, index: int = -1) -> list[dict]:
    """Records of an ``st.table`` as a reader sees them (the page escapes Markdown in the file's own text)."""
    return [{key: re.sub(r"\\(.)", r"\1", value) for key, value in record.items()}
            for record in app.table[index].value.to_dict("records")]


def published(sql: str, params: list | None = None) -> list[tuple]:
    con = db.read_only(db.require_snapshot())
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def working(layout, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(layout.warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
