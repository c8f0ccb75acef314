"""An empty KPK export is refused before any file is written, saying which group and year (issue 19, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.services import population_export


@pytest.mark.parametrize("name", ["kpk.xlsx", "kpk.csv"])
def test_an_empty_list_is_refused_and_no_file_is_written(demo_database: Database, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    with pytest.raises(InputError) as refused:
        population_export.export_population(demo_database, 2024, "internal", out, reason="uji")
    assert str(refused.value) == ("Belum ada responden kelompok Internal tahun 2024 untuk diekspor; tidak ada berkas "
                                  "yang ditulis.")
    assert not list(tmp_path.glob("kpk*")), "no file, not even a partial one"


def test_an_empty_pseudonymous_list_is_refused_too(demo_database: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="kelompok Eksper tahun 2024"):
        population_export.export_pseudonymous(demo_database, 2024, "expert", tmp_path / "p.xlsx")
    assert not list(tmp_path.glob("p*.xlsx"))
