"""page.peta — the public map: desa wisata and waste points, boundaries, an optional indicator choropleth.

Anyone may open it, also embedded in the regency website (``/peta?embed=true``; the router
hides the navigation then). ``layer=`` (``desa-wisata``, ``sampah`` or a waste type such as
``bank-sampah``, comma-separated), ``kecamatan=36.04.05`` and ``indikator=SK-02`` open it
pre-filtered. Panning and zooming happen in the browser only: the map returns nothing to
Streamlit, so they never rerun this script. A list of the same places sits beside the map
(below it on phones) for screen readers and small screens.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from pipelines import formatting, settings
from pipelines.datasets import DATASETS
from views import components, data, maps, session

MAP_HEIGHT = 480
LIST_HEIGHT = 320
LIST_LIMIT = 200  # the list is for reading, not for 20,000 rows: narrow it with search or kecamatan
TOURISM = "desa-wisata"
WASTE_TYPES = {"tps": "TPS", "tps3r": "TPS3R", "bank-sampah": "bank sampah", "tpst": "TPST", "tpa": "TPA"}
LAYER_LABELS = {TOURISM: "map.layer_desa_wisata", "tps": "map.layer_tps", "tps3r": "map.layer_tps3r",
                "bank-sampah": "map.layer_bank_sampah", "tpst": "map.layer_tpst", "tpa": "map.layer_tpa"}
LAYER_ALIASES = {"sampah": tuple(WASTE_TYPES)}
# Desa wisata: light → dark green as the category advances; waste types: distinct hues, square symbols.
CATEGORY_KINDS = (("rintisan", "map.category_rintisan", "map.category_short_rintisan", "#9fd49a"),
                  ("berkembang", "map.category_berkembang", "map.category_short_berkembang", "#4daf4a"),
                  ("maju", "map.category_maju", "map.category_short_maju", "#1b7837"),
                  ("mandiri", "map.category_mandiri", "map.category_short_mandiri", "#00441b"))
WASTE_KINDS = (("TPS", "map.type_tps", "map.layer_tps", "#8c510a"),
               ("TPS3R", "map.type_tps3r", "map.layer_tps3r", "#e66101"),
               ("bank sampah", "map.type_bank_sampah", "map.layer_bank_sampah", "#5e3c99"),
               ("TPST", "map.type_tpst", "map.layer_tpst", "#d01c8b"),
               ("TPA", "map.type_tpa", "map.layer_tpa", "#4d4d4d"))
# Popup details, each shown only while datasets.py marks its column public.
DETAILS = (("desa_wisata", "pengelola", "map.detail_pengelola", "text"),
           ("desa_wisata", "kontak_publik", "map.detail_kontak", "text"),
           ("titik_sampah", "kapasitas_ton_per_hari", "map.detail_kapasitas", "number"),
           ("titik_sampah", "jadwal", "map.detail_jadwal", "text"),
           ("titik_sampah", "tahun_mulai", "map.detail_tahun_mulai", "year"),
           ("titik_sampah", "aktif", "map.detail_aktif", "yes_no"))
_LAYER_WIDGET, _KECAMATAN_WIDGET, _INDICATOR_WIDGET = "peta_layers", "peta_kecamatan", "peta_indicator"


def render() -> None:
    session.require("peta")
    lang, tiles = session.lang(), settings.map_tiles()
    kinds = _kinds()
    unit = session.tr("map.unit_ton_per_day")  # the only number detail: capacity per day
    details = [maps.Detail(column, session.tr(label), kind, unit if kind == "number" else "")
               for dataset, column, label, kind in DETAILS if DATASETS[dataset].column(column).public]

    header = st.container()  # filled once we know whether sample data is shown
    # Phones stack the columns: the map comes first, its controls and the list below it.
    map_column, side_column = st.columns([5, 2], gap="medium")
    with side_column:
        layers, kecamatan, search, show_kecamatan, show_desa, indicator = _controls()
    region = maps.region()
    points = _points(layers, kecamatan)
    located = maps.inside_region(points, region)
    inside = _matching(located, search)
    values = data.query("peta_indicator_values", indikator=indicator, bulan=session.period()) if indicator else None
    with header:
        demo = bool(inside["is_demo"].any()) or bool(values is not None and values["is_demo"].any())
        components.page_header(session.tr("page.peta"), session.tr("map.caption"), demo=demo)

    with map_column:
        spec = maps.MapSpec(inside, kinds, details, region, _opening_view(inside, kecamatan, search, region), tiles,
                            lang, boundaries=_boundaries(show_kecamatan, show_desa, kecamatan, indicator, tiles),
                            choropleth=_choropleth(indicator, values))
        maps.register_assets()
        st_folium(maps.build_map(spec), key="peta_map", height=MAP_HEIGHT, use_container_width=True,
                  returned_objects=[])
        st.caption(session.tr("map.shown", count=formatting.number(len(inside), lang=lang)))
        hidden = len(points) - len(located)
        if hidden:
            st.caption(session.tr("map.outside", count=formatting.number(hidden, lang=lang)))
        if values is not None:
            _indicator_caption(indicator, values)
    with side_column:
        _place_list(inside, kinds, layers, search, lang)


def _matching(points: pd.DataFrame, search: str) -> pd.DataFrame:
    """Points whose name or desa contains the search text (any case)."""
    if not search:
        return points
    needle = search.casefold()
    return points[points["nama"].str.casefold().str.contains(needle, regex=False)
                  | points["nama_desa"].str.casefold().str.contains(needle, regex=False)]


def _opening_view(points: pd.DataFrame, kecamatan: str | None, search: str, region) -> tuple:
    """Around the search results, else the chosen kecamatan, else the whole regency."""
    if search and len(points):
        return maps.point_bounds(points)
    if kecamatan:
        return maps.feature_bounds(maps.boundaries("kecamatan"), {kecamatan})
    return region.bounds


def _boundaries(show_kecamatan: bool, show_desa: bool, kecamatan: str | None, indicator: str | None,
                tiles: settings.MapTiles) -> list[maps.Boundaries]:
    drawn = []
    if show_desa:
        drawn.append(maps.Boundaries(maps.boundaries("desa", kecamatan), session.tr("map.boundary_desa"), 0.6,
                                     color="#8c959f"))
    if show_kecamatan or not tiles.url:  # without base tiles the kecamatan polygons are the land
        drawn.append(maps.Boundaries(maps.boundaries("kecamatan"), session.tr("map.boundary_kecamatan"), 1.6,
                                     fill=None if tiles.url or indicator else "#f6f8fa"))
    return drawn


def _kinds() -> list[maps.Kind]:
    tourism, waste = session.tr("map.layer_desa_wisata"), session.tr("map.group_sampah")
    return ([maps.Kind(f"wisata:{key}", session.tr(label), color, "circle", tourism, session.tr(short))
             for key, label, short, color in CATEGORY_KINDS]
            + [maps.Kind(f"sampah:{key}", session.tr(label), color, "square", waste, session.tr(short))
               for key, label, short, color in WASTE_KINDS])


def _controls() -> tuple[list[str], str | None, str, bool, bool, str | None]:
    """Layer pills, kecamatan, search, and a popover with boundaries and the indicator; seeded from the URL."""
    if _LAYER_WIDGET not in st.session_state:
        st.session_state[_LAYER_WIDGET] = _layers_from_url(st.query_params.get("layer"))
    layers = st.pills(session.tr("map.layers"), list(LAYER_LABELS), selection_mode="multi", key=_LAYER_WIDGET,
                      wrap=True, format_func=lambda key: session.tr(LAYER_LABELS[key]), on_change=_layers_to_url)
    names = data.query("kecamatan_list").set_index("kode")["nama"].to_dict()
    options = [None, *names]
    kecamatan = st.selectbox(
        session.tr("filter.kecamatan"), options, index=options.index(session.kecamatan()), key=_KECAMATAN_WIDGET,
        format_func=lambda code: session.tr("filter.all_kecamatan") if code is None else names[code],
        # The app's shared kecamatan filter: it follows the visitor to other pages and into the URL.
        on_change=session.share_filter, args=(_KECAMATAN_WIDGET, session.KECAMATAN_KEY, "kecamatan"))
    search = st.text_input(session.tr("map.search"), key="peta_search",
                           placeholder=session.tr("map.search_placeholder")).strip()
    with st.popover(session.tr("map.more_layers"), icon=":material/layers:", width="stretch"):
        show_kecamatan = st.checkbox(session.tr("map.boundary_kecamatan"), value=True, key="peta_batas_kecamatan")
        show_desa = st.checkbox(session.tr("map.boundary_desa"), value=False, key="peta_batas_desa")
        indicator = _indicator_picker()
    return list(layers or []), kecamatan, search, show_kecamatan, show_desa, indicator


def _layers_from_url(value: str | None) -> list[str]:
    if not value:
        return list(LAYER_LABELS)
    wanted = []
    for part in value.lower().split(","):
        for key in LAYER_ALIASES.get(part.strip(), (part.strip(),)):
            if key in LAYER_LABELS and key not in wanted:
                wanted.append(key)
    return wanted or list(LAYER_LABELS)


def _layers_to_url() -> None:
    """Keep the URL shareable: it opens with the layers the visitor chose (all, when none)."""
    chosen = st.session_state[_LAYER_WIDGET]
    if chosen and len(chosen) < len(LAYER_LABELS):
        st.query_params["layer"] = ",".join(chosen)
    else:
        st.query_params.pop("layer", None)


def _indicator_picker() -> str | None:
    choices = data.query("peta_indicators")
    names = dict(zip(choices["kode"], choices["name_en" if session.lang() == "en" else "name_id"]))
    options = [None, *names]
    if _INDICATOR_WIDGET not in st.session_state:
        wanted = st.query_params.get("indikator")
        st.session_state[_INDICATOR_WIDGET] = wanted if wanted in names else None
    return st.selectbox(session.tr("map.indicator"), options, key=_INDICATOR_WIDGET,
                        format_func=lambda code: session.tr("map.indicator_none") if code is None else names[code])


def _points(layers: list[str], kecamatan: str | None) -> pd.DataFrame:
    """The chosen layers' points in one frame with a ``kind`` column (``wisata:<kategori>``/``sampah:<jenis>``)."""
    frames = []
    if TOURISM in layers:
        villages = data.query("peta_tourism_villages", kecamatan=kecamatan)
        frames.append(villages.assign(kind="wisata:" + villages["kategori"]))
    types = [WASTE_TYPES[key] for key in layers if key in WASTE_TYPES]
    if types:
        waste = data.query("peta_waste_points", kecamatan=kecamatan)
        waste = waste[waste["jenis"].isin(types)]
        frames.append(waste.assign(kind="sampah:" + waste["jenis"]))
    if not frames:
        return data.query("peta_waste_points", kecamatan=kecamatan).head(0).assign(kind="")
    return pd.concat(frames, ignore_index=True)


