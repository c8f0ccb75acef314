"""The message sent with an OPD's kit: what, for whom, by when, back where; neutral; links only from real data."""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

import pytest

from spi_desktop.domain.collection_message import KitRequest, kit_folder_name, kit_message

RULES = {"internal": {"min_years_institution": 2, "min_years_unit": 1, "excluded_positions": ["eselon I"],
                      "exclude_unit_head": True},
         "external": {"service_within_months": 12}}


def request(**changes: object) -> KitRequest:
    base = KitRequest("Inspektorat Kabupaten Sukamaju", 2025, "DINKES", "Dinas Kesehatan", ("internal", "external"),
                      ("DINKES-internal-2025.xlsx", "DINKES-eksternal-2025.xlsx"), "Rina Wati", "0812-3456-7890",
                      "Rina@Dinkes.go.id", dt.date(2025, 5, 31), RULES, "inspektorat@sukamajukab.go.id")
    return KitRequest(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_the_message_says_what_for_whom_by_when_and_back_where() -> None:
    text = kit_message(request()).text
    assert text.startswith("Yth. Bapak/Ibu Rina Wati,")
    assert "DINKES-internal-2025.xlsx: daftar pegawai (responden internal)" in text
    assert "DINKES-eksternal-2025.xlsx: daftar pengguna layanan (responden eksternal)" in text
    assert "minimal 2 tahun di instansi dan 1 tahun di OPD" in text
    assert "tidak termasuk pejabat eselon I dan II dan kepala OPD" in text
    assert "dalam 12 bulan terakhir" in text
    assert "Batas pengiriman kembali: 31 Mei 2025." in text
    assert "dikirim ke inspektorat@sukamajukab.go.id." in text


@pytest.mark.parametrize("changes", [{}, {"pic_name": None, "deadline": None, "return_to": ""}])
def test_the_message_is_neutral(changes: dict[str, object]) -> None:
    text = kit_message(request(**changes)).text.lower()
    assert "jawaban" not in text  # nobody's answers are ever asked for
    for pressure in ("segera", "wajib", "harus", "sanksi", "teguran", "paling lambat", "!"):
        assert pressure not in text


def test_without_a_deadline_or_return_contact_it_says_so_plainly() -> None:
    text = kit_message(request(pic_name=None, deadline=None, return_to="")).text
    assert text.startswith("Yth. PIC Dinas Kesehatan,")
    assert "Batas pengiriman kembali: sesuai surat permintaan dari Inspektorat." in text
    assert "dikirim ke Inspektorat Kabupaten Sukamaju." in text


def test_the_whatsapp_link_carries_the_pics_number_and_the_whole_message() -> None:
    message = kit_message(request())
    assert message.whatsapp is not None
    number, _, query = message.whatsapp.removeprefix("https://wa.me/").partition("?text=")
    assert number == "6281234567890"
    assert unquote(query) == message.text
    assert message.mailto is not None and message.mailto.startswith("mailto:rina@dinkes.go.id?subject=")
    assert message.email_text.startswith("Subjek: Format daftar responden SPI 2025 — Dinas Kesehatan\n\n")
    assert message.missing == ()


@pytest.mark.parametrize("phone", [None, "", "021-5551234", "bukan nomor"])
def test_no_usable_pic_phone_gives_no_link_and_says_so(phone: str | None) -> None:
    message = kit_message(request(pic_phone=phone, pic_email=None))
    assert message.whatsapp is None and message.mailto is None
    assert any("nomor HP" in note for note in message.missing)
    assert any("email" in note for note in message.missing)


@pytest.mark.parametrize(("code", "name", "folder"), [
    ("DINKES", "Dinas Kesehatan", "DINKES - Dinas Kesehatan"),
    ("BPKAD", 'Badan Keuangan: "Aset"/Daerah?', "BPKAD - Badan Keuangan Aset Daerah"),
    ("X", "Bagian Umum...", "X - Bagian Umum"),
    ("CON", "", "CON_"),
])
def test_folder_names_are_safe_on_windows(code: str, name: str, folder: str) -> None:
    assert kit_folder_name(code, name) == folder
    assert len(kit_folder_name("A", "x" * 300)) <= 80
