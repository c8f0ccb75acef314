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
        return _current(database, database.actor)
    if accounts_exist(database):
        raise SignInRequired("Ruang kerja ini memakai akun pengguna: masuk dulu dengan nama dan kata sandi")
    return local_actor()


def _current(database: Database, actor: Actor) -> Actor:
    """The signed-in actor with the role the account has now: an Admin's change (a demotion, a disabled
    account) takes effect at the user's next action, not at their next sign-in."""
    if actor.account_id is None:
        return actor
    with database.Session() as session:
        row = session.execute(select(UserAccount.role, UserAccount.active)
                              .where(UserAccount.id == actor.account_id)).one_or_none()
    if row is None or not row.active:
        database.actor = None
        raise SignInRequired(f"Akun {actor.name} tidak aktif lagi; masuk dengan akun lain")
    if row.role != actor.role.value:
        actor = Actor(actor.name, Role(row.role), actor.account_id)
        database.actor = actor
    return actor


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
