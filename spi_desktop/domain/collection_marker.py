"""The marker a collection template carries, so that a returned file is known again under any name.

A template the program writes for one OPD and group holds a very hidden, protected sheet (``MARKER_SHEET``)
with these key/value rows. When the file comes back, the batch intake reads them first: they name the workspace
that wrote the template, the survey year, the group, the OPD's code and the template's version. A file without
them (the sheet deleted, the rows copied into a new workbook) is recognised by its columns or its name instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MARKER_SHEET = "spi_penanda"  # the very hidden sheet's name
MAGIC = "SPI Desktop: format daftar populasi"  # the first row's value; nothing else is read without it
TEMPLATE_VERSION = 1
_KEYS = ("penanda", "versi", "workspace", "tahun", "kelompok", "opd")


@dataclass(frozen=True)
class TemplateMarker:
    """Who a template was written for: the ``workspace`` id, survey ``year``, ``group`` (internal, external,
    expert), the OPD's ``unit_code`` ('' for the institution's expert list) and the template ``version``."""

    workspace: str
    year: int
    group: str
    unit_code: str
    version: int = TEMPLATE_VERSION

    def rows(self) -> list[tuple[str, str]]:
        """The marker sheet's rows, key then value, every value as text."""
        values = (MAGIC, str(self.version), self.workspace, str(self.year), self.group, self.unit_code)
        return list(zip(_KEYS, values, strict=True))

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[object]]) -> TemplateMarker | None:
        """The marker the rows hold, or None when they are not one (another program's sheet, a damaged marker)."""
        values: dict[str, str] = {}
        for row in rows:
            if len(row) >= 2 and row[0] is not None:
                values[str(row[0]).strip()] = "" if row[1] is None else _text(row[1])
        if values.get("penanda") != MAGIC:
            return None
        try:
            version, year = int(values["versi"]), int(values["tahun"])
        except (KeyError, ValueError):
            return None
        workspace, group = values.get("workspace", ""), values.get("kelompok", "")
        if not workspace or not group:
            return None
        return cls(workspace, year, group, values.get("opd", ""), version)


def _text(value: object) -> str:
    """A cell as text; a whole number read back as a float (2026.0) is written without its point."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
