"""The app's pages and their UI helpers. Each page module exposes ``render()``; nothing renders at import.

Why this folder is not named ``pages/``: Streamlit 1.67 still runs files from a
``pages/`` folder beside the entry script directly (its older multipage mode) for
sessions that start before any session has called ``st.navigation``. On a freshly
started server a visitor opening ``/ringkasan`` would get ``pages/ringkasan.py``
without ``app.py`` and its role check, and the first deep link to a registered
page (the public embed URL) showed "Page not found". We reproduced both; with
the modules here, only ``app.py`` decides what runs.
"""
