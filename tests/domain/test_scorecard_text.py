"""What scorecards print about their signer: the NIP in its groups, and the default place and title taken from
the institution's name (never a province from the address)."""

from __future__ import annotations

import datetime as dt

import pytest

from spi_desktop.domain.formatting import format_nip
from spi_desktop.domain.signature import default_place, default_title, region_of
from spi_desktop.reports.pdf_info import pdf_date


@pytest.mark.parametrize(("nip", "printed"), [
    ("197703061996082002", "19770306 199608 2 002"),
    (" 19770306 199608 2 002 ", "19770306 199608 2 002"),  # already grouped: the same groups
    ("1977030619960820", "1977030619960820"),  # not 18 digits: as written
    ("19770306199608200X", "19770306199608200X"),
    ("１９７７０３０６１９９６０８２００２", "１９７７０３０６１９９６０８２００２"),  # not ASCII digits: as written
    ("", ""),
    (None, ""),
])
def test_an_18_digit_nip_is_printed_in_its_8_6_1_3_groups(nip: str | None, printed: str) -> None:
    assert format_nip(nip) == printed


@pytest.mark.parametrize(("name", "kind", "place", "title"), [
    ("Pemerintah Kabupaten Sukamaju", "kabupaten", "Sukamaju", "Inspektur Kabupaten Sukamaju"),
    ("Pemkab Sukamaju", "kabupaten", "Sukamaju", "Inspektur Kabupaten Sukamaju"),
    ("Kabupaten Bandung Barat", "kabupaten", "Bandung Barat", "Inspektur Kabupaten Bandung Barat"),
    ("Pemerintah Kota Bandung", "kota", "Bandung", "Inspektur Kota Bandung"),
    ("Sukamaju", "kabupaten", "Sukamaju", "Inspektur Kabupaten Sukamaju"),
    ("Pemerintah Provinsi Jawa Barat", "provinsi", "", "Inspektur Provinsi Jawa Barat"),
    ("Kementerian Contoh", "kementerian", "", "Inspektur"),
    ("Pemerintah Kabupaten", "kabupaten", "", "Inspektur"),
])
def test_the_default_signature_comes_from_the_kabupaten_or_kota_name(name: str, kind: str, place: str,
                                                                    title: str) -> None:
    assert (default_place(name, kind), default_title(name, kind)) == (place, title)


def test_a_name_without_a_region_gives_none() -> None:
    assert region_of("Badan Contoh", "lembaga") == ("", "")


def test_pdf_dates_carry_the_moment_and_its_offset() -> None:
    wib = dt.timezone(dt.timedelta(hours=7))
    assert pdf_date(dt.datetime(2026, 12, 1, 9, 30, 5, tzinfo=wib)) == "D:20261201093005+07'00'"
    assert pdf_date(dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3, minutes=-30)))) \
        == "D:20261201093000-03'30'"
