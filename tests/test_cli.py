"""The CLI speaks Indonesian and never shows a traceback."""

import json
import os
import subprocess
import sys

from support import REPO_ROOT


def run(*args, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "pipelines", *args], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_build_without_reference_folder_explains_what_to_do(tmp_path):
    result = run("build", env_extra={"SERANG_DATA_DIR": str(tmp_path), "SERANG_REFERENCE_DIR": str(tmp_path / "none")})
    assert result.returncode == 2
    assert "SERANG_REFERENCE_DIR" in result.stderr and "serang_kecamatan.csv" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_status_before_any_build(tmp_path):
    result = run("status", "--json", env_extra={"SERANG_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2 and "python -m pipelines build" in result.stderr
    assert "Traceback" not in result.stderr


def test_status_json_after_build(built):
    _, layout = built
    result = run("status", "--json", env_extra={"SERANG_DATA_DIR": str(layout.root)})
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert status["reference"] == {"kecamatan": 29, "desa": 326}
    assert status["snapshot"]["published_at"].endswith("+07:00")
