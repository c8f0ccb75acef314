"""The demo workspace reads like a real Pemda's: its people carry the right honorifics."""

from __future__ import annotations

from spi_desktop.services.database import Database


def test_demo_people_carry_the_honorific_of_their_gender(demo_database: Database) -> None:
    from spi_desktop.services.units import list_units

    female = ("Dewi", "Fitri", "Indah", "Kartika", "Lestari", "Nur’aini", "Oktavia", "Sri", "Yuliani", "Siti",
              "Ratna", "Melati")
    people = [(unit.record.head_name, unit.record.pic_name) for unit in list_units(demo_database)]
    names = [name for pair in people for name in pair if name]
    assert names
    for name in names:
        words = name.split()
        first = words[1] if words[0].endswith(".") else words[0]
        if first in female:
            assert words[0] not in ("Drs.", "H."), name
        else:
            assert words[0] not in ("Dra.", "Hj."), name
