"""Validators for the personal fields the app handles: NIP, Indonesian phone numbers, email.

The rules are stated in docs/user-guide.md; the checks here use exactly those rules.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberType

from spi_desktop.domain.visible import visible_text

_SCIENTIFIC = re.compile(r"^\s*[+-]?\d+([.,]\d+)?[eE][+-]?\d+\s*$")
_WHOLE_FLOAT = re.compile(r"^\s*\+?\d+\.0+\s*$")
_WHOLE_DECIMAL = re.compile(r"^\s*\+?\d+[.,]0+\s*$")
# one number: an optional '+' and a bracketed prefix group at the start, then digits grouped by spaces, dots, dashes
_NUMBER = re.compile(r"\+?\s*(?:\d*\s*\(\s*\d+\s*\))?[\d\s.-]*")
_NUMBER_ANY_BRACKETS = re.compile(r"\+?[\d\s().-]*")
_SHORT_TAIL = re.compile(r"\s\d{1,2}$")  # '0812 3456 7890 1': a lone group after a whole number
_FRACTION = re.compile(r"^\s*\+?\d{8,}[.,]\d{1,2}\s*$")  # 81861600004.5 from a number cell
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_KIND = r"(?:whatsapp|wa|hp|handphone|ponsel|seluler|mobile|telp|tlp|tel|telepon)"
_LEADING_LABEL = re.compile(rf"^\(?\s*(?:(?:no|nomor|nmr)\.?\s*)?{_KIND}(?:\s*[/&]\s*{_KIND})*\.?\s*\)?\s*[:=]?\s*"
                            r"(?=[+(\d])", re.IGNORECASE)
_BRACKETED_CODE = re.compile(r"^\(\s*\+\s*62\s*\)")  # '(+62) 812 …' is '+62 812 …'
_LOCALE_NUMBER = re.compile(r"^\+?\d{1,3}(?:\.\d{3})+,0+$")  # 6.281.234.567.890,00: Excel's Indonesian format
_TRAILING_LABEL = re.compile(r"(?<=[\d)])\s*(?:\(\s*(?:whatsapp|wa|hp)\s*\)|(?:whatsapp|wa|hp)\.?)$", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*(?:[/,;&|]|\b(?:atau|dan|or)\b)\s*", re.IGNORECASE)
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


def _plain_marks(text: str) -> str:
    """Fullwidth digits and typographic dashes as the ASCII ones they stand for (the same number written)."""
    if text.isascii():
        return text
    return _DASHES.sub("-", unicodedata.normalize("NFKC", text))


def phone_as_written(text: str) -> tuple[str | None, str | None]:
    """The number a phone cell holds, read as written: (text to parse, None) or (None, why it is refused).

    Digits may be grouped with spaces, dashes, dots (any dash, fullwidth digits too) and start with '+' or a
    bracketed prefix ('(0812) 3456…', '+62 (0) 812…', '(+62) 812…'). A label that only names the kind of number
    (``HP: 0812…``, ``0812… (WA)``) and Excel's text mark (a leading ') are set aside. Anything else is refused,
    never dropped or glued on: a letter inside the number ('0821-30O6-2142' is not 0821-306-2142), a word, a
    second number, a bracket or a short group after the number ('0812-8818-001 (3)', '0812 3456 7890 1'), a
    decimal part that is not zero ('81861600004.5').
    """
    text = _plain_marks(text.strip()).lstrip("'")
    if _WHOLE_DECIMAL.match(text):  # 628123….0 or 628123…,0: a whole number with its decimal part
        return re.split(r"[.,]", text.strip(), maxsplit=1)[0], None
    if _LOCALE_NUMBER.match(text.strip()):  # thousands dots and a decimal comma: the number, its .00 dropped
        return text.strip().split(",")[0].replace(".", ""), None
    if _FRACTION.match(text):
        return None, f"Nomor HP '{text}' bukan bilangan bulat (ada angka desimal); nomornya tidak ditebak"
    core = _TRAILING_LABEL.sub("", _LEADING_LABEL.sub("", text.strip()))
    core = _BRACKETED_CODE.sub("+62 ", core)
    if _NUMBER.fullmatch(core):
        tail = _SHORT_TAIL.search(core)
        if tail and sum(ch.isdigit() for ch in core[: tail.start()]) >= 10:
            return None, (f"Nomor HP '{text}' diakhiri angka terpisah '{tail.group().strip()}' yang bukan bagian "
                          "nomor; nomornya tidak ditebak")
        return core, None
    parts = [part for part in _LIST_SEPARATOR.split(core) if sum(ch.isdigit() for ch in part) >= 5]
    if len(parts) > 1:
        return None, f"Nomor HP '{text}' berisi lebih dari satu nomor; tulis satu nomor per kolom"
    letters = list(dict.fromkeys(ch for ch in core if ch.isalpha()))
    if letters:
        shown = ", ".join(f"'{ch}'" for ch in letters[:5])
        lookalike = " (huruf O/I/l bukan angka 0/1)" if set(letters) <= set("OoIl") else ""
        return None, f"Nomor HP '{text}' berisi huruf {shown}{lookalike}; nomornya tidak ditebak, perbaiki di berkas"
    if _NUMBER_ANY_BRACKETS.fullmatch(core):
        return None, f"Nomor HP '{text}' berisi tanda kurung di tengah atau di akhir nomor; nomornya tidak ditebak"
    marks = list(dict.fromkeys(ch for ch in core if not (ch.isdigit() or ch.isspace() or ch in "+-.()")))
    shown = ", ".join(f"'{ch}'" for ch in marks[:5]) or "'+'"
    return None, f"Nomor HP '{text}' berisi tanda {shown} yang bukan bagian nomor; nomornya tidak ditebak"


def normalise_phone(raw: object) -> CheckResult:
    """Turn an Indonesian mobile number as written in a spreadsheet into E.164 (+628…).

    The cell must hold one number as written (``phone_as_written``): its separators are dropped, nothing else.
    0… and 62… become +62…, 8… (Excel dropped the 0) becomes +628…; numeric cells count as whole numbers, and a
    whole-number decimal part (.0 or ,0) is dropped; scientific notation cannot be recovered.
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
        text = visible_text(str(raw)).strip()
    if not text:
        return CheckResult(None, ["Nomor HP kosong"])
    if _SCIENTIFIC.match(text):
        return CheckResult(None, [f"Nomor HP '{text}' tertulis dalam notasi ilmiah; digit aslinya hilang"])
    if _WHOLE_FLOAT.match(text):
        text = text.split(".")[0]
    if not any(ch.isdigit() for ch in text):
        return CheckResult(None, [f"Nomor HP '{text}' tidak berisi angka"])
    number, refusal = phone_as_written(text)
    if number is not None:
        number = _plain_marks(number)
    if number is None:
        return CheckResult(None, [refusal or f"Nomor HP '{text}' tidak dapat dibaca"])
    plus = number.startswith("+")
    digits = re.sub(r"\D", "", number)
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
    text = "" if raw is None else visible_text(str(raw)).strip().lower()
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
    text = "" if raw is None else visible_text(str(raw))
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
