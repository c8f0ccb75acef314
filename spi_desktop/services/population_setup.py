"""What the import wizard needs before an import: a file's sheets, header and mapping; saved mappings."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select

from spi_desktop.db.models import MappingPreset
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Permission
from spi_desktop.importers.columns import column_letter
from spi_desktop.importers.population import FileInspection, SheetInfo, inspect_population_file
from spi_desktop.importers.population_columns import GROUP_COLUMNS
from spi_desktop.importers.population_header import UnmappedColumn
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.population import check_group

__all__ = ["FileInspection", "SheetInfo", "UnmappedColumn", "column_choices", "column_letter",
           "group_fields", "inspect_population", "list_presets", "save_preset"]


def inspect_population(path: Path, group: str, sheet: str | None = None,
                       mapping: Mapping[str, str] | None = None) -> FileInspection:
    """Sheets, header row, the column mapping the import would use, the columns it would not use and the
    reader's warnings (for the wizard)."""
    return inspect_population_file(path, GROUP_COLUMNS[check_group(group)], sheet, mapping)


def group_fields(group: str) -> list[tuple[str, str, bool]]:
    """(field, label, required) of a group's columns, in the order the wizard shows them."""
    return [(spec.key, spec.label, spec.required) for spec in GROUP_COLUMNS[check_group(group)]]


def column_choices(database: Database, group: str, maps: list[str], preset: str | None) -> dict[str, str]:
    """``--preset NAME`` and ``--map FIELD=HEADER`` (later ones win) as field -> header; ``InputError`` for a
    malformed pair, an unknown field or an unknown preset."""
    chosen: dict[str, str] = {}
    if preset:
        presets = list_presets(database, check_group(group))
        if preset not in presets:
            known = ", ".join(presets) or "(belum ada; simpan di wizard impor)"
            raise InputError(f"Preset pemetaan '{preset}' untuk kelompok {group} tidak ada; yang ada: {known}")
        chosen.update(presets[preset])
    fields = {key for key, _label, _required in group_fields(group)}
    for pair in maps:
        key, sign, header = pair.partition("=")
        key = key.strip()
        if not sign or not key:
            raise InputError(f"--map '{pair}': tulis ISIAN=JUDUL, mis. --map phone=\"No. HP (WhatsApp)\"")
        if key not in fields:
            raise InputError(f"--map '{pair}': isian '{key}' tidak dikenal untuk kelompok {group}; isian yang ada: "
                             + ", ".join(sorted(fields)))
        chosen[key] = header.strip()
    return chosen


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
