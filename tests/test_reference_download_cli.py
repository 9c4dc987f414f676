"""`python -m pipelines reference download` as a user runs it: exit codes, Indonesian messages, no
traceback, and nothing half-written. Offline: the mirror folder, or a file:// URL that does not exist."""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import REPO_ROOT


def cli(*args, data_dir, **env):
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("SERANG_REFERENCE_DIR", "SERANG_REFERENCE_SOURCE")}
    environment.update(SERANG_DATA_DIR=str(data_dir), **env)
    result = subprocess.run([sys.executable, "-m", "pipelines", "reference", "download", *args], cwd=REPO_ROOT,
                            env=environment, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def folder_bytes(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def error_lines(result):
    """What the user reads besides the progress lines ([1/6] …)."""
    return [line for line in result.stderr.splitlines() if line and not line.startswith("[")]


@pytest.fixture()
def mirror_copy(tmp_path, real_reference):
    folder = tmp_path / "mirror"
    shutil.copytree(real_reference / "source-format", folder)
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)  # the shared copy is read-only
    return folder


def test_download_from_a_mirror_folder_reports_counts(tmp_path, real_reference):
    data = tmp_path / "data"
    result = cli("--source", str(real_reference / "source-format"), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "29 kecamatan dan 326 desa" in result.stdout and "MIT" in result.stdout
    assert "[3/6] Mengambil batas desa" in result.stderr
    assert sorted(path.name for path in (data / "reference").iterdir()) == [
        "PROVENANCE.json", "serang_desa.csv", "serang_desa.geojson", "serang_kecamatan.csv",
        "serang_kecamatan_from_desa.geojson"]
    assert [path.name for path in data.iterdir()] == ["reference"]  # no staging folder left


def test_a_truncated_source_gives_the_message_and_writes_nothing(tmp_path, mirror_copy):
    desa_file = mirror_copy / "wilayah_boundaries/db/kel/36/wilayah_boundaries_kel_36.04.sql"
    desa_file.write_bytes(desa_file.read_bytes()[:700_000])
    data = tmp_path / "data"
    result = cli("--source", str(mirror_copy), data_dir=data)
    assert result.returncode == 2
    assert error_lines(result) == [
        "Berkas sumber wilayah_boundaries_kel_36.04.sql terpotong: berakhir di tengah pernyataan INSERT "
        "(baris 227). Unduh atau salin ulang berkas itu secara utuh. Tidak ada yang ditulis."]
    assert not (data / "reference").exists() and (not data.exists() or list(data.iterdir()) == [])


def test_a_malformed_source_leaves_the_current_reference_unchanged(tmp_path, mirror_copy, real_reference):
    data = tmp_path / "data"
    assert cli("--source", str(mirror_copy), data_dir=data).returncode == 0
    before = folder_bytes(data / "reference")
    codes_file = mirror_copy / "wilayah/db/wilayah.sql"
    text = codes_file.read_text(encoding="utf-8")
    codes_file.write_text(text.replace("('36.04.06.2002','Talaga Luhur'),", "('36.04.6.2002','Talaga Luhur'),"),
                          encoding="utf-8")
    result = cli("--source", str(mirror_copy), data_dir=data)
    assert result.returncode == 2
    [message] = error_lines(result)
    assert "wilayah.sql, baris 64, kode 36.04.6.2002, kolom kode" in message and "36.04.05.2001" in message
    assert folder_bytes(data / "reference") == before
    assert [path.name for path in data.iterdir()] == ["reference"]


def test_if_missing_offline_stops_with_one_message_naming_both_options(tmp_path):
    unreachable = (tmp_path / "offline-mirror").as_uri()
    result = cli("--if-missing", data_dir=tmp_path / "data", SERANG_REFERENCE_SOURCE=unreachable)
    assert result.returncode == 2
    [message] = error_lines(result)
    assert message.startswith("Data rujukan wilayah tidak dapat diunduh dari " + unreachable)
    assert "tetapkan SERANG_REFERENCE_DIR" in message
    assert "`.venv/bin/python -m pipelines reference download --source FOLDER`" in message
    assert not (tmp_path / "data" / "reference").exists()


def test_if_missing_does_nothing_when_a_reference_is_named_or_present(tmp_path, real_reference):
    unreachable = (tmp_path / "offline-mirror").as_uri()
    named = cli("--if-missing", data_dir=tmp_path / "data", SERANG_REFERENCE_SOURCE=unreachable,
                SERANG_REFERENCE_DIR=str(real_reference))
    assert (named.returncode, named.stdout, named.stderr) == (0, "", "")
    (tmp_path / "data" / "reference").mkdir(parents=True)
    present = cli("--if-missing", data_dir=tmp_path / "data", SERANG_REFERENCE_SOURCE=unreachable)
    assert (present.returncode, present.stdout, present.stderr) == (0, "", "")
    assert list((tmp_path / "data" / "reference").iterdir()) == []


def test_if_missing_downloads_from_the_configured_mirror(tmp_path, real_reference):
    data = tmp_path / "data"
    result = cli("--if-missing", data_dir=data, SERANG_REFERENCE_SOURCE=str(real_reference / "source-format"))
    assert result.returncode == 0, result.stderr
    assert "326 desa" in result.stdout and (data / "reference" / "serang_desa.geojson").is_file()


@pytest.mark.parametrize(("args", "expected"), [
    (("--region", "36.4"), "Kode wilayah «36.4» tidak sah: gunakan kode kabupaten/kota Kemendagri seperti 36.04."),
    (("--region", "36.01"), "--region 36.01 belum didukung"),
    (("--source", "/nonexistent/mirror"), "Folder sumber /nonexistent/mirror tidak ditemukan."),
])
def test_wrong_arguments_are_explained(tmp_path, args, expected):
    result = cli(*args, data_dir=tmp_path / "data")
    assert result.returncode == 2 and expected in result.stderr
    assert not (tmp_path / "data").exists()
