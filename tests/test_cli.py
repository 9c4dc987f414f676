"""The CLI speaks Indonesian and never shows a traceback."""

import json
import os
import subprocess
import sys
import signal
import threading
import time

import pytest

from pipelines import cli
from pipelines.i18n import t
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


# --- user mistakes and Ctrl-C: a message and exit 2 / 130, never "unexpected error" -------------

@pytest.mark.parametrize("command", [["template", "titik_sampah"], ["export", "titik_sampah"], ["quarantine"]])
def test_output_that_is_a_folder_or_cannot_be_made(warehouse, tmp_path, capsys, command):
    folder = tmp_path / "keluaran.csv"
    folder.mkdir()
    assert cli.main([*command, "--out", str(folder)]) == 2
    assert capsys.readouterr().err == t("output.is_folder", file=str(folder)) + "\n"
    blocker = tmp_path / "berkas.txt"
    blocker.write_text("x")
    assert cli.main([*command, "--out", str(blocker / "t.csv")]) == 2
    assert capsys.readouterr().err == t("output.no_folder", folder=str(blocker)) + "\n"


@pytest.mark.parametrize("month", ["2026-13", "garbage", "2026-1", "2026-00"])
def test_bad_end_month_is_refused_before_loading(tmp_path, monkeypatch, capsys, month):
    monkeypatch.setenv("SERANG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SERANG_REFERENCE_DIR", str(tmp_path / "none"))  # would fail later if anything were loaded
    assert cli.main(["build", "--end-month", month]) == 2
    assert capsys.readouterr().err == t("build.bad_end_month", value=month) + "\n"


def test_ctrl_c_inside_a_duckdb_query_is_an_interruption(monkeypatch, capsys):
    import duckdb

    import pipelines.build

    def interrupted_by_duckdb(**_):  # DuckDB's own interrupt, as con.interrupt() raises it
        con = duckdb.connect()
        threading.Timer(0.2, con.interrupt).start()
        con.execute("SELECT count(*) FROM range(100000000000)").fetchall()

    def interrupted_by_signal(**_):  # what DuckDB raises when SIGINT arrives during a query (seen in errors.log)
        raise RuntimeError("Query interrupted")

    for fake in (interrupted_by_duckdb, interrupted_by_signal):
        monkeypatch.setattr(pipelines.build, "build", fake)
        assert cli.main(["build"]) == 130
        assert capsys.readouterr().err == t("cli.interrupted") + "\n"
    monkeypatch.setattr(pipelines.build, "build", lambda **_: (_ for _ in ()).throw(RuntimeError("other")))
    assert cli.main(["build"]) == 1  # any other RuntimeError is still a bug, reported as such


# From about 0.1 s: earlier the signal lands in the interpreter's own start-up (site, runpy), before any of our code.
@pytest.mark.parametrize("delay", [0.3, 0.6, 0.9, 1.2, 1.5, 2.0])
def test_ctrl_c_while_starting_up_prints_no_traceback(tmp_path, delay):
    env = {**os.environ, "SERANG_DATA_DIR": str(tmp_path)}
    process = subprocess.Popen([sys.executable, "-m", "pipelines", "status"], cwd=REPO_ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    if process.returncode == 2:  # finished before the signal (no snapshot yet): nothing to check at this delay
        assert "python -m pipelines build" in err
        return
    assert (process.returncode, err) == (130, t("cli.interrupted") + "\n"), err


# --- --json always prints one JSON object; argparse speaks Indonesian -----------------------------

def test_json_errors_print_one_object_on_stdout(tmp_path):
    env = {"SERANG_DATA_DIR": str(tmp_path)}
    status = run("status", "--json", env_extra=env)
    assert status.returncode == 2
    report = json.loads(status.stdout)
    assert (report["status"], report["error"], report["exit_code"]) == ("error", "db.no_snapshot", 2)
    assert report["message"] == status.stderr.strip()

    missing = run("ingest", str(tmp_path / "tidak-ada.csv"), "--dataset", "indikator", "--json", env_extra=env)
    assert (missing.returncode, json.loads(missing.stdout)) == (2, {
        "status": "error", "error": "ingest.missing_file", "message": missing.stderr.strip(), "exit_code": 2,
        "file": str(tmp_path / "tidak-ada.csv"), "dataset": "indikator"})
    some_file = tmp_path / "ada.csv"
    some_file.write_text("a,b\n1,2\n", encoding="utf-8")
    unknown = run("ingest", str(some_file), "--dataset", "sampah", "--json", env_extra=env)
    assert json.loads(unknown.stdout)["error"] == "dataset.unknown" and unknown.returncode == 2


def test_a_folder_given_as_file_is_called_a_folder(tmp_path):
    result = run("ingest", str(tmp_path), "--dataset", "indikator", "--json",
                 env_extra={"SERANG_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert result.stderr == t("ingest.file_is_folder", file=str(tmp_path)) + "\n"
    assert json.loads(result.stdout)["error"] == "ingest.file_is_folder"


@pytest.mark.parametrize("args, problem", [
    (["ingest", "x.csv"], "argumen wajib belum diisi: --dataset."),
    (["build", "--seed", "x"], "--seed: 'x' bukan bilangan bulat yang sah."),
    (["build", "--end-month"], "--end-month perlu satu nilai sesudahnya."),
    (["status", "--bogus"], "argumen tidak dikenal: --bogus. Periksa ejaan atau urutannya."),
    (["users", "add", "a@b.id", "--role", "raja"],
     "--role: pilihan 'raja' tidak ada; pilih salah satu dari 'publik', 'opd', 'eksekutif', 'admin'."),
])
def test_parser_errors_are_indonesian(capsys, args, problem):
    with pytest.raises(SystemExit) as exit:
        cli.main(args)
    assert exit.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("pemakaian: python -m pipelines")
    # unknown arguments are reported by the top-level parser, the others by the subcommand's
    prog = " ".join(["python -m pipelines", *args[:0 if args[0] == "status" else 2 if args[0] == "users" else 1]])
    assert err.endswith(f"{prog}: kesalahan: {problem}\nLihat `{prog} --help`.\n")
    assert "error" not in err and "usage" not in err


def test_parser_error_with_json_prints_one_object_too(tmp_path):
    result = run("ingest", "x.csv", "--json", env_extra={"SERANG_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert json.loads(result.stdout) == {"status": "error", "error": "usage", "exit_code": 2,
                                         "message": "argumen wajib belum diisi: --dataset."}
    assert "kesalahan: argumen wajib belum diisi: --dataset." in result.stderr
