"""Real-browser tests: start `streamlit run app.py`, drive Debian's Chromium with Playwright.

No browser download: Playwright launches /usr/bin/chromium. Every request to a host
other than the loopback address is blocked and recorded, so the app is tested as it
works offline. Waits use Streamlit's `data-test-script-state`, never fixed sleeps.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from support import PASSWORD, REPO_ROOT, email

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def require_chromium() -> None:
    if shutil.which("chromium") or Path(CHROMIUM).exists():
        return
    message = "Debian's Chromium is not installed (apt-get install chromium); `make test` installs it as root."
    if os.environ.get("SERANG_REQUIRE_BROWSER"):
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path


@contextmanager
def streamlit_server(env: dict[str, str], log_dir: Path, port: int | None = None,
                     script: Path = REPO_ROOT / "app.py"):
    """A fresh `streamlit run app.py` (or another script) on a free port (or ``port``); yields once
    /_stcore/health answers."""
    port = port or _free_port()
    log = log_dir / f"streamlit-{port}.log"
    handle = open(log, "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=REPO_ROOT, env={**os.environ, **env}, stdout=handle, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start; see {log}") from None
                time.sleep(0.2)
        yield Server(f"http://127.0.0.1:{port}", process, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        handle.close()


@dataclass
class Browser:
    """One Chromium for the session; `page()` opens a fresh context with network blocking."""

    playwright: object
    chromium: object
    blocked: list[str] = field(default_factory=list)

    def page(self, width: int = 1366, height: int = 768):
        context = self.chromium.new_context(viewport={"width": width, "height": height}, locale="id-ID",
                                            timezone_id="Asia/Jakarta")
        context.route("**/*", self._only_loopback)
        page = context.new_page()
        page.dialogs = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        return page

    def _only_loopback(self, route) -> None:
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1", "localhost") or route.request.url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()


def wait_for_app(page, timeout: float = 60_000) -> None:
    """Wait until the script run has finished and the page has drawn its title."""
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-test-script-state]');
            return app && app.getAttribute('data-test-script-state') === 'notRunning'
                && document.querySelector('[data-testid="stHeading"], [data-testid="stError"]');
        }""",
        timeout=timeout,
    )


def open_page(page, server: Server, path: str) -> None:
    page.goto(f"{server.url}/{path}")
    wait_for_app(page)


def log_in(page, server: Server, account: str) -> None:
    """Log in through the real local-login form in the sidebar."""
    open_page(page, server, "")
    page.get_by_text("Masuk petugas").click()
    page.get_by_label("E-mail").fill(email(account))
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_selector("text=Masuk sebagai", timeout=60_000)
    wait_for_app(page)


def go_to(page, title: str) -> None:
    """Follow a sidebar link. Local login lives in the browser session, so stay in the app
    (a full reload starts a new session; OIDC login keeps a cookie instead)."""
    page.locator('[data-testid="stSidebarNav"]').get_by_text(title, exact=True).click()
    page.wait_for_function(
        "(title) => [...document.querySelectorAll('h1')].some(h => h.innerText.trim() === title)", arg=title,
        timeout=60_000)
    wait_for_app(page)


def exceptions_on(page) -> list[str]:
    return page.locator('[data-testid="stException"]').all_inner_texts()


def screenshot(page, name: str) -> Path:
    """Full-page PNG in tests/artifacts/. Streamlit scrolls inside its main container, so the
    viewport is stretched to the content's height for the shot and restored afterwards."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    viewport = page.viewport_size
    height = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('[data-testid=\"stMain\"], body')].map(e => e.scrollHeight))")
    page.set_viewport_size({"width": viewport["width"], "height": max(viewport["height"], min(int(height), 12000))})
    page.wait_for_timeout(400)  # let charts re-layout to the new height
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(viewport)
    return path


# --- leadership pages (issue 4): screenshots once the charts and maps have drawn -----------

def whole_page_screenshot(page, name: str) -> Path:
    """``screenshot`` of a page with Plotly charts or maps, taken only once they have drawn."""
    wait_for_maps(page)
    return screenshot(page, name)


def wait_for_maps(page, timeout: float = 90_000) -> None:
    """Wait until every Plotly chart has been drawn and every MapLibre map has drawn its layers.

    Plotly is loaded lazily and WebGL maps draw after the script run ends, so "the app is not
    running" is not enough before looking at (or photographing) a map.
    """
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].every(chart => {
            const plot = chart.querySelector('.js-plotly-plot');
            if (!plot || !plot._fullLayout) return false;
            const subplot = plot._fullLayout.map && plot._fullLayout.map._subplot;
            return !subplot || (subplot.map.loaded() && subplot.map.areTilesLoaded() && !subplot.map.isMoving());
        })""",
        timeout=timeout,
    )


# --- upload page (issue 7) ----------------------------------------------------------------

def choose_tonase(page) -> None:
    """On Unggah Data, pick DLH's tonnage dataset and wait for its own file input (each dataset has its own)."""
    page.locator('[data-testid="stSelectbox"]').first.click()
    page.get_by_role("option", name="Tonase sampah per bulan · tonase_sampah").click()
    page.get_by_text("ton_terkumpul").first.wait_for(timeout=60_000)
    wait_for_app(page)
