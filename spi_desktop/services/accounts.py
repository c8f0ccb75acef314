"""User accounts: create the first Admin, add and change users, sign in with lock-out after repeated failures."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from spi_desktop.db.models import UserAccount
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.moments import format_clock
from spi_desktop.domain.passwords import hash_password, password_problems, verify_password
from spi_desktop.domain.roles import Actor, Permission, Role, parse_role
from spi_desktop.services import audit
from spi_desktop.services.access import accounts_exist, require

MAX_FAILURES = 5
LOCK_MINUTES = 15
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
WRONG = "Nama pengguna atau kata sandi salah"
UNKNOWN_NAME = "(nama tidak dikenal)"
_DUMMY_HASH = hash_password("tidak-ada-akun-ini")  # unknown names cost the same scrypt work as known ones


class SignInRefused(InputError):
    """Wrong name or password, a locked or a disabled account: nobody was signed in."""


@dataclass(frozen=True)
class AccountInfo:
    """An account as the users page lists it (never the hash)."""

    id: int
    name: str
    full_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None


def _info(account: UserAccount) -> AccountInfo:
    return AccountInfo(account.id, account.name, account.full_name, Role(account.role), account.active,
                       account.locked_until, account.last_login_at)


def _now() -> dt.datetime:
    return audit.utc_now()


def check_name(name: str) -> str:
    """The user name folded to lower case; InputError when it has spaces or odd characters."""
    folded = name.strip().lower()
    if not NAME_PATTERN.match(folded):
        raise InputError(f"Nama pengguna '{name}' tidak sah: 2–32 huruf kecil, angka, titik, garis bawah "
                         "atau tanda hubung, tanpa spasi")
    return folded


def _check_password(password: str, name: str) -> None:
    problems = password_problems(password, name)
    if problems:
        raise InputError("; ".join(problems))


def list_accounts(database: Database) -> list[AccountInfo]:
    """Every account, by name."""
    require(database, Permission.USERS)
    with database.Session() as session:
        return [_info(a) for a in session.scalars(select(UserAccount).order_by(UserAccount.name))]


def create_account(database: Database, name: str, password: str, role: Role | str,
                   full_name: str = "") -> AccountInfo:
    """Add an account. The first one must be an Admin and may be created by the workspace's local user;
    later ones need the Users permission."""
    role = role if isinstance(role, Role) else parse_role(role)
    first = not accounts_exist(database)
    actor = require(database, Permission.USERS)
    if first and role is not Role.ADMIN:
        raise InputError("Akun pertama harus berperan Admin, agar ada yang dapat mengelola pengguna")
    folded = check_name(name)
    _check_password(password, folded)
    with database.Session.begin() as session:
        if session.scalar(select(UserAccount.id).where(UserAccount.name == folded)) is not None:
            raise InputError(f"Nama pengguna '{folded}' sudah dipakai")
        account = UserAccount(name=folded, full_name=full_name.strip(), role=role.value,
                              password_hash=hash_password(password), active=True, failed_logins=0)
        session.add(account)
        session.flush()
        audit.record(session, actor, "users", "pengguna", f"Akun {folded} dibuat ({role.label})",
                     new={"name": folded, "full_name": account.full_name, "role": role.value})
        info = _info(account)
    if first and database.actor is None:
        database.actor = Actor(info.name, info.role, info.id)  # who made the first Admin is that Admin
    return info


def _account(session: Session, name: str) -> UserAccount:
    account = session.scalar(select(UserAccount).where(UserAccount.name == name.strip().lower()))
    if account is None:
        raise NotFoundError(f"Pengguna '{name}' tidak ada")
    return account


def _active_admins(session: Session, except_id: int) -> int:
    return session.scalar(select(func.count(UserAccount.id)).where(
        UserAccount.role == Role.ADMIN.value, UserAccount.active.is_(True), UserAccount.id != except_id)) or 0


def update_account(database: Database, name: str, role: Role | str | None = None, active: bool | None = None,
                   full_name: str | None = None) -> AccountInfo:
    """Change an account's role, full name or whether it may sign in; the last active Admin stays one."""
    actor = require(database, Permission.USERS)
    new_role = None if role is None else role if isinstance(role, Role) else parse_role(role)
    with database.Session.begin() as session:
        account = _account(session, name)
        old = {"role": account.role, "active": account.active, "full_name": account.full_name}
        demoted = (new_role is not None and new_role is not Role.ADMIN) or active is False
        if account.role == Role.ADMIN.value and demoted and _active_admins(session, account.id) == 0:
            raise InputError("Harus tetap ada satu Admin aktif; jadikan pengguna lain Admin dulu")
        if new_role is not None:
            account.role = new_role.value
        if active is not None:
            account.active = active
            if active:
                account.failed_logins, account.locked_until = 0, None
        if full_name is not None:
            account.full_name = full_name.strip()
        new = {"role": account.role, "active": account.active, "full_name": account.full_name}
        before, after = audit.changed(old, new)
        audit.record(session, actor, "users", "pengguna", f"Akun {account.name} diubah", old=before, new=after)
        return _info(account)


