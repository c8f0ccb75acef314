"""The batch intake as plain rows: one per file of the pile (and per file set aside), for the preview table and
the CLI's JSON alike. Codes (group, how recognised, status) stay codes; the view words them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from spi_desktop.services.population_intake import IntakePreview
from spi_desktop.services.population_intake_read import IntakeFile, IntakeQuestion
from spi_desktop.services.population_result import PopulationImportResult, PopulationProblem

COUNTS = ("read", "imported", "duplicates", "rejected", "warnings", "flagged")
STATUSES = ("imported", "ready", "asks", "refused", "failed", "not_done", "skipped")


@dataclass(frozen=True)
class IntakeRow:
    """One file as the preview (or the import) left it. ``status``: imported, ready (imported as it stands),
    asks (the user must answer ``questions``), refused or failed (``reason``), not_done (a Cancel came first),
    skipped (not a list at all)."""

    file: str
    unit: str | None
    unit_name: str | None
    group: str | None
    recognised_by: str | None
    status: str
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    warnings: int = 0
    flagged: int = 0
    late: bool = False
    batch: int | None = None
    replaced: list[int] = field(default_factory=list)
    earlier_batches: list[int] = field(default_factory=list)
    earlier: str | None = None
    marker_year: int | None = None
    problems_report: str | None = None
    reason: str | None = None
    questions: list[IntakeQuestion] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[PopulationProblem] = field(default_factory=list)  # the file's first problems, for the preview
    checked: bool = False  # the counts are a check's (False: the file was not read, its counts say nothing)


def intake_rows(preview: IntakePreview, stored: Mapping[str, PopulationImportResult] | None = None,
                failed: Mapping[str, str] | None = None, dry_run: bool = True,
                problem_lines: int = 0) -> list[IntakeRow]:
    """A row per file of ``preview`` (after the import: with what ``stored`` holds), then the files set aside."""
    stored, failed = stored or {}, failed or {}
    rows = [_row(item, stored.get(item.file), failed.get(item.file), dry_run, problem_lines)
            for item in preview.files]
    rows += [IntakeRow(item.file, None, None, None, None, "skipped", reason=item.reason) for item in preview.skipped]
    return rows


def _row(item: IntakeFile, done: PopulationImportResult | None, failure: str | None, dry_run: bool,
         problem_lines: int) -> IntakeRow:
    result = done or item.result
    counts = {name: int(getattr(result, name)) for name in COUNTS} if result is not None else {}
    return IntakeRow(
        file=item.file, unit=item.unit, unit_name=item.unit_name, group=item.group,
        recognised_by=item.recognised_by, status=_status(item, done is not None, failure, dry_run), **counts,
        late=item.late, batch=done.batch if done is not None else None,
        replaced=list(item.earlier_batches) if done is not None and item.earlier == "replace" else [],
        earlier_batches=list(item.earlier_batches), earlier=item.earlier, marker_year=item.marker_year,
        problems_report=result.problems_report if result is not None else None,
        reason=failure or item.refused, questions=list(item.questions), notes=list(item.notes),
        problems=result.problem_rows(problem_lines) if result is not None and problem_lines else [],
        checked=result is not None)


def _status(item: IntakeFile, done: bool, failure: str | None, dry_run: bool) -> str:
    if done:
        return "imported"
    if failure is not None:
        return "failed"
    if item.refused is not None:
        return "refused"
    if item.questions or item.unrecognised:
        return "asks"
    return "ready" if dry_run else "not_done"


def intake_json(preview: IntakePreview, stored: Mapping[str, PopulationImportResult] | None = None,
                failed: Mapping[str, str] | None = None, dry_run: bool = True,
                cancelled: bool = False) -> dict[str, Any]:
    """The CLI's JSON: ``{"files": [...], "unrecognised": [...], "totals": {...}}``, plus the files set aside
    (``skipped``), ``dry_run``, ``cancelled`` and ``year``."""
    rows = intake_rows(preview, stored, failed, dry_run)
    unrecognised = {item.file for item in preview.unrecognised}
    files = [_entry(row) for row in rows if row.status != "skipped" and row.file not in unrecognised]
    counted = [row for row in rows if row.status in {"imported", "ready"}]
    totals = {"files": len(preview.files), "unrecognised": len(unrecognised), "skipped": len(preview.skipped),
              **{f"{status}_files": sum(1 for row in rows if row.status == status) for status in STATUSES[:-1]},
              **{name: sum(getattr(row, name) for row in counted) for name in COUNTS}}
    return {"files": files, "unrecognised": sorted(unrecognised, key=[i.file for i in preview.files].index),
            "skipped": [{"file": row.file, "reason": row.reason} for row in rows if row.status == "skipped"],
            "totals": totals, "dry_run": dry_run, "cancelled": cancelled, "year": preview.year}


def _entry(row: IntakeRow) -> dict[str, Any]:
    entry = asdict(row)
    for inner in ("earlier_batches", "earlier", "problems", "checked"):
        entry.pop(inner)
    entry["questions"] = [question.text for question in row.questions]
    entry["question_codes"] = [question.code for question in row.questions]
    return entry
