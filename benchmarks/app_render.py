"""Measurement 3 — app render: AppTest run time of ``ringkasan`` as the executive, cold and warm.

One new process per warehouse size. Cold: the first ``AppTest`` run of ``app.py`` opening
``ringkasan`` (modules imported beforehand, so this is the script run: connection, queries,
charts, tables — what a first visitor after a restart waits for on the server). Warm: further
runs, each a new AppTest session with the process's caches filled (``st.cache_data``), as the
next visitors get; median. The browser's own drawing is not in these numbers (``map_page``
measures a page in Chromium).

The same process reports its resident memory after importing the app's libraries and after the
renders, which ``memory.py`` compares with the pandas alternative.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks import harness, page_data, prepare
from pipelines import settings

PAGE = "ringkasan"


def render(data_dir: str, repetitions: int) -> dict:
    prepare.use(settings.DataPaths(Path(data_dir)))
    page_data.users_file()
    import plotly  # noqa: F401
    import support  # noqa: F401 - tests/support.py: open_app runs app.py as an account
    from streamlit.testing.v1 import AppTest  # noqa: F401

    import views.ringkasan  # noqa: F401 - imported before timing: a server imports once

    baseline = harness.rss_mb()
    cold, app = harness.timed(lambda: page_data.open_page(PAGE))
    if app.exception:
        raise RuntimeError(f"{PAGE}: {app.exception[0].value}")
    warm = harness.repeat(lambda: page_data.open_page(PAGE), repetitions)
    return {"cold": cold, "warm": harness.median(warm), "runs": repetitions, "headings": len(app.subheader),
            "memory": {"baseline_mb": baseline, "after_render_mb": harness.rss_mb(), "peak_mb": harness.peak_rss_mb()}}


def measure(layout: settings.DataPaths, repetitions: int) -> dict:
    return harness.in_subprocess("app_render:render", data_dir=str(layout.root), repetitions=repetitions)
