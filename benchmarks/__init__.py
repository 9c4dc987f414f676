"""Benchmarks: our way against the obvious alternatives, measured in one run (``make bench``).

Not tests: nothing here is collected by pytest (``testpaths = tests``) or run by CI, and a
slow or failed measurement never fails a build. Modules, one job each: ``harness`` (timing,
memory from /proc, one process per measurement), ``machine`` (facts printed first),
``prepare`` (inputs under ``benchmarks/work/``), one module per measurement (``ingest``,
``page_data``, ``app_render``, ``memory``, ``map_page``) with the alternatives they compare
against (``handmade_ingest``, ``pandas_pages``, ``naive_map_app``), and ``report`` (the tables,
saved as ``benchmarks/results/<date>.md``).
"""
