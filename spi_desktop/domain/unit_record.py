"""An OPD's registry record and the checks it must pass before it is stored."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spi_desktop.domain.validators import check_nip, normalise_email, normalise_phone
from spi_desktop.domain.visible import visible_text

FIELD_LABELS: dict[str, str] = {
    "code": "Kode",
    "name": "Nama OPD",
    "short_name": "Singkatan",
    "aliases": "Nama Lain",
    "head_name": "Nama Kepala",
    "head_nip": "NIP Kepala",
    "head_position": "Jabatan Kepala",
    "pic_name": "Nama PIC",
    "pic_phone": "No. HP PIC",
    "pic_email": "Email PIC",
}


OPTIONAL_CHECKED = ("head_nip", "pic_phone", "pic_email")  # checked values an OPD can do without

MAX_LENGTHS: dict[str, int] = {
    "code": 32, "name": 255, "short_name": 100, "head_name": 255, "head_position": 255,
    "pic_name": 255, "pic_email": 255,
}


@dataclass
class UnitRecord:
    """The editable fields of an OPD."""

    code: str
    name: str
    short_name: str | None = None
    aliases: list[str] = field(default_factory=list)
    head_name: str | None = None
    head_nip: str | None = None
    head_position: str | None = None
    pic_name: str | None = None
    pic_phone: str | None = None
    pic_email: str | None = None


def record_from_texts(values: dict[str, str]) -> UnitRecord:
    """A record from text fields keyed like ``FIELD_LABELS`` (a form or a file row); aliases split on ';'."""
    return UnitRecord(
        code=values.get("code", ""),
        name=values.get("name", ""),
        short_name=values.get("short_name"),
        aliases=split_aliases(values.get("aliases")),
        head_name=values.get("head_name"),
        head_nip=values.get("head_nip"),
        head_position=values.get("head_position"),
        pic_name=values.get("pic_name"),
        pic_phone=values.get("pic_phone"),
        pic_email=values.get("pic_email"),
    )


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one field of a record. A contact or NIP that does not pass is ``optional``: a file
    import keeps the OPD without that value (with a warning) instead of losing the whole unit."""

    field: str
    message: str

    @property
    def optional(self) -> bool:
        """Whether the OPD can be kept without this field's value."""
        return self.field in OPTIONAL_CHECKED


def split_aliases(text: str | None) -> list[str]:
    """'Disdik; Dikpora | Dinas Dikbud' -> ['Disdik', 'Dikpora', 'Dinas Dikbud']."""
    if not text:
        return []
    parts = (" ".join(part.split()) for part in re.split(r"[;|\n]", visible_text(text)))
    unique: list[str] = []
    for part in parts:
        if part and part not in unique:
            unique.append(part)
    return unique


def _text(value: str | None) -> str | None:
    cleaned = " ".join(visible_text(value or "").split())
    return cleaned or None


def clean_unit(record: UnitRecord) -> tuple[UnitRecord, list[FieldProblem]]:
    """Normalise a record (trim, upper-case the code, E.164 phone, lower-case email) and list problems."""
    problems: list[FieldProblem] = []
    code = " ".join(visible_text(record.code).split()).upper()
    if not code:
        problems.append(FieldProblem("code", "Kode OPD wajib diisi"))
    name = _text(record.name)
    if not name:
        problems.append(FieldProblem("name", "Nama OPD wajib diisi"))
    nip = _text(record.head_nip)
    if nip:
        result = check_nip(nip)
        problems.extend(FieldProblem("head_nip", message) for message in result.problems)
        nip = result.value
    phone = _text(record.pic_phone)
    if phone:
        phone_result = normalise_phone(phone)
        problems.extend(FieldProblem("pic_phone", message) for message in phone_result.problems)
        phone = phone_result.value or phone
    email = _text(record.pic_email)
    if email:
        email_result = normalise_email(email)
        problems.extend(FieldProblem("pic_email", message) for message in email_result.problems)
        email = email_result.value or email
    for key, limit in MAX_LENGTHS.items():
        value = code if key == "code" else getattr(record, key)
        if value and len(" ".join(value.split())) > limit:
            problems.append(FieldProblem(key, f"{FIELD_LABELS[key]} paling panjang {limit} karakter"))
    cleaned = replace(
        record,
        code=code,
        name=name or "",
        short_name=_text(record.short_name),
        aliases=[a for a in (" ".join(x.split()) for x in record.aliases) if a],
        head_name=_text(record.head_name),
        head_nip=nip,
        head_position=_text(record.head_position),
        pic_name=_text(record.pic_name),
        pic_phone=phone,
        pic_email=email,
    )
    return cleaned, problems
