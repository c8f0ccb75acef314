"""Validators for the personal fields the app handles: NIP, Indonesian phone numbers, email.

The rules are stated in docs/user-guide.md; the checks here use exactly those rules.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberType

_SCIENTIFIC = re.compile(r"^\s*[+-]?\d+([.,]\d+)?[eE][+-]?\d+\s*$")
_WHOLE_FLOAT = re.compile(r"^\s*\+?\d+\.0+\s*$")
_NIP = re.compile(r"[0-9]{18}")
_EMAIL = re.compile(r"^[a-z0-9._%+'-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


@dataclass(frozen=True)
class CheckResult:
    """The normalised value (None when unusable) and the problems found, in Indonesian."""

    value: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the value is usable as it stands."""
        return self.value is not None and not self.problems


def normalise_phone(raw: object) -> CheckResult:
    """Turn an Indonesian mobile number as written in a spreadsheet into E.164 (+628…).

    Keeps a leading '+', drops other non-digits; 0… and 62… become +62…, 8… (Excel dropped the 0)
    becomes +628…; numeric cells count as whole numbers; scientific notation cannot be recovered.
    """
    if raw is None or (isinstance(raw, float) and raw != raw):
        return CheckResult(None, ["Nomor HP kosong"])
    if isinstance(raw, bool):
        return CheckResult(None, [f"Nomor HP '{raw}' bukan nomor"])
    if isinstance(raw, int | float):
        if isinstance(raw, float) and not raw.is_integer():
            return CheckResult(None, [f"Nomor HP '{raw}' bukan bilangan bulat"])
        text = str(int(raw))
    else:
        text = str(raw).strip()
    if not text:
        return CheckResult(None, ["Nomor HP kosong"])
    if _SCIENTIFIC.match(text):
        return CheckResult(None, [f"Nomor HP '{text}' tertulis dalam notasi ilmiah; digit aslinya hilang"])
    if _WHOLE_FLOAT.match(text):
        text = text.split(".")[0]
    plus = text.startswith("+")
    digits = re.sub(r"\D", "", text)
    if not digits:
        return CheckResult(None, [f"Nomor HP '{text}' tidak berisi angka"])
    if plus or digits.startswith("62"):
        candidate = "+" + digits
    elif digits.startswith("0"):
        candidate = "+62" + digits[1:]
    elif digits.startswith("8"):
        candidate = "+62" + digits
    else:
        candidate = "+" + digits
    try:
        parsed = phonenumbers.parse(candidate, "ID")
    except phonenumbers.NumberParseException:
        return CheckResult(None, [f"Nomor HP '{text}' tidak dapat dibaca"])
    if parsed.country_code != 62 or not phonenumbers.is_valid_number(parsed):
        return CheckResult(None, [f"Nomor HP '{text}' bukan nomor Indonesia yang sah"])
    if phonenumbers.number_type(parsed) not in _MOBILE_TYPES:
        return CheckResult(None, [f"Nomor HP '{text}' bukan nomor seluler (WhatsApp)"])
    return CheckResult(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def normalise_email(raw: object) -> CheckResult:
    """Trim and lower-case an email address and check it has the form local@domain.tld."""
    text = "" if raw is None else str(raw).strip().lower()
    if not text:
        return CheckResult(None, ["Email kosong"])
    if not _EMAIL.match(text):
        return CheckResult(None, [f"Email '{text}' tidak berbentuk nama@domain.tld"])
    return CheckResult(text)


def check_nip(raw: object) -> CheckResult:
    """Check an 18-digit NIP: yyyymmdd of birth, yyyymm of appointment, sex digit 1/2, 3-digit serial.

    The value is returned without spaces even when problems are found: a bad NIP is reported,
    never silently changed.
    """
    text = "" if raw is None else str(raw)
    digits = re.sub(r"\s", "", text)
    if not digits:
        return CheckResult(None, ["NIP kosong"])
    if _SCIENTIFIC.match(digits) or isinstance(raw, float):
        return CheckResult(digits, [f"NIP '{digits}' tersimpan sebagai angka di Excel sehingga digit terakhirnya "
                                    "hilang; format kolom NIP sebagai Teks lalu ketik ulang"])
    if not _NIP.fullmatch(digits):
        return CheckResult(digits, [f"NIP '{digits}' harus 18 angka (ada {len(digits)} karakter)"])
    problems: list[str] = []
    try:
        dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        problems.append(f"NIP '{digits}': 8 angka pertama ({digits[:8]}) bukan tanggal lahir yang sah")
    if not 1 <= int(digits[12:14]) <= 12:
        problems.append(f"NIP '{digits}': bulan pengangkatan ({digits[12:14]}) harus 01–12")
    if digits[14] not in "12":
        problems.append(f"NIP '{digits}': angka ke-15 (jenis kelamin) harus 1 atau 2")
    return CheckResult(digits, problems)