def _indicator(code: str) -> pd.Series:
    return data.query("peta_indicators").set_index("kode").loc[code]


def _choropleth(indicator: str | None, values: pd.DataFrame | None) -> maps.Choropleth | None:
    if indicator is None or values is None or values.empty:
        return None
    row = _indicator(indicator)
    return maps.Choropleth(maps.boundaries("kecamatan"), dict(zip(values["kode"], values["nilai"])), row["unit"],
                           row["name_en"] if session.lang() == "en" else row["name_id"])


def _indicator_caption(indicator: str, values: pd.DataFrame) -> None:
    if values.empty:
        st.info(session.tr("map.indicator_empty"))
        return
    row, first = _indicator(indicator), values.iloc[0]
    st.caption(session.tr("map.indicator_caption", name=row["name_en" if session.lang() == "en" else "name_id"],
                          period=formatting.period(first["periode"], session.lang()),
                          source=components.source_label(first["source_kind"], first["sumber"])))


def _place_list(points: pd.DataFrame, kinds: list[maps.Kind], layers: list[str], search: str, lang: str) -> None:
    st.subheader(f"{session.tr('map.list_title')} ({formatting.number(len(points), lang=lang)})")
    if not layers:
        st.info(session.tr("map.no_layer"))
        return
    if points.empty:
        st.info(session.tr("map.no_match", query=search) if search else session.tr("common.no_data"))
        return
    if len(points) > LIST_LIMIT:
        st.caption(session.tr("map.list_truncated", shown=formatting.number(LIST_LIMIT, lang=lang),
                              total=formatting.number(len(points), lang=lang)))
    with st.container(height=LIST_HEIGHT, border=False):
        st.html(maps.list_html(points, kinds, lang, LIST_LIMIT))
