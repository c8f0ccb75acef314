"""The batch intake's import: each file the preview accepted stored as its own batch, in its own transaction.

Every file goes through ``import_population`` (the single import, with the preview's file hash so a file changed
since is refused), one after the other, so a broken file never blocks the others and a Cancel stops between
files, keeping those already stored. An OPD's corrected file replaces its earlier batch in that same transaction
when the user chose so. One problems report per OPD and group, ``masalah-<KODE>-<kelompok>.xlsx``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.survey_year import GROUP_NAMES
from spi_desktop.services.access import require
from spi_desktop.services.jobs import JobCancelled, JobContext, ProgressCallback, quiet_context
from spi_desktop.services.population import import_population
from spi_desktop.services.population_intake import IntakePreview
from spi_desktop.services.population_intake_read import IntakeFile
from spi_desktop.services.population_result import PopulationImportResult
from spi_desktop.services.population_store import write_report

STEPS = 100  # a file's share of the pile's progress bar

@dataclass
class IntakeOutcome:
    """What the intake did per file (``stored`` results by the file's shown name), the files it could not store
    and why, and whether a Cancel stopped it before the end."""

    preview: IntakePreview
    stored: dict[str, PopulationImportResult] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    cancelled: bool = False
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The CLI's JSON (``spi population import-folder --json``)."""
        from spi_desktop.services.population_intake_rows import intake_json

        return intake_json(self.preview, self.stored, self.failed, self.dry_run, self.cancelled)


def report_name(item: IntakeFile) -> str:
    """``masalah-<KODE>-<kelompok>.xlsx`` (the expert list: ``masalah-EKSPER-eksper``; a file of several OPD:
    its own name)."""
    group = GROUP_NAMES.get(item.group or "", item.group or "")
    owner = "EKSPER" if item.group == "expert" else item.unit or Path(item.file).stem
    return f"masalah-{owner}-{group}.xlsx"


def import_pile(database: Database, preview: IntakePreview, problems_dir: Path | None = None,
                context: JobContext | None = None) -> IntakeOutcome:
    """Store every ready file of ``preview`` (each its own batch and transaction); with ``problems_dir`` each
    file with problems gets its report there. Needs the Import permission (and Export for the reports)."""
    require(database, Permission.IMPORT)
    if problems_dir is not None:
        require(database, Permission.EXPORT)
        if not problems_dir.is_dir():
            raise InputError(f"Folder laporan masalah {problems_dir} tidak ada")
    context = context or quiet_context()
    outcome = IntakeOutcome(preview)
    ready = preview.ready
    for number, item in enumerate(ready):
        text = f"Mengimpor {item.file} ({number + 1} dari {len(ready)})"
        context.report(number * STEPS, len(ready) * STEPS, text, check=False)
        if context.cancelled:
            outcome.cancelled = True
            break
        assert item.result is not None and item.group is not None
        report = problems_dir / report_name(item) if problems_dir is not None and item.result.problem_count else None
        per_file = JobContext(_forward(context, number, len(ready), text))
        try:
            outcome.stored[item.file] = import_population(
                database, item.path, preview.year, item.group, unit_code=item.unit_option, context=per_file,
                expected_hash=item.result.file_hash, problems_report=report,
                replacing=item.earlier_batches if item.earlier == "replace" else ())
        except JobCancelled:
            outcome.cancelled = True
            break
        except InputError as error:
            outcome.failed[item.file] = str(error)
    context.report(len(ready) * STEPS, len(ready) * STEPS, "Selesai", check=False)
    return outcome


def _forward(context: JobContext, number: int, count: int, text: str) -> ProgressCallback:
    """A file's own progress moves the pile's bar; it never cancels: a Cancel waits for the file in hand."""
    def report(done: int, total: int, _text: str) -> None:
        share = int(STEPS * done / total) if total else 0
        context.report(number * STEPS + min(share, STEPS), count * STEPS, text, check=False)
    return report


def write_preview_reports(database: Database, preview: IntakePreview, problems_dir: Path) -> dict[str, str]:
    """A dry run's problems reports (one per ready file with problems), so they can go back before any import;
    returns file -> report path. Needs the Export permission."""
    actor = require(database, Permission.EXPORT)
    if not problems_dir.is_dir():
        raise InputError(f"Folder laporan masalah {problems_dir} tidak ada")
    written = {}
    for item in preview.ready:
        if item.result is not None and item.result.problem_count:
            write_report(database, actor, item.result, problems_dir / report_name(item))
            written[item.file] = str(item.result.problems_report)
    return written
