"""The JSON objects the commands print with ``--json``: a contract other tools rely on, so it lives with the
command line, written out field by field, and the services' result types stay free of it. (The estimate's object,
``EstimateReport.as_dict``, is also the file the estimate window saves, so it stays with that service.)"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spi_desktop.services.population_result import PopulationImportResult
    from spi_desktop.services.privacy import PurgeReport
    from spi_desktop.services.progress import ProgressImportResult
    from spi_desktop.services.results import ResultsImportResult
    from spi_desktop.services.scorecard_batch import BatchResult
    from spi_desktop.services.units import UnitImportSummary


def units_import(summary: UnitImportSummary) -> dict[str, object]:
    """``spi units import --json``."""
    return {
        "read": summary.read,
        "added": summary.added,
        "updated": summary.updated,
        "rejected": summary.rejected,
        "errors": [problem.as_dict() for problem in summary.problems],
        "unchanged": summary.unchanged,
        "warnings": [problem.as_dict() for problem in summary.warnings],
        "unmapped_columns": summary.unmapped,
        "skipped": summary.skipped,
        "unread_sheets": summary.unread_sheets,
    }


def population_import(result: PopulationImportResult) -> dict[str, Any]:
    """``spi population import --json``; with several sheets, one object per sheet under ``imports``."""
    data: dict[str, Any] = {
        "batch": result.batch, "read": result.read, "imported": result.imported, "duplicates": result.duplicates,
        "rejected": result.rejected, "warnings": result.warnings, "flagged": result.flagged,
        "dry_run": result.dry_run, "skipped": result.skipped,
        "sheet": result.sheet, "sheets": [info.as_dict() for info in result.sheets],
        "unmapped_columns": [column.as_dict() for column in result.unmapped], "mapping": result.mapping,
        "mapped_columns": result.mapped_columns,
        "notes": result.notes, "problems_report": result.problems_report,
    }
    if result.parts:
        data["batches"] = result.batches
        data["imports"] = [population_import(part) for part in result.parts]
    return data


def progress_import(result: ProgressImportResult) -> dict[str, Any]:
    """``spi progress import --json``."""
    return {"read": result.read, "imported": result.imported, "rejected": result.rejected,
            "date": result.date.isoformat(), "warnings": result.warnings,
            "errors": [problem.as_dict() for problem in result.problems]}


def results_import(result: ResultsImportResult) -> dict[str, Any]:
    """``spi results import --json``."""
    return {"read": result.read, "imported": result.imported, "rejected": result.rejected,
            "replaced": result.replaced, "skipped": result.skipped, "conflicts": result.conflicts,
            "errors": [problem.as_dict() for problem in result.problems]}


def scorecards(batch: BatchResult) -> dict[str, object]:
    """``spi scorecards --json`` (and the ``scorecards`` part of ``spi estimate``)."""
    return {"files": batch.files, "pages": batch.pages}


def purge(report: PurgeReport) -> dict[str, Any]:
    """``spi privacy purge --json``: every field of the report."""
    return asdict(report)
