"""Role checks every guarded service makes first, so the GUI and the CLI obey the same rules.

A workspace with no accounts (one person on one PC) acts as its local user with the Admin role; once the
first account exists, somebody must sign in (``accounts.sign_in``) before anything is allowed.
"""

from __future__ import annotations

from sqlalchemy import select

from spi_desktop.db.models import UserAccount
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import PERMISSION_VERBS, ROLE_PERMISSIONS, Actor, Permission, Role
from spi_desktop.services.identity import current_user


class PermissionDenied(InputError):
    """The signed-in user's role does not allow the action; nothing was done."""


class SignInRequired(PermissionDenied):
    """The workspace has accounts and nobody has signed in."""


def accounts_exist(database: Database) -> bool:
    """Whether the workspace has any user account (and so needs a sign-in)."""
    with database.Session() as session:
        return session.scalar(select(UserAccount.id).limit(1)) is not None


def local_actor() -> Actor:
    """The single user of a workspace without accounts: the operating-system user, as Admin."""
    return Actor(name=current_user(), role=Role.ADMIN)


def acting(database: Database) -> Actor:
    """Who acts on ``database`` now; SignInRequired when it has accounts and nobody signed in."""
    if database.actor is not None:
        return database.actor
    if accounts_exist(database):
        raise SignInRequired("Ruang kerja ini memakai akun pengguna: masuk dulu dengan nama dan kata sandi")
    return local_actor()


def require(database: Database, permission: Permission) -> Actor:
    """The acting user when their role holds ``permission``; PermissionDenied (Indonesian) otherwise."""
    actor = acting(database)
    if not actor.may(permission):
        holders = " atau ".join(role.label for role in Role if permission in ROLE_PERMISSIONS[role])
        raise PermissionDenied(f"Peran {actor.role.label} ({actor.name}) tidak boleh "
                               f"{PERMISSION_VERBS[permission]}. Minta pengguna berperan {holders}.")
    return actor


def allowed(database: Database, permission: Permission) -> bool:
    """Whether the acting user may do ``permission`` (False when a sign-in is needed): for enabling buttons."""
    try:
        require(database, permission)
    except PermissionDenied:
        return False
    return True
