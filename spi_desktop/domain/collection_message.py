"""The message that goes with an OPD's collection kit: what to fill, for whom, by when and where to send it back.

Pure text building. The message is neutral on purpose: it asks for names and contacts for the survey's
invitations, never for anybody's answers, and carries no pressure wording. The links only wrap the same text:
a ``wa.me`` link needs the PIC's real mobile number (none is ever made up) and ``mailto:`` the PIC's e-mail.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from spi_desktop.domain.collection_template import GROUP_TITLES
from spi_desktop.domain.formatting import format_date
from spi_desktop.domain.validators import normalise_email, normalise_phone

MESSAGE_FILE = "Pesan untuk PIC.txt"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')  # characters Windows refuses in a file or folder name
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
FOLDER_NAME_LIMIT = 80  # leaves room under Windows' 260-character paths for the folder it sits in


@dataclass(frozen=True)
class KitRequest:
    """What the message is built from: the OPD and its PIC, the year, the groups asked for, the template files
    attached, the year's deadline and eligibility rules, and the contact the files go back to."""

    institution: str
    year: int
    unit_code: str
    unit_name: str
    groups: tuple[str, ...]
    files: tuple[str, ...] = ()
    pic_name: str | None = None
    pic_phone: str | None = None
    pic_email: str | None = None
    deadline: dt.date | None = None
    rules: Mapping[str, Any] = field(default_factory=dict)
    return_to: str = ""


@dataclass(frozen=True)
class KitMessage:
    """The message for one OPD's PIC, with its WhatsApp link and e-mail (each None when the PIC has no usable
    number or address, and ``missing`` says which)."""

    unit_code: str
    unit_name: str
    text: str
    email_subject: str
    whatsapp: str | None
    mailto: str | None
    missing: tuple[str, ...] = ()  # Indonesian notes: "PIC belum punya nomor HP …"

    @property
    def email_text(self) -> str:
        """Subject and body, as copied to paste into an e-mail."""
        return f"Subjek: {self.email_subject}\n\n{self.text}"


def kit_message(request: KitRequest) -> KitMessage:
    """The message, subject and links for one OPD."""
    text = message_text(request)
    subject = f"Format daftar responden SPI {request.year} — {request.unit_name}"
    phone = normalise_phone(request.pic_phone) if request.pic_phone else None
    email = normalise_email(request.pic_email) if request.pic_email else None
    missing = []
    whatsapp = mailto = None
    if phone is not None and phone.ok and phone.value:
        whatsapp = f"https://wa.me/{phone.value.lstrip('+')}?text={quote(text)}"
    else:
        missing.append("PIC belum punya nomor HP yang sah di data OPD; tidak ada tautan WhatsApp")
    if email is not None and email.ok and email.value:
        mailto = f"mailto:{email.value}?subject={quote(subject)}&body={quote(text)}"
    else:
        missing.append("PIC belum punya alamat email yang sah di data OPD")
    return KitMessage(request.unit_code, request.unit_name, text, subject, whatsapp, mailto, tuple(missing))


def message_text(request: KitRequest) -> str:
    """The message itself, in short paragraphs a PIC reads on a phone."""
    greeting = f"Yth. Bapak/Ibu {request.pic_name}," if request.pic_name else f"Yth. PIC {request.unit_name},"
    lines = [greeting, "",
             f"Untuk Survei Penilaian Integritas (SPI) {request.year} yang diselenggarakan KPK, {request.institution} "
             f"mengumpulkan daftar calon responden dari setiap OPD. Mohon bantuan {request.unit_name} mengisi "
             "format terlampir:"]
    for index, group in enumerate(request.groups):
        name = request.files[index] if index < len(request.files) else ""
        lines.append(f"- {name}: daftar {GROUP_TITLES[group]}" if name else f"- daftar {GROUP_TITLES[group]}")
    lines += ["", "Yang dicantumkan:"]
    lines += [f"- {line}" for group in request.groups for line in who_briefly(group, request.rules)]
    lines.append("Petunjuk lengkapnya ada di lembar Petunjuk pada setiap berkas.")
    deadline = format_date(request.deadline, empty="")
    lines += ["", f"Batas pengiriman kembali: {deadline}." if deadline else
              "Batas pengiriman kembali: sesuai surat permintaan dari Inspektorat."]
    back = request.return_to.strip()
    lines.append(f"Berkas yang sudah diisi dikirim ke {back}." if back else
                 f"Berkas yang sudah diisi dikirim ke {request.institution}.")
    lines += ["", "Daftar ini hanya berisi nama dan kontak untuk undangan survei. Nama berkas boleh diubah.",
              "", "Terima kasih.", request.institution]
    return "\n".join(lines)


def who_briefly(group: str, rules: Mapping[str, Any]) -> list[str]:
    """Who counts in ``group`` that year, in a line or two (the Petunjuk sheet says it at length)."""
    if group == "internal":
        internal = rules.get("internal", {})
        line = "Pegawai: semua pegawai OPD, ASN maupun Non ASN (PPPK, honorer, kontrak)"
        years, unit_years = internal.get("min_years_institution"), internal.get("min_years_unit")
        if years or unit_years:
            line += f", dengan tanggal mulai bekerja (TMT); yang dihitung KPK minimal {years or 0} tahun di " \
                    f"instansi dan {unit_years or 0} tahun di OPD"
        excluded = ["pejabat eselon I dan II"] if internal.get("excluded_positions") else []
        if internal.get("exclude_unit_head"):
            excluded.append("kepala OPD")
        return [line + ("; tidak termasuk " + " dan ".join(excluded) if excluded else "") + "."]
    if group == "external":
        months = rules.get("external", {}).get("service_within_months")
        within = f" dalam {months} bulan terakhir" if months else ""
        return [f"Pengguna layanan: warga, pelaku usaha atau lembaga yang dilayani OPD{within}, dengan jenis dan "
                "tanggal layanannya."]
    return ["Eksper: akademisi, jurnalis, LSM, pelaku usaha dan tokoh masyarakat yang mengenal instansi."]


def kit_folder_name(code: str, name: str) -> str:
    """``<KODE> - <Nama OPD>``, safe as a Windows folder name: forbidden characters become spaces, trailing dots
    and spaces go, a reserved device name gets a trailing underscore, and a long name is shortened."""
    text = re.sub(r"\s+", " ", _UNSAFE.sub(" ", f"{code} - {name}" if name else code)).strip()
    text = text[:FOLDER_NAME_LIMIT].rstrip(" .")
    if not text:
        text = "OPD"
    if text.split(".")[0].upper() in _RESERVED:
        text += "_"
    return text


def shown_groups(groups: Sequence[str]) -> str:
    """'internal dan external' as the audit and the CLI say it."""
    return " dan ".join(groups)
