"""What the user is told about errors that are not an InputError where they are raised (services/errors.py)."""

from __future__ import annotations

import pytest

from spi_desktop.db.session import ClosedWorkspaceError
from spi_desktop.domain.bands import band_for
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import parse_role
from spi_desktop.services import accounts
from spi_desktop.services.database import Database
from spi_desktop.services.errors import user_message
from spi_desktop.services.units import list_units


def test_a_job_on_a_closed_workspace_is_told_so_in_a_sentence(database: Database) -> None:
    if database.path is None:
        pytest.skip("a server workspace is never retired: only a training file is rebuilt")
    database.retire()
    with pytest.raises(ClosedWorkspaceError) as caught:
        list_units(database)
    assert user_message(caught.value) == (
        "Ruang kerja ini sudah ditutup (misalnya karena data pelatihan sedang direset), jadi pekerjaan ini "
        "dihentikan. Buka lagi ruang kerjanya lalu ulangi.")


def test_an_unknown_role_is_bad_input_with_the_choices_and_still_a_value_error(database: Database) -> None:
    with pytest.raises(InputError) as caught:
        accounts.create_account(database, "budi", "kata-sandi-panjang-1", "pemilik")
    assert isinstance(caught.value, ValueError)  # parse_role's callers that check a value still catch it
    assert user_message(caught.value) == "Peran 'pemilik' tidak dikenal; pilih admin, operator atau viewer"
    assert accounts.list_accounts(database) == []
    with pytest.raises(ValueError, match="pilih admin, operator atau viewer"):
        parse_role("pemilik")


def test_a_year_without_bands_is_named_not_an_unexpected_error() -> None:
    with pytest.raises(InputError) as caught:
        band_for(50.0, [])
    assert user_message(caught.value) == "Tahun survei ini belum punya kategori nilai"
