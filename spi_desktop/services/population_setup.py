"""What the import wizard needs before an import: a file's sheets, header and mapping; saved mappings."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select

from spi_desktop.db.models import MappingPreset
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Permission
from spi_desktop.importers.columns import with_mapping
from spi_desktop.importers.population import FileInspection, inspect_population_file
from spi_desktop.importers.population_columns import GROUP_COLUMNS
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.population import check_group


def inspect_population(path: Path, group: str, sheet: str | None = None,
                       mapping: Mapping[str, str] | None = None) -> FileInspection:
    """Sheets, header row and the column mapping the import would use (for the wizard)."""
    return inspect_population_file(path, with_mapping(GROUP_COLUMNS[check_group(group)], mapping), sheet)


def list_presets(database: Database, group: str) -> dict[str, dict[str, str]]:
    """Saved column mappings for ``group``, by name."""
    with database.Session() as session:
        presets = session.scalars(select(MappingPreset).where(MappingPreset.group == group)
                                  .order_by(MappingPreset.name))
        return {preset.name: dict(preset.mapping) for preset in presets}


def save_preset(database: Database, group: str, name: str, mapping: Mapping[str, str]) -> None:
    """Save (or replace) a named column mapping for ``group`` (Edit permission; one audit line)."""
    actor = require(database, Permission.EDIT)
    name = " ".join(name.split())
    if not name:
        raise InputError("Nama preset wajib diisi")
    with database.Session() as session, session.begin():
        preset = session.scalar(select(MappingPreset).where(MappingPreset.group == group,
                                                            MappingPreset.name == name))
        old = None if preset is None else dict(preset.mapping)
        if preset is None:
            preset = MappingPreset(group=group, name=name)
            session.add(preset)
        preset.mapping = dict(mapping)
        before, after = audit.changed(old or {}, preset.mapping)
        if old is not None:
            before.update({key: value for key, value in old.items() if key not in preset.mapping})
        audit.record(session, actor, "edit", "pemetaan kolom",
                     f"{'Simpan' if old is None else 'Ubah'} pemetaan kolom '{name}' ({group})",
                     old=None if old is None else before, new=after, group=group, name=name)
