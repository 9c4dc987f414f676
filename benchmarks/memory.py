"""Measurement 4 — memory: resident memory (``/proc``) of the app process after rendering ``ringkasan``
vs the pandas alternative holding its data.

No process of its own: the numbers come from the processes that already did the work.
``app_render`` reads its RSS after importing the app's libraries and after the AppTest renders;
``page_data``'s pandas process reads its RSS after importing the same libraries, after loading
the raw requests and published tables into DataFrames and computing both pages, and its peak.
The app holds a read-only DuckDB connection and cached query results, so its memory should not
follow the request count; the pandas process holds every request.
"""

from __future__ import annotations


def combine(requests: int, render: dict, page_data: dict) -> dict:
    if "error" in render or "error" in page_data:
        return {"requests": requests, "error": render.get("error") or page_data.get("error")}
    return {"requests": requests, "app": render["memory"], "pandas": page_data["pandas"]["memory"]}
