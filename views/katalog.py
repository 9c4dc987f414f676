"""Katalog Indikator: every indicator a viewer may see, searchable, with its Satu Data metadata.

The public sees public indicators only; staff (OPD, executive, admin) see internal ones too.
That rule is applied in the query (``include_internal``), so an internal indicator never
reaches a public session, not even in the download.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pipelines import formatting
from views import components, data, exports, session
from views.session import lang, tr


def render() -> None:
    viewer = session.require("katalog")
    include_internal = viewer.role != "publik"
    components.page_header(tr("page.katalog"), tr("katalog.caption"))
    language = lang()

    dimensions = data.query("dimensions").drop_duplicates("dimension")
    names = dict(zip(dimensions["dimension"], dimensions[f"name_{language}"]))
    search_box, dimension_box = st.columns([2, 1])
    search = search_box.text_input(tr("katalog.search"), key="katalog_search", placeholder=tr("katalog.search_hint"),
                                   icon=":material/search:").strip()
    dimension = dimension_box.selectbox(
        tr("katalog.dimension"), [None, *names], key="katalog_dimension",
        format_func=lambda key: tr("katalog.all_dimensions") if key is None else names[key])
    found = data.query("katalog", include_internal=include_internal, dimension=dimension, search=search or None)
    total = len(data.query("katalog", include_internal=include_internal, dimension=None, search=None))
    targets = data.query("katalog_targets", include_internal=include_internal)

    st.caption(" · ".join([tr("katalog.count", shown=formatting.number(len(found), 0, language),
                                total=formatting.number(total, 0, language)),
                           tr("katalog.scope_staff" if include_internal else "katalog.scope_public")]))
    if found.empty:
        st.info(tr("katalog.none"))
        return
    for key, group in found.groupby("dimension", sort=False):
        st.subheader(names.get(key, key), divider="gray")
        for row in group.itertuples():
            with st.expander(_label(row), expanded=bool(search) and len(found) <= 3):
                _details(row, targets[targets["kode_indikator"] == row.kode])
    components.downloads("katalog-indikator", {tr("katalog.sheet"): _export(found, targets)}, key="katalog_export")


def _label(row) -> str:
    badges = [] if row.public else [f":gray-badge[{tr('katalog.internal')}]"]
    if row.provisional:
        badges.append(f":orange-badge[{tr('katalog.provisional')}]")
    summary = " · ".join([row.opd, tr(f"frekuensi.{row.frequency}"), row.unit])
    return " ".join([f"**{row.kode}** · {components.plain(components.localized(row, 'name'))}", *badges,
                     f":gray[{components.plain(summary)}]"])


def _details(row, targets: pd.DataFrame) -> None:
    language = lang()
    st.markdown(components.plain(getattr(row, f"definition_{language}")))
    formula = getattr(row, f"formula_{language}")
    st.markdown(f"**{tr('kolom.formula')}:** `{formula.replace('`', '')}`")
    program = getattr(row, f"program_{language}")
    fields = [
        (tr("kolom.unit"), row.unit),
        (tr("kolom.direction"), tr(f"arah.{row.direction}")),
        (tr("kolom.frequency"), tr(f"frekuensi.{row.frequency}")),
        (tr("katalog.aggregation"), tr(f"agregasi.{row.aggregation}")),
        (tr("katalog.level"), tr(f"katalog.level_{row.level}")),
        (tr("kolom.dimension"), f"{getattr(row, f'dimension_{language}')} · {getattr(row, f'element_{language}')}"),
        (tr("kolom.program"), program if isinstance(program, str) else formatting.MISSING),
        (tr("kolom.opd"), f"{row.opd} ({getattr(row, f'opd_name_{language}')})"),
        (tr("kolom.source"), row.source),
        (tr("katalog.access"), tr("katalog.public") if row.public else tr("katalog.internal")),
        (tr("katalog.baseline"), _baseline(row)),
    ]
    left, right = st.columns(2)
    for position, (label, value) in enumerate(fields):
        (left if position % 2 == 0 else right).markdown(f"**{label}:** {components.plain(value)}")
    if row.provisional:
        st.warning(tr("katalog.provisional_note"), icon=":material/edit_note:")
    if targets.empty:
        st.caption(tr("katalog.no_targets"))
        return
    st.markdown(f"**{tr('katalog.targets')}**")
    st.dataframe(pd.DataFrame([[formatting.with_unit(value, row.unit, language) for value in targets["target"]]],
                              columns=[str(year) for year in targets["tahun"]]),
                 hide_index=True, key=f"katalog_targets_{row.kode}")


def _baseline(row) -> str:
    if pd.isna(row.baseline_year):
        return formatting.MISSING
    year = str(int(row.baseline_year))
    if pd.isna(row.baseline_value):
        return tr("katalog.baseline_mean", year=year)
    return f"{formatting.with_unit(row.baseline_value, row.unit, lang())} ({year})"


def _export(found: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    """The shown indicators' metadata with one column per target year (raw values)."""
    wide = targets.pivot(index="kode_indikator", columns="tahun", values="target")
    wide.columns = [tr("katalog.target_year", year=str(year)) for year in wide.columns]
    return exports.indicator_metadata(found).join(wide, on=tr("kolom.code"))
