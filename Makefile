# Two commands matter: `make run` (dashboard on http://localhost:8501) and `make test`.
SHELL := /bin/bash
PORT ?= 8501
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
# Tests read real reference geography; CI and the team keep it beside the project.
TEST_REFERENCE ?= $(abspath ../shared/reference)

.PHONY: run build test test-fast bench browser-deps clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUNTIME): requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(DEV): requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(RUNTIME)

# No SERANG_REFERENCE_DIR and no data/reference yet: download the public reference first
# (offline this stops with one message naming SERANG_REFERENCE_DIR and `reference download --source`).
build: $(RUNTIME)
	$(PY) -m pipelines reference download --if-missing
	$(PY) -m pipelines build --if-stale

run: build
	$(PY) -m streamlit run app.py --server.port $(PORT)

# Debian's Chromium for the browser tests (no browser download); skipped when not root.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; } || true

# Unit and AppTest layers on both cores, then the browser layer on its own (each browser test
# starts Streamlit and Chromium; running them side by side only makes them slower and flakier).
test: $(DEV) browser-deps
	SERANG_REFERENCE_DIR=$${SERANG_REFERENCE_DIR:-$(TEST_REFERENCE)} $(PY) -m pytest -n 2 -m "not browser"
	SERANG_REFERENCE_DIR=$${SERANG_REFERENCE_DIR:-$(TEST_REFERENCE)} $(PY) -m pytest -m browser

test-fast: $(DEV)
	SERANG_REFERENCE_DIR=$${SERANG_REFERENCE_DIR:-$(TEST_REFERENCE)} $(PY) -m pytest -n 2 -m "not browser"

# Speed, size and memory against the obvious alternatives ("Benchmarks" in README.md); not part of
# `make test` or CI. Under 15 minutes on 2 cores; writes benchmarks/results/<date>.md.
bench: $(DEV) browser-deps
	SERANG_REFERENCE_DIR=$${SERANG_REFERENCE_DIR:-$(TEST_REFERENCE)} $(PY) -m benchmarks

clean:
	rm -rf $(VENV) data/warehouse data/snapshots
