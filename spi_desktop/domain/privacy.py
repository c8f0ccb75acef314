"""How personal contact data is shown when it is not revealed."""

from __future__ import annotations

import re


def mask_phone(e164: str | None) -> str:
    """'+6281234567890' -> '0812****7890': enough to recognise, not enough to call."""
    if not e164:
        return ""
    national = "0" + e164[3:] if e164.startswith("+62") else e164
    if len(national) <= 8:
        return national[:2] + "*" * max(len(national) - 2, 0)
    return national[:4] + "*" * (len(national) - 8) + national[-4:]


def mask_email(email: str | None) -> str:
    """'sri.rahayu@contoh.go.id' -> 's*****@contoh.go.id' (the length of the name is not shown either)."""
    if not email or "@" not in email:
        return email or ""
    local, domain = email.split("@", 1)
    return local[:1] + "*****@" + domain


# A phone number as people type it (0812-3456-7890, +62 812 3456 7890, 62812…) or an e-mail address.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])(?:\+?62|0)[\s.-]?8(?:[\s.-]?\d){7,12}(?!\d)")
PERSONAL_FIELDS = frozenset({"phone", "email", "nip", "raw_phone", "respondent_name"})


_NIP = re.compile(r"(?<!\d)\d{18}(?!\d)")
EXAMPLE_EMAIL = "nama@domain.tld"  # the pattern messages quote: not anybody's address


def scrub_personal(text: str) -> str:
    """``text`` with every phone number, e-mail address and NIP in it masked: for audit lines, messages, logs."""
    text = _EMAIL.sub(lambda match: match.group() if match.group() == EXAMPLE_EMAIL else mask_email(match.group()),
                      text)
    text = _NIP.sub(lambda match: match.group()[:4] + "*" * 14, text)
    return _PHONE.sub(lambda match: _mask_typed_phone(match.group()), text)


def _mask_typed_phone(typed: str) -> str:
    digits = re.sub(r"\D", "", typed)
    return mask_phone("+" + digits if digits.startswith("62") else "+62" + digits[1:])


def mask_value(field: str, value: object) -> object:
    """A value as the audit trail keeps it: personal fields masked, phones and e-mails in any text masked."""
    if value is None or isinstance(value, bool | int | float):
        return value
    text = str(value)
    if field in {"phone", "raw_phone"}:
        return _mask_typed_phone(text) if text else ""
    if field == "email":
        return mask_email(text)
    if field in {"nip", "respondent_name"}:
        return text[:2] + "*" * max(len(text) - 2, 0) if text else ""
    return scrub_personal(text)
