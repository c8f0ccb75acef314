"""Write the scorecards of a year: one PDF per OPD (named by its code), the institution's, and optionally one
combined PDF that opens with the summary; each file appears only once complete.

Printing needs the PRINT permission (every role has it) and leaves one audit line per file or batch.

Big batches are drawn in worker processes, one per core, so both cores of an office PC are busy; a cancel is
passed to them through a shared event and noticed between cards.
"""

from __future__ import annotations

import os
import queue
import sys
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from threading import Event
from typing import TYPE_CHECKING

from spi_desktop.db.session import Database
from spi_desktop.domain.roles import Actor, Permission
from spi_desktop.domain.scorecard import ScorecardData
from spi_desktop.reports.scorecard_render import (
    RenderSignals,
    RenderStopped,
    init_worker,
    render_combined,
    render_files,
)
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.jobs import JobCancelled, JobContext, quiet_context
from spi_desktop.services.results_read import results_for_year
from spi_desktop.services.scorecards import scorecard_data, scorecards_for_year

if TYPE_CHECKING:
    from multiprocessing.queues import Queue as ProcessQueue

    from spi_desktop.services.estimate import EstimateReport

INSTITUTION_FILE = "INSTANSI"
PARALLEL_FROM = 12  # fewer cards are drawn here: starting worker processes costs about a second
MAX_WORKERS = 8

Job = tuple[ScorecardData, str]


@dataclass
class BatchResult:
    """The files written and their pages; ``as_dict`` is the CLI's JSON contract."""

    files: list[str] = field(default_factory=list)
    pages: int = 0


@dataclass
class _Plan:
    jobs: list[Job]
    cards: list[ScorecardData]
    combined: Path | None

    @property
    def total(self) -> int:
        """Files to write: one per card, plus the combined one."""
        return len(self.jobs) + (1 if self.combined else 0)


def combined_name(year: int) -> str:
    """The combined file's name for ``year``."""
    return f"kartu-skor-SPI-{year}.pdf"


def file_name(code: str) -> str:
    """The file an OPD's card is written to: its code, made safe for any file system."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in code)
    return f"{safe or INSTITUTION_FILE}.pdf"


def write_one_scorecard(database: Database, year: int, code: str, path: Path, preview: bool = False) -> int:
    """Write the card of ``code`` ('' for the institution) to ``path``; returns its pages. A ``preview`` is
    not logged: ``note_scorecard_output`` logs it when it is saved or printed from there."""
    from spi_desktop.reports.scorecard import write_scorecard

    actor = require(database, Permission.PRINT)
    pages = write_scorecard(scorecard_data(database, year, code), path)
    if not preview:
        audit.record_now(database, actor, "print", "kartu skor", f"Kartu skor {code or 'instansi'} {year} dibuat "
                         f"({pages} halaman)", year=year, unit=code, files=1, pages=pages, file=path.name)
    return pages


def note_scorecard_output(database: Database, year: int, code: str, how: str, where: str) -> None:
    """Log that a previewed card was saved ('simpan', a file) or printed ('cetak', a printer)."""
    actor = require(database, Permission.PRINT)
    verb = "dicetak ke" if how == "cetak" else "disimpan ke"
    audit.record_now(database, actor, "print", "kartu skor", f"Kartu skor {code or 'instansi'} {year} {verb} "
                     f"{Path(where).name or where}", year=year, unit=code, how=how)


def existing_files(out: Path, codes: list[str], year: int, combined: bool) -> list[str]:
    """The names among a batch's files that are already in ``out`` (and would be replaced)."""
    names = [file_name(code) for code in codes] + ([combined_name(year)] if combined else [])
    return [name for name in names if (out / name).exists()]


def write_scorecards(database: Database, year: int, out: Path, codes: list[str] | None = None,
                     institution: bool = False, combined: bool = False, context: JobContext | None = None,
                     workers: int | None = None) -> BatchResult:
    """Cards for ``codes`` (default: every OPD with a result in ``year``), plus the institution's when asked.
    ``InputError`` before anything is written when a requested unit has no result for the year; a cancel
    raises ``JobCancelled`` and leaves only complete files."""
    actor = require(database, Permission.PRINT)
    context = context or quiet_context()
    context.report(0, 0, "Membaca hasil…")
    opd = codes if codes else sorted(info.code for info in results_for_year(database, year) if info.code)
    cards = scorecards_for_year(database, year, ([""] if institution else []) + list(opd))
    result = write_cards(cards, out, combined_name(year) if combined else None, context, workers)
    _note(database, actor, f"Kartu skor {year} dicetak ke folder {out.name}", result, year=year, cards=len(cards),
          combined=combined)
    return result


def write_estimate_scorecards(database: Database, report: EstimateReport, out: Path,
                              context: JobContext | None = None, workers: int | None = None) -> BatchResult:
    """ESTIMASI cards for the institution and every OPD of ``report``, plus their combined file; every file
    name starts with ESTIMASI so they are never taken for official cards in the same folder."""
    from spi_desktop.services.scorecards_estimate import estimate_scorecards

    actor = require(database, Permission.PRINT)
    cards = estimate_scorecards(database, report)
    result = write_cards(cards, out, f"ESTIMASI-{combined_name(report.year)}", context or quiet_context(), workers,
                         prefix="ESTIMASI-")
    _note(database, actor, f"Kartu skor ESTIMASI {report.year} dicetak ke folder {out.name}", result,
          year=report.year, cards=len(cards), estimate=True)
    return result


