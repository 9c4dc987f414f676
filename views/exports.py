"""Tables the leadership pages offer for download: raw values (not display text), headers in the viewer's language.

Numbers stay numbers so a spreadsheet can compute with them; units sit in their own column
and the indicator metadata (units, definitions, formulas, sources) on the workbook's last sheet.
"""

from __future__ import annotations

import pandas as pd

from pipelines import formatting
from views import components, data
from views.session import lang, tr


def _identity(frame: pd.DataFrame, code: str) -> dict[str, pd.Series]:
    """Which indicator a row is about: code, name, where it sits in the six dimensions, programme, OPD."""
    language = lang()
    return {
        tr("kolom.code"): frame[code],
        tr("kolom.indicator"): frame[f"name_{language}"],
        tr("kolom.dimension"): frame[f"dimension_{language}"],
        tr("kolom.element"): frame[f"element_{language}"],
        tr("kolom.program"): frame[f"program_{language}"],
        tr("kolom.opd"): frame["opd"],
    }


def indicator_metadata(catalog: pd.DataFrame) -> pd.DataFrame:
    """Satu Data metadata of the indicators in ``catalog`` (rows of the ``katalog`` query)."""
    language = lang()
    return pd.DataFrame({
        **_identity(catalog, "kode"),
        tr("kolom.definition"): catalog[f"definition_{language}"],
        tr("kolom.formula"): catalog[f"formula_{language}"],
        tr("kolom.unit"): catalog["unit"],
        tr("kolom.direction"): [tr(f"arah.{value}") for value in catalog["direction"]],
        tr("kolom.frequency"): [tr(f"frekuensi.{value}") for value in catalog["frequency"]],
        tr("kolom.source"): catalog["source"],
        tr("kolom.public"): catalog["public"],
        tr("katalog.provisional"): catalog["provisional"],
    }).reset_index(drop=True)


def indicator_scores(frame: pd.DataFrame) -> pd.DataFrame:
    """One month's indicator values, targets, achievement and status (rows of the ``indicator_month`` query)."""
    return pd.DataFrame({
        **_identity(frame, "kode_indikator"),
        tr("kolom.period"): frame["periode"],
        tr("kolom.value"): frame["nilai"],
        tr("kolom.unit"): frame["unit"],
        tr("kolom.target"): frame["target"],
        tr("kolom.achievement_pct"): frame["capaian"].round(2),
        tr("kolom.status"): [components.status_label(status) for status in frame["status"]],
        tr("kolom.trend"): [tr(f"tren.{trend}") if isinstance(trend, str) else None for trend in frame["tren"]],
        tr("kolom.source"): [components.source_label(row.source_kind, row.sumber) for row in frame.itertuples()],
        tr("kolom.url"): frame["url"],
    })


def summary_tables(month: str, dimensions: pd.DataFrame, programs: pd.DataFrame, indicators: pd.DataFrame,
                   attention: pd.DataFrame, late: pd.DataFrame, regional: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The executive summary's tables, one sheet each; the first (all indicators) is also the CSV."""
    language = lang()
    tables = {
        tr("ringkasan.sheet_indicators"): indicator_scores(indicators),
        tr("ringkasan.sheet_dimensions"): pd.DataFrame({
            tr("kolom.dimension"): dimensions[f"name_{language}"],
            tr("kolom.index"): dimensions["indeks"].round(2),
            tr("kolom.change"): dimensions["perubahan"].round(2),
            tr("kolom.status"): [components.status_label(status) for status in dimensions["status"]],
            tr("kolom.indicators"): dimensions["indikator"],
            tr("kolom.scored"): dimensions["indikator_dinilai"],
            tr("kolom.sample"): dimensions["is_demo"],
        }),
        tr("ringkasan.sheet_programs"): pd.DataFrame({
            tr("kolom.program"): programs[f"name_{language}"],
            tr("kolom.opd"): programs["opd"],
            tr("kolom.achievement_pct"): programs["capaian"].round(2),
            tr("kolom.status"): [components.status_label(status) for status in programs["status"]],
            tr("kolom.critical"): programs["indikator_kritis"],
            tr("kolom.received"): programs["dimuat_pada"],
            tr("kolom.last_period"): programs["periode_terakhir"],
            tr("kolom.sample"): programs["is_demo"],
        }),
        tr("ringkasan.sheet_attention"): indicator_scores(attention),
        tr("ringkasan.sheet_late"): pd.DataFrame({
            tr("kolom.opd"): late["opd"],
            tr("kolom.code"): late["kode_indikator"],
            tr("kolom.indicator"): late[f"name_{language}"],
            tr("kolom.frequency"): [tr(f"frekuensi.{value}") for value in late["frequency"]],
            tr("kolom.expected"): late["periode_diharapkan"],
            tr("kolom.last_period"): late["periode_terakhir"],
            tr("kolom.days_late"): late["hari_terlambat"],
        }),
    }
    if not regional.empty:
        tables[tr("ringkasan.sheet_map")] = pd.DataFrame({
            tr("kolom.code"): regional["kode_indikator"],
            tr("kolom.period"): regional["periode"],
            tr("kolom.rank"): regional["peringkat"],
            tr("kolom.kecamatan_code"): regional["kode"],
            tr("kolom.kecamatan"): regional["nama"],
            tr("kolom.value"): regional["nilai"],
            tr("kolom.unit"): regional["unit"],
            tr("kolom.source"): regional["sumber"],
        })
    snapshot = data.snapshot()
    tables[tr("ringkasan.sheet_about")] = pd.DataFrame({
        tr("kolom.item"): [tr("filter.period"), tr("ringkasan.about_snapshot"), tr("ringkasan.about_published"),
                           tr("ringkasan.about_scoring"), tr("common.demo_label")],
        tr("kolom.description"): [formatting.period(month, language), str(snapshot.version),
                                  formatting.moment(snapshot.published_at, language),
                                  tr("ringkasan.about_scoring_text"), tr("common.demo_note")],
    })
    return tables