def set_password(database: Database, name: str, password: str, current: str | None = None) -> None:
    """Set a new password: an Admin for anybody; a user for themselves when ``current`` is right."""
    actor = database.actor
    own = actor is not None and actor.name == name.strip().lower() and current is not None
    if not own:
        actor = require(database, Permission.USERS)
    assert actor is not None
    with database.Session.begin() as session:
        account = _account(session, name)
        if own and not verify_password(current or "", account.password_hash):
            raise SignInRefused("Kata sandi lama salah")
        _check_password(password, account.name)
        account.password_hash = hash_password(password)
        account.failed_logins, account.locked_until = 0, None
        audit.record(session, actor, "users", "pengguna", f"Kata sandi {account.name} diganti")


def sign_in(database: Database, name: str, password: str) -> Actor:
    """Check the name and password and make that user the database's actor.

    Five wrong passwords in a row lock the account for 15 minutes; every attempt is in the audit trail. A
    wrong password gets the same message (and the same scrypt work) whether or not the name exists, and a
    locked or disabled account says so only to the right password, so names cannot be probed."""
    folded = name.strip().lower()
    now = _now()
    actor: Actor | None = None
    message = WRONG
    with database.Session.begin() as session:
        account = session.scalar(select(UserAccount).where(UserAccount.name == folded))
        right = verify_password(password, account.password_hash if account else _DUMMY_HASH)
        if account is None:
            # A typed name that is no account may be a password typed in the wrong box: never stored.
            _refusal(session, UNKNOWN_NAME, "nama tidak dikenal")
        elif account.locked_until is not None and account.locked_until > now:
            _refusal(session, folded, "akun terkunci", account.role)
            message = (f"Akun {folded} terkunci sampai {_local_time(account.locked_until)}; coba lagi nanti"
                       if right else WRONG)
        elif not right:
            message = _count_failure(account, now)
            _refusal(session, folded, f"kata sandi salah{_lock_note(account, now)}", account.role)
        elif not account.active:
            _refusal(session, folded, "akun nonaktif", account.role)
            message = f"Akun {folded} dinonaktifkan; hubungi Admin"
        else:
            account.failed_logins, account.locked_until, account.last_login_at = 0, None, now
            actor = Actor(account.name, Role(account.role), account.id)
            audit.record(session, actor, "login", "masuk", f"{account.name} masuk", ok=True)
    if actor is not None:
        database.actor = actor  # only once the sign-in and its audit line are committed
        return actor
    raise SignInRefused(message)


def _count_failure(account: UserAccount, now: dt.datetime) -> str:
    account.failed_logins += 1
    if account.failed_logins < MAX_FAILURES:
        return WRONG
    account.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
    account.failed_logins = 0
    return (f"{WRONG}. Setelah {MAX_FAILURES} kali gagal, akun {account.name} dikunci sampai "
            f"{_local_time(account.locked_until)}")


def _lock_note(account: UserAccount, now: dt.datetime) -> str:
    if account.locked_until is not None and account.locked_until > now:
        return f" ({MAX_FAILURES}x), dikunci {LOCK_MINUTES} menit"
    return f" ({account.failed_logins}x)"


def _refusal(session: Session, name: str, reason: str, role: str = Role.VIEWER.value) -> None:
    audit.record(session, Actor(name, Role(role)), "login", "masuk", f"Gagal masuk: {reason}", ok=False)


def sign_out(database: Database) -> None:
    """Forget the signed-in user (audited)."""
    actor = database.actor
    if actor is not None:
        audit.record_now(database, actor, "logout", "masuk", f"{actor.name} keluar")
    database.actor = None


def _local_time(moment: dt.datetime) -> str:
    return format_clock(moment)
