"""What the population import wizard's pages choose, handed from page to page, and the import they start."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject

from spi_desktop.services.population import import_population
from spi_desktop.services.population_result import PopulationImportResult
from spi_desktop.services.population_setup import FileInspection
from spi_desktop.views.context import AppContext
from spi_desktop.views.workers import BackgroundJob, run_in_background


@dataclass
class ImportChoices:
    """The file, group, OPD and sheet (file page), the column mapping (column page), and the dry run's and
    the import's results (None until each has run)."""

    group: str
    path: Path | None = None
    unit_code: str | None = None
    sheet: str | None = None
    all_sheets: bool = False
    inspection: FileInspection | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    preview: PopulationImportResult | None = None
    imported: PopulationImportResult | None = None


def start_import(context: AppContext, choices: ImportChoices, dry_run: bool, owner: QObject) -> BackgroundJob:
    """Start a dry run or the real import of ``choices`` off the GUI thread. The real import names the
    file's hash from the dry run, so a file changed in between is refused rather than imported unseen."""
    assert choices.path is not None
    database, year, path, group = context.database, context.year, choices.path, choices.group
    unit, mapping, every = choices.unit_code, dict(choices.mapping), choices.all_sheets
    sheet = None if every else choices.sheet
    checked = None if dry_run or choices.preview is None else choices.preview.file_hash
    return run_in_background(lambda ctx: import_population(
        database, path, year, group, unit_code=unit, sheet=sheet, dry_run=dry_run, context=ctx,
        mapping=mapping, expected_hash=checked, all_sheets=every), owner=owner)
