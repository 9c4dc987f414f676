"""The app server killed in the middle of an upload: what the clerk sees, and how sending the file again ends it.

A hook (``sitecustomize`` on the server's ``PYTHONPATH``, test-only) stops the server's ingest after
the commit, before the snapshot is published; the test kills the server there with SIGKILL,
starts it again on the same port, and follows the clerk in the same browser tab.
"""

import os
import signal
import textwrap
import time

import pytest

from browser_support import (_free_port, choose_tonase, exceptions_on, go_to, log_in, screenshot, streamlit_server,
                             wait_for_app)
from support import REPO_ROOT
from upload_support import OCTOBER

pytestmark = pytest.mark.browser

HOOK = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, os.environ["SERANG_REPO"])
    from pipelines import db

    def _pause(*args, **kwargs):
        open(os.environ["SERANG_PAUSE_MARKER"], "w").close()
        time.sleep(600)

    db.publish = _pause  # committed, not yet published: the case a re-sent file must finish
""")


def test_server_killed_mid_upload_then_the_file_is_sent_again(warehouse, app_env, browser, tmp_path):
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(HOOK)
    marker = tmp_path / "paused"
    port = _free_port()
    env = {**app_env, "SERANG_DATA_DIR": str(warehouse.root)}
    hooked = {**env, "PYTHONPATH": str(hooks), "SERANG_REPO": str(REPO_ROOT), "SERANG_PAUSE_MARKER": str(marker)}
    with streamlit_server(hooked, hooks, port) as first:
        clerk = browser.page()
        log_in(clerk, first, "opd_dlh")
        go_to(clerk, "Unggah Data")
        choose_tonase(clerk)
        clerk.locator('input[type="file"]').set_input_files(
            files=[{"name": "tonase_oktober_2026.csv", "mimeType": "text/csv", "buffer": OCTOBER}])
        clerk.get_by_role("button", name="Muat 2 baris").click()
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert time.monotonic() < deadline, "the upload never reached the publish step"
            time.sleep(0.1)
        clerk.get_by_text("Menghitung ulang indikator (4/5)").wait_for(timeout=30_000)
        screenshot(clerk, "upload-crash-1-during")

        os.kill(first.process.pid, signal.SIGKILL)
        first.process.wait(30)
        clerk.get_by_text("Connecting").or_(clerk.get_by_text("Connection error")).first.wait_for(timeout=60_000)
        screenshot(clerk, "upload-crash-2-server-gone")

    # The server comes back (an operator or systemd restarts it); the tab reconnects on its own.
    with streamlit_server(env, tmp_path, port) as second:
        clerk.get_by_text("Masuk petugas").wait_for(timeout=90_000)  # a new session: logged out
        wait_for_app(clerk)
        assert not exceptions_on(clerk)
        screenshot(clerk, "upload-crash-3-reconnected")

        log_in(clerk, second, "opd_dlh")
        go_to(clerk, "Unggah Data")
        choose_tonase(clerk)
        assert clerk.get_by_text("Belum ada berkas yang dimuat untuk dataset ini.").is_visible()  # nothing shown
        clerk.locator('input[type="file"]').set_input_files(
            files=[{"name": "tonase_oktober_2026.csv", "mimeType": "text/csv", "buffer": OCTOBER}])
        clerk.get_by_role("button", name="Muat 2 baris").click()
        clerk.get_by_text("sudah tersimpan oleh unggahan sebelumnya yang terputus").wait_for(timeout=120_000)
        wait_for_app(clerk)
        assert not exceptions_on(clerk)
        screenshot(clerk, "upload-crash-4-sent-again")
        clerk.context.close()
