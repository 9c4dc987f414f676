"""`users add`: e-mails are checked and lower-cased, users.toml stays readable, a missing password is explained."""

import os
import subprocess
import sys

import pytest

from conftest import REPO_ROOT
from pipelines.errors import UserError
from pipelines.i18n import t
from pipelines.users import Account, load_accounts, normalise_email, save_accounts

HOSTILE = 'evil@x.id"]\nrole = "admin"\n[users."z'


def run(*args, users, stdin=subprocess.DEVNULL, input=None):
    env = {**os.environ, "SERANG_USERS_FILE": str(users)}
    # A new session has no controlling terminal, so getpass cannot wait on /dev/tty.
    return subprocess.run([sys.executable, "-m", "pipelines", "users", *args], cwd=REPO_ROOT, env=env,
                          stdin=None if input is not None else stdin, input=input, capture_output=True, text=True,
                          timeout=120, start_new_session=True)


def test_add_rejects_an_email_that_would_break_the_file(tmp_path):
    users = tmp_path / "users.toml"
    assert run("add", "kadis@serangkab.go.id", "--role", "admin", "--no-password", users=users).returncode == 0
    result = run("add", HOSTILE, "--role", "opd", "--opd", "DLH", "--no-password", users=users)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == t("users.bad_email", email='evil@x.id"]\\nrole = "admin"\\n[users."z')
    assert list(load_accounts(users)) == ["kadis@serangkab.go.id"]  # file untouched and readable


@pytest.mark.parametrize("text", ["nama", "a b@x.id", "a@x", "<a@x.id>", "a'b@x.id", "a@x.id\nb", "a\t@x.id", "a@-x.id",
                                  "a..b@x.id", "a@x..id", "ä@x.id"])
def test_invalid_emails_are_rejected(text):
    with pytest.raises(UserError) as error:
        normalise_email(text)
    assert error.value.key == "users.bad_email"


def test_email_is_stored_in_lower_case(tmp_path):
    users = tmp_path / "users.toml"
    result = run("add", "  Kadis.DLH+uji@SerangKab.go.id ", "--role", "opd", "--opd", "DLH", "--no-password",
                 users=users)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Akun kadis.dlh+uji@serangkab.go.id disimpan (opd · DLH).\n"
    assert users.read_text(encoding="utf-8") == (
        "# Akun Dasbor Smart City Kabupaten Serang. Kelola dengan `python -m pipelines users`.\n\n"
        '[users."kadis.dlh+uji@serangkab.go.id"]\nrole = "opd"\nopd = "DLH"\n')


def test_saved_values_with_quotes_and_control_characters_load_back(tmp_path):
    path = tmp_path / "users.toml"
    odd = Account("a@x.id", "opd", 'D"L\nH\\\t\x00\x7f', "$argon2id$v=19$m=1,t=1,p=1$abc$def")
    save_accounts({odd.email: odd, "b@x.id": Account("b@x.id", "admin")}, path)
    assert load_accounts(path) == {"a@x.id": odd, "b@x.id": Account("b@x.id", "admin")}


def test_missing_password_points_to_password_stdin(tmp_path):
    users = tmp_path / "users.toml"
    for extra in ([], ["--password-stdin"]):
        result = run("add", "a@serangkab.go.id", "--role", "admin", *extra, users=users)
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip() == t("users.no_password_input")
        assert not users.exists()
    typed = run("add", "a@serangkab.go.id", "--role", "admin", "--password-stdin", users=users,
                input="rahasia-yang-panjang\n")
    assert typed.returncode == 0, typed.stderr
    assert load_accounts(users)["a@serangkab.go.id"].password_hash.startswith("$argon2id$")
