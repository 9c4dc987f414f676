"""The obvious alternative to our public map, as a Streamlit script: one folium ``Marker`` with a popup per point.

Run only by ``map_page`` (``streamlit run benchmarks/naive_map_app.py``). It shows the same
points as ``/peta`` (the snapshot's waste points and desa wisata inside the regency, read with
the same named queries) through ``st_folium`` with the same minimal ``returned_objects``, and
loads Leaflet from the app's own server as ours does (with folium's CDN defaults the map would
never appear offline, and there would be nothing to time). Each marker gets its name as a
tooltip, not a popup: folium builds popups with jQuery, which is not served here, and a popup
per marker would cost more bytes and more Python time still, so this flatters the naive way.
Names are escaped as ours are. Everything else is folium's default: a Python object and a
script per point, no clustering.
"""

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import folium  # noqa: E402
import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402
from folium.template import Template  # noqa: E402
from streamlit_folium import st_folium  # noqa: E402

from views import data, maps  # noqa: E402

st.title("Peta: satu penanda folium per titik")  # a heading, so the page counts as drawn (as ours)
villages = data.query("peta_tourism_villages", kecamatan=None).assign(jenis="desa wisata")
waste = data.query("peta_waste_points", kecamatan=None)
points = maps.inside_region(pd.concat([villages, waste], ignore_index=True), maps.region())

folium_map = folium.Map(tiles=None)
folium_map.default_js, folium_map.default_css = maps.LEAFLET_JS, maps.LEAFLET_CSS
maps.register_assets()
# Leaflet guesses its marker images' folder from its stylesheet's URL and gets it wrong here: say it once.
icon_path = folium.MacroElement()
icon_path._template = Template("{% macro script(this, kwargs) %}L.Icon.Default.imagePath = "
                               f"'{maps.LEAFLET_JS[0][1].rsplit('/', 1)[0]}/images/';{{% endmacro %}}")
icon_path.add_to(folium_map)
for row in points.itertuples():
    folium.Marker([row.lintang, row.bujur], tooltip=f"{html.escape(row.nama)} · {html.escape(row.jenis)}").add_to(folium_map)
minx, miny, maxx, maxy = maps.region().bounds
folium_map.fit_bounds([[miny, minx], [maxy, maxx]])
st_folium(folium_map, key="naive_map", height=480, use_container_width=True, returned_objects=[])
