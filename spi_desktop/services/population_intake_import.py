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

COUNTS = ("read", "imported", "duplicates", "rejected", "warnings", "flagged")


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
        context.report(number, len(ready), f"Mengimpor {item.file} ({number + 1} dari {len(ready)})", check=False)
        if context.cancelled:
            outcome.cancelled = True
            break
        assert item.result is not None and item.group is not None
        report = problems_dir / report_name(item) if problems_dir is not None and item.result.problem_count else None
        per_file = JobContext(_forward(context, number, len(ready), item.file))
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
    context.report(len(ready), len(ready), "Selesai", check=False)
    return outcome


def _forward(context: JobContext, number: int, count: int, name: str) -> ProgressCallback:
    """A file's own progress shown on the pile's bar; never cancels: a Cancel waits for the file in hand."""
    def report(done: int, total: int, text: str) -> None:
        context.report(number, count, f"{name}: {text}", check=False)
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


def intake_json(preview: IntakePreview, stored: dict[str, PopulationImportResult], failed: dict[str, str],
                dry_run: bool, cancelled: bool = False) -> dict[str, Any]:
    """``{"files": [...], "unrecognised": [...], "totals": {...}}`` plus the files set aside (``skipped``)."""
    files = []
    for item in preview.files:
        if item.unrecognised:
            continue
        result = stored.get(item.file) or item.result
        done = item.file in stored
        entry: dict[str, Any] = {
            "file": item.file, "unit": item.unit, "group": item.group, "recognised_by": item.recognised_by,
            "batch": result.batch if done and result else None,
            **{name: getattr(result, name) if result else 0 for name in COUNTS},
            "late": item.late, "replaced": item.earlier_batches if done and item.earlier == "replace" else [],
            "problems_report": result.problems_report if result else None,
            "status": _status(item, done, failed, dry_run), "reason": failed.get(item.file) or item.refused,
            "questions": list(item.questions), "notes": list(item.notes), "unit_name": item.unit_name,
        }
        files.append(entry)
    imported = [entry for entry in files if entry["status"] in {"imported", "ready"}]
    totals = {"files": len(preview.files), "unrecognised": len(preview.unrecognised),
              "skipped": len(preview.skipped), "imported_files": sum(1 for e in files if e["status"] == "imported"),
              "ready_files": sum(1 for e in files if e["status"] == "ready"),
              "refused_files": sum(1 for e in files if e["status"] in {"refused", "failed", "asks"}),
              **{name: sum(int(entry[name]) for entry in imported) for name in COUNTS}}
    return {"files": files, "unrecognised": [item.file for item in preview.unrecognised],
            "skipped": [{"file": item.file, "reason": item.reason} for item in preview.skipped],
            "totals": totals, "dry_run": dry_run, "cancelled": cancelled, "year": preview.year}


def _status(item: IntakeFile, done: bool, failed: dict[str, str], dry_run: bool) -> str:
    """imported, ready (a dry run's would-be import), asks (the user must answer), refused, failed, not_done."""
    if done:
        return "imported"
    if item.file in failed:
        return "failed"
    if item.refused is not None:
        return "refused"
    if item.questions:
        return "asks"
    return "ready" if dry_run else "not_done"
