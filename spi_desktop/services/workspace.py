"""The workspace's home institution: create it (spi init), read it, edit it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select

from spi_desktop.db.models import Institution
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.institution import check_institution_type, check_size_group
from spi_desktop.domain.privacy import mask_value
from spi_desktop.domain.roles import Actor, Permission
from spi_desktop.domain.signature import Signature, default_place, default_title
from spi_desktop.domain.validators import check_nip
from spi_desktop.services import audit, settings_store
from spi_desktop.services.access import require
from spi_desktop.services.concurrency import check_version, reporting_conflicts, stamp

MAX_LOGO_BYTES = 2_000_000
MAX_SIGNATURE_TEXT = 120


@dataclass
class SignatureSettings:
    """The scorecards' signing place and signer's title as the workspace stored them; empty means the default
    derived from the institution (``signature_defaults``)."""

    place: str = ""
    title: str = ""


@dataclass
class WorkspaceInfo:
    """The home institution as plain data."""

    code: str
    name: str
    type: str
    size_group: str | None = None
    address: str | None = None
    inspector_name: str | None = None
    inspector_nip: str | None = None
    logo: bytes | None = None
    logo_filename: str | None = None


def clean_workspace(info: WorkspaceInfo) -> WorkspaceInfo:
    """The institution trimmed and normalised; ``InputError`` listing every problem."""
    problems: list[str] = []
    code = info.code.strip().upper()
    name = " ".join(info.name.split())
    if not code:
        problems.append("Kode instansi wajib diisi")
    elif len(code) > 32:
        problems.append("Kode instansi paling panjang 32 karakter")
    if len(name) > 255:
        problems.append("Nama instansi paling panjang 255 karakter")
    if not name:
        problems.append("Nama instansi wajib diisi")
    kind = info.type
    try:
        kind = check_institution_type(info.type)
    except ValueError as error:
        problems.append(str(error))
    size = info.size_group
    try:
        size = check_size_group(info.size_group)
    except ValueError as error:
        problems.append(str(error))
    nip = (info.inspector_nip or "").strip() or None
    if nip:
        result = check_nip(nip)
        problems.extend(result.problems)
        nip = result.value
    if info.logo is not None and len(info.logo) > MAX_LOGO_BYTES:
        problems.append("Logo terlalu besar (maksimal 2 MB)")
    if problems:
        raise InputError("Data instansi belum benar:\n- " + "\n- ".join(problems))
    return WorkspaceInfo(
        code=code,
        name=name,
        type=kind,
        size_group=size,
        address=(info.address or "").strip() or None,
        inspector_name=(info.inspector_name or "").strip() or None,
        inspector_nip=nip,
        logo=info.logo,
        logo_filename=info.logo_filename,
    )


def get_workspace(database: Database) -> WorkspaceInfo | None:
    """The home institution, or None when ``spi init`` has not been run yet."""
    with database.Session() as session:
        row = session.scalar(select(Institution).limit(1))
        if row is None:
            return None
        return WorkspaceInfo(
            code=row.code,
            name=row.name,
            type=row.type,
            size_group=row.size_group,
            address=row.address,
            inspector_name=row.inspector_name,
            inspector_nip=row.inspector_nip,
            logo=row.logo,
            logo_filename=row.logo_filename,
        )


def _audit_values(values: dict[str, Any]) -> dict[str, Any]:
    """The institution's fields as the audit trail keeps them: the logo by a short fingerprint, the NIP masked."""
    shown = dict(values)
    if "logo" in shown:
        shown["logo"] = hashlib.sha256(shown["logo"]).hexdigest()[:12] if shown["logo"] else None
    if "inspector_nip" in shown:
        shown["inspector_nip"] = mask_value("nip", shown["inspector_nip"])
    return shown


def signature_defaults(info: WorkspaceInfo | None) -> SignatureSettings:
    """The place and title a card is signed with when the workspace stored none: 'Sukamaju' and 'Inspektur
    Kabupaten Sukamaju' for Pemerintah Kabupaten Sukamaju."""
    if info is None:
        return SignatureSettings("", default_title("", ""))
    return SignatureSettings(default_place(info.name, info.type), default_title(info.name, info.type))


def get_signature_settings(database: Database) -> SignatureSettings:
    """The stored signing place and title (each empty when the default applies)."""
    value = settings_store.read(database, settings_store.SIGNATURE_KEY, {})
    value = value if isinstance(value, dict) else {}
    return SignatureSettings(str(value.get("place") or ""), str(value.get("title") or ""))


def card_signature(database: Database, info: WorkspaceInfo | None = None) -> Signature:
    """The signature block every card of the workspace carries: stored place and title, else the defaults;
    the signer's name and NIP from the institution's details."""
    info = info if info is not None else get_workspace(database)
    stored, defaults = get_signature_settings(database), signature_defaults(info)
    return Signature(place=stored.place or defaults.place, title=stored.title or defaults.title,
                     name=(info.inspector_name or "") if info else "", nip=(info.inspector_nip or "") if info else "")


