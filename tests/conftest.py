"""Shared fixtures: the real reference folder and one warehouse built from it for the session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support import ACCOUNTS, AS_OF, END_MONTH, PASSWORD, REPO_ROOT


def _real_reference() -> Path:
    folder = Path(os.environ.get("SERANG_REFERENCE_DIR") or REPO_ROOT.parent / "shared" / "reference")
    if not (folder / "serang_desa.csv").is_file():
        pytest.fail(f"Real reference folder not found at {folder}: set SERANG_REFERENCE_DIR (see README).")
    return folder.resolve()


@pytest.fixture(scope="session")
def real_reference() -> Path:
    return _real_reference()


@pytest.fixture(scope="session")
def built(tmp_path_factory, real_reference):
    """A warehouse built once from the real reference folder, end month 2026-11, judged on 2026-12-03."""
    from pipelines import settings
    from pipelines.build import build

    data_dir = tmp_path_factory.mktemp("data")
    saved = {key: os.environ.get(key) for key in ("SERANG_DATA_DIR", "SERANG_REFERENCE_DIR")}
    os.environ["SERANG_DATA_DIR"] = str(data_dir)
    os.environ["SERANG_REFERENCE_DIR"] = str(real_reference)
    try:
        result = build(end_month=END_MONTH, as_of=AS_OF)
        yield result, settings.paths()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture()
def snapshot_con(built):
    from pipelines import db

    result, _ = built
    con = db.read_only(result.snapshot)
    yield con
    con.close()


@pytest.fixture(scope="session")
def reference_data(built):
    """What ingest validates against, read from the built snapshot (for tests that do not write)."""
    from pipelines import db
    from pipelines.ingest.reference import ReferenceData

    result, _ = built
    con = db.read_only(result.snapshot)
    try:
        return ReferenceData.from_connection(con)
    finally:
        con.close()


@pytest.fixture()
def warehouse(built, tmp_path, monkeypatch):
    """A private copy of the built data directory, so tests that ingest never change `built`."""
    import shutil

    from pipelines import db, settings

    _, layout = built
    current = db.current_snapshot(layout)  # not necessarily the first: test_publish rebuilds `built`
    copy = settings.DataPaths(tmp_path / "data")
    copy.warehouse.parent.mkdir(parents=True)
    copy.snapshots.mkdir(parents=True)
    shutil.copy2(layout.warehouse, copy.warehouse)
    shutil.copy2(current.path, copy.snapshots / current.path.name)
    shutil.copy2(layout.current_pointer, copy.current_pointer)
    monkeypatch.setenv("SERANG_DATA_DIR", str(copy.root))
    return copy


@pytest.fixture(scope="session")
def users_file(built, tmp_path_factory):
    """A users file with one account per role in ``support.ACCOUNTS`` (password ``support.PASSWORD``)."""
    from pipelines.users import Account, hash_password, save_accounts

    path = tmp_path_factory.mktemp("users") / "users.toml"
    password = hash_password(PASSWORD)
    save_accounts({mail: Account(mail, role, opd, password) for mail, role, opd in ACCOUNTS.values()}, path)
    saved = os.environ.get("SERANG_USERS_FILE")
    os.environ["SERANG_USERS_FILE"] = str(path)
    yield path
    if saved is None:
        os.environ.pop("SERANG_USERS_FILE", None)
    else:
        os.environ["SERANG_USERS_FILE"] = saved


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright (skips, or fails under SERANG_REQUIRE_BROWSER, without it)."""
    from browser_support import CHROMIUM, CHROMIUM_ARGS, Browser, require_chromium

    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield Browser(playwright, chromium)
        chromium.close()


@pytest.fixture(scope="session")
def app_env(built, users_file, real_reference):
    _, layout = built
    return {"SERANG_DATA_DIR": str(layout.root), "SERANG_REFERENCE_DIR": str(real_reference),
            "SERANG_USERS_FILE": str(users_file)}


@pytest.fixture(scope="session")
def server(app_env, tmp_path_factory, browser):
    """One app server for the browser tests that do not need a fresh one."""
    from browser_support import streamlit_server

    with streamlit_server(app_env, tmp_path_factory.mktemp("server")) as running:
        yield running