def _note(database: Database, actor: Actor, summary: str, result: BatchResult, **details: object) -> None:
    """The batch's one audit line: how many files and pages (the folder by its name only)."""
    audit.record_now(database, actor, "print", "kartu skor", f"{summary} ({len(result.files)} berkas, "
                     f"{result.pages} halaman)", files=len(result.files), pages=result.pages, **details)


def write_cards(cards: list[ScorecardData], out: Path, combined: str | None, context: JobContext,
                workers: int | None = None, prefix: str = "") -> BatchResult:
    """Write ``cards`` into ``out`` (one file each, plus ``combined`` when named); big batches in workers."""
    out.mkdir(parents=True, exist_ok=True)
    plan = _Plan([(card, str(out / f"{prefix}{file_name(card.code)}")) for card in cards], cards,
                 out / combined if combined and cards else None)
    workers = workers or min(os.cpu_count() or 1, MAX_WORKERS)
    context.report(0, plan.total, _progress_text(0, plan.total))
    if workers > 1 and len(cards) >= PARALLEL_FROM:
        pages = _draw_in_workers(plan, workers, context)
    else:
        pages = _draw_here(plan, context)
    files = [path for _card, path in plan.jobs] + ([str(plan.combined)] if plan.combined else [])
    context.report(plan.total, plan.total, "Selesai", check=False)
    return BatchResult(files, pages)


def _progress_text(done: int, total: int) -> str:
    if done == 0:
        return "Menyiapkan penggambar kartu…"
    return f"{done} dari {total} berkas kartu selesai"


def _draw_here(plan: _Plan, context: JobContext) -> int:
    done = 0

    def card_done() -> None:
        nonlocal done
        done += 1
        context.report(done, plan.total, _progress_text(done, plan.total), check=False)

    stop = _ContextStop(context)
    signals = RenderSignals(stop, card_done)
    try:
        pages = render_files(plan.jobs, signals)
        if plan.combined:
            pages += render_combined(plan.cards, str(plan.combined), signals)
    except RenderStopped:
        raise JobCancelled("Dibatalkan oleh pengguna") from None
    return pages


class _ContextStop:
    def __init__(self, context: JobContext) -> None:
        self.context = context

    def is_set(self) -> bool:
        return self.context.cancelled


def _chunks(jobs: list[Job], workers: int) -> Iterator[list[Job]]:
    size = max(1, -(-len(jobs) // (workers * 16)))  # small chunks: no core waits long for the last one
    for start in range(0, len(jobs), size):
        yield jobs[start:start + size]


def worker_interpreter(platform: str, executable: str, exec_prefix: str) -> str | None:
    """The interpreter spawned workers must run when this process is not one: the Windows bundle's
    ``SPI Desktop.exe`` runs Python inside itself, and started as a worker it would open the app instead; its
    ``pythonw.exe`` (no console window) is beside it. None where ``sys.executable`` is Python itself."""
    program = PureWindowsPath(executable) if platform == "win32" else Path(executable)
    if platform != "win32" or program.stem.lower() in ("python", "pythonw"):
        return None
    return str(PureWindowsPath(exec_prefix) / "pythonw.exe")


def _draw_in_workers(plan: _Plan, workers: int, context: JobContext) -> int:
    import multiprocessing

    # "spawn": a forked copy of a process running Qt threads may hang; a fresh interpreter never does.
    spawn = multiprocessing.get_context("spawn")
    interpreter = worker_interpreter(sys.platform, sys.executable, sys.exec_prefix)
    if interpreter is not None:
        spawn.set_executable(interpreter)
    stop: Event = spawn.Event()  # type: ignore[assignment]
    done_queue = spawn.Queue()
    done = 0
    with ProcessPoolExecutor(workers, mp_context=spawn, initializer=init_worker,
                             initargs=(stop, done_queue)) as pool:
        # The combined file is one long task: start it first so the other workers share the single cards.
        futures: list[Future[int]] = []
        if plan.combined:
            futures.append(pool.submit(render_combined, plan.cards, str(plan.combined)))
        futures += [pool.submit(render_files, chunk) for chunk in _chunks(plan.jobs, workers)]
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            done += _drain(done_queue)
            context.report(done, plan.total, _progress_text(done, plan.total), check=False)
            if context.cancelled or any(_failed(future) for future in finished):
                stop.set()
                for future in pending:
                    future.cancel()
    failures = [f.exception() for f in futures if _failed(f)]
    if failures and not isinstance(failures[0], RenderStopped):
        raise failures[0]  # type: ignore[misc]
    if failures or context.cancelled or any(f.cancelled() for f in futures):
        raise JobCancelled("Dibatalkan oleh pengguna")
    return sum(future.result() for future in futures)


def _failed(future: Future[int]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is not None


def _drain(done_queue: ProcessQueue[int]) -> int:
    count = 0
    while True:
        try:
            count += done_queue.get_nowait()
        except queue.Empty:
            return count
