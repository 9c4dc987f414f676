"""Who may log in: ``SERANG_USERS_FILE`` (TOML) maps an e-mail to a role and, for ``opd``, an OPD.

    [users."kadis.dlh@serangkab.go.id"]
    role = "opd"
    opd = "DLH"
    password_hash = "$argon2id$..."   # local login only; absent for OIDC users

No account or password ships with the product. ``python -m pipelines users add`` creates
one (the first admin included); passwords are stored only as argon2 hashes. E-mails are checked
(``normalise_email``) and stored in lower case; the file is written by a TOML serializer, so no
value can break it for the other accounts.
"""

from __future__ import annotations

import getpass
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import tomli_w
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from pipelines import settings
from pipelines.errors import UserError

ROLES = ("publik", "opd", "eksekutif", "admin")
_HASHER = PasswordHasher()
# Deliberately stricter than RFC 5322: what agency and OIDC accounts use, nothing a file or a log could misread
# (no spaces, control characters, quotes or angle brackets).
_EMAIL = re.compile(r"[a-z0-9_%+-]+(\.[a-z0-9_%+-]+)*@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}")
EMAIL_MAX = 254


@dataclass(frozen=True)
class Account:
    email: str
    role: str
    opd: str | None = None
    password_hash: str | None = None


def load_accounts(path: Path | None = None) -> dict[str, Account]:
    """All accounts by lower-case e-mail; an absent file means nobody can log in locally."""
    path = path or settings.users_file()
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UserError("users.bad_file", path=str(path), detail=str(error)) from None
    accounts = {}
    for email, entry in (data.get("users") or {}).items():
        role = entry.get("role")
        if role not in ROLES:
            raise UserError("users.bad_role", path=str(path), email=email, role=role, allowed=", ".join(ROLES))
        if role == "opd" and not entry.get("opd"):
            raise UserError("users.missing_opd", path=str(path), email=email)
        accounts[email.lower()] = Account(email.lower(), role, entry.get("opd"), entry.get("password_hash"))
    return accounts


def save_accounts(accounts: dict[str, Account], path: Path | None = None) -> None:
    path = path or settings.users_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    users = {}
    for account in sorted(accounts.values(), key=lambda a: a.email):
        entry = {"role": account.role}
        if account.opd:
            entry["opd"] = account.opd
        if account.password_hash:
            entry["password_hash"] = account.password_hash
        users[account.email] = entry
    header = "# Akun Dasbor Smart City Kabupaten Serang. Kelola dengan `python -m pipelines users`.\n\n"
    temporary = path.with_suffix(".tmp")
    temporary.write_text(header + tomli_w.dumps({"users": users}), encoding="utf-8")
    temporary.chmod(0o600)
    temporary.replace(path)


def normalise_email(text: str) -> str:
    """The e-mail in lower case, or a ``UserError`` naming the value and the expected form."""
    email = text.strip().lower()
    if len(email) > EMAIL_MAX or not _EMAIL.fullmatch(email):
        shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:80])
        raise UserError("users.bad_email", email=shown)
    return email


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify(account: Account | None, password: str) -> bool:
    """True when the password matches; constant-ish time also for unknown accounts."""
    if account is None or not account.password_hash:
        _HASHER.hash(password)  # spend the same effort so timing does not reveal which e-mails exist
        return False
    try:
        return _HASHER.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# --- CLI -------------------------------------------------------------------

def register(commands) -> None:
    users = commands.add_parser("users", help="kelola akun (peran, OPD, kata sandi)")
    actions = users.add_subparsers(title="aksi")
    add = actions.add_parser("add", help="tambah atau ubah akun")
    add.add_argument("email")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--opd", help="nama singkat OPD di katalog (wajib untuk peran opd), mis. DLH")
    add.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari stdin")
    add.add_argument("--no-password", action="store_true", help="akun OIDC tanpa kata sandi lokal")
    add.set_defaults(handler=_add)
    remove = actions.add_parser("remove", help="hapus akun")
    remove.add_argument("email")
    remove.set_defaults(handler=_remove)
    listing = actions.add_parser("list", help="daftar akun")
    listing.set_defaults(handler=_list)


def _add(args) -> int:
    email = normalise_email(args.email)
    if args.role == "opd" and not args.opd:
        raise UserError("users.missing_opd", path=str(settings.users_file()), email=email)
    if args.opd:
        _check_opd(args.opd)
    password_hash = None
    if not args.no_password:
        password = _read_password(args.password_stdin)
        if len(password) < 10:
            raise UserError("users.weak_password")
        password_hash = hash_password(password)
    accounts = load_accounts()
    accounts[email] = Account(email, args.role, args.opd if args.role == "opd" else None, password_hash)
    save_accounts(accounts)
    print(f"Akun {email} disimpan ({args.role}{' · ' + args.opd if args.opd else ''}).")
    return 0


def _read_password(from_stdin: bool) -> str:
    """The new password from stdin (scripts) or typed at the terminal; nothing to read is a user error."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise UserError("users.no_password_input")
        return line.rstrip("\n")
    if not _has_terminal():  # getpass would print an English warning, then fail with EOFError
        raise UserError("users.no_password_input")
    try:
        return getpass.getpass("Kata sandi: ")
    except EOFError:
        raise UserError("users.no_password_input") from None


def _has_terminal() -> bool:
    try:
        with open("/dev/tty"):
            return True
    except OSError:
        return sys.stdin.isatty()


def _remove(args) -> int:
    accounts = load_accounts()
    if accounts.pop(args.email.strip().lower(), None) is None:
        raise UserError("users.unknown", email=args.email)
    save_accounts(accounts)
    print(f"Akun {args.email} dihapus.")
    return 0


def _list(args) -> int:
    for account in sorted(load_accounts().values(), key=lambda a: a.email):
        login = "kata sandi lokal" if account.password_hash else "OIDC"
        print(f"{account.email}\t{account.role}\t{account.opd or '-'}\t{login}")
    return 0


def _check_opd(opd: str) -> None:
    from pipelines.catalog import load_catalog

    known = set(load_catalog(settings.catalog_dir()).opd["id"])
    if opd not in known:
        raise UserError("users.unknown_opd", opd=opd, allowed=", ".join(sorted(known)))
