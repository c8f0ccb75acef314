"""How personal contact data is shown when it is not revealed."""

from __future__ import annotations


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