def clean_signature(settings: SignatureSettings) -> SignatureSettings:
    """The place and title with their spaces tidied; ``InputError`` when one is too long for the card."""
    place, title = " ".join(settings.place.split()), " ".join(settings.title.split())
    problems = [f"{label} paling panjang {MAX_SIGNATURE_TEXT} karakter"
                for label, text in (("Tempat tanda tangan", place), ("Jabatan penanda tangan", title))
                if len(text) > MAX_SIGNATURE_TEXT]
    if problems:
        raise InputError("Data instansi belum benar:\n- " + "\n- ".join(problems))
    return SignatureSettings(place, title)


def workspace_version(database: Database) -> int:
    """The stored version of the institution's details, 0 before they are first saved."""
    row = _latest_institution(database)
    return 0 if row is None else row.version


def _latest_institution(database: Database) -> Institution | None:
    with database.Session() as session:
        return session.scalar(select(Institution).limit(1))


def save_workspace(database: Database, info: WorkspaceInfo, expected_version: int | None = None,
                   signature: SignatureSettings | None = None) -> WorkspaceInfo:
    """Create or update the home institution after validating it, and with ``signature`` the scorecards'
    signing place and title in the same transaction. Needs the Settings permission; one audit line with the
    old and new values. With ``expected_version`` a change saved by someone else meanwhile raises
    ``ConflictError``."""
    return _save(database, require(database, Permission.SETTINGS), info, expected_version, signature)


def _save(database: Database, actor: Actor, info: WorkspaceInfo, expected_version: int | None = None,
          signature: SignatureSettings | None = None) -> WorkspaceInfo:
    clean = clean_workspace(info)
    signing = None if signature is None else clean_signature(signature)
    what = "Data instansi"
    with reporting_conflicts(what, partial(_latest_institution, database)), database.Session() as session, \
            session.begin():
        row = session.scalar(select(Institution).limit(1))
        check_version(row, expected_version, what)
        old = None if row is None else {name: getattr(row, name) for name in vars(clean)}
        if row is None:
            row = Institution()
            session.add(row)
        for name, value in vars(clean).items():
            setattr(row, name, value)
        stamp(row, actor)
        before, after = audit.changed(old or {}, vars(clean))
        if signing is not None:
            stored = settings_store.get(session, settings_store.SIGNATURE_KEY, {})
            stored = stored if isinstance(stored, dict) else {}
            new_value = {"place": signing.place, "title": signing.title}
            if {"place": stored.get("place", ""), "title": stored.get("title", "")} != new_value:
                settings_store.put(session, settings_store.SIGNATURE_KEY, new_value)
                sign_old, sign_new = audit.changed({f"sign_{k}": stored.get(k, "") for k in new_value},
                                                   {f"sign_{k}": v for k, v in new_value.items()})
                before, after = {**before, **sign_old}, {**after, **sign_new}
        audit.record(session, actor, "settings", "instansi",
                     f"{'Isi' if old is None else 'Ubah'} data instansi {clean.code}",
                     old=None if old is None else _audit_values(before), new=_audit_values(after))
    return clean


def init_workspace(database: Database, code: str, name: str, type: str, *, signer_name: str | None = None,
                   signer_nip: str | None = None, sign_place: str | None = None,
                   signer_title: str | None = None) -> WorkspaceInfo:
    """``spi init``: set the home institution's code, name and type, keeping its other details (Settings
    permission); each signature detail given is set too ('' returns a place or title to its default)."""
    actor = require(database, Permission.SETTINGS)
    current = get_workspace(database) or WorkspaceInfo(code=code, name=name, type=type)
    current.code, current.name, current.type = code, name, type
    if signer_name is not None:
        current.inspector_name = signer_name
    if signer_nip is not None:
        current.inspector_nip = signer_nip
    signature = None
    if sign_place is not None or signer_title is not None:
        stored = get_signature_settings(database)
        signature = SignatureSettings(stored.place if sign_place is None else sign_place,
                                      stored.title if signer_title is None else signer_title)
    return _save(database, actor, current, signature=signature)


def read_logo(path: Path) -> tuple[bytes, str]:
    """Read a logo image file for the workspace; ``InputError`` when it cannot be used."""
    if path.suffix.lower() not in {".png", ".jpg", ".jpeg"}:
        raise InputError(f"Logo {path.name}: gunakan berkas PNG atau JPG")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"Logo {path} tidak dapat dibaca: {error.strerror}") from error
    if len(data) > MAX_LOGO_BYTES:
        raise InputError(f"Logo {path.name} terlalu besar (maksimal 2 MB)")
    return data, path.name
