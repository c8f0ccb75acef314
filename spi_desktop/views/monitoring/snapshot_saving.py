"""Store a progress snapshot from the GUI: ask replace-or-keep when the date exists, then report back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from spi_desktop.services.progress import OnExisting, ProgressImportResult, snapshot_exists
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.dates import shown_date
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import problem_text, reason_text
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background

MAX_LISTED = 12


def picked_date(edit: QDateEdit) -> dt.date:
    """The date a date field shows, as a Python date."""
    value = edit.date().toPython()
    assert isinstance(value, dt.date)
    return value


def qdate(value: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def ask_on_existing(parent: QWidget, date: dt.date, exists: bool) -> OnExisting | None:
    """'ask' when the date is free; else the user's choice, None when they cancel (nothing changes)."""
    if not exists:
        return "ask"
    title = QCoreApplication.translate("SnapshotSaving", "Tanggal sudah ada")
    question = fill(QCoreApplication.translate(
        "SnapshotSaving", "Sudah ada data kemajuan tanggal %1.\n\nGanti data lama dengan yang baru, atau simpan "
        "keduanya (data yang disimpan belakangan dipakai untuk tanggal itu)?"), shown_date(date))
    options = [("replace", QCoreApplication.translate("SnapshotSaving", "Ganti data lama")),
               ("keep", QCoreApplication.translate("SnapshotSaving", "Simpan keduanya"))]
    choice = prompts.choose(parent, title, question, options)
    return "replace" if choice == "replace" else "keep" if choice == "keep" else None


def result_text(result: ProgressImportResult) -> str:
    """What was stored and refused, with the first problems and warnings (file, row, column)."""
    lines = [fill(QCoreApplication.translate("SnapshotSaving", "Tanggal %1: dibaca %2, disimpan %3, ditolak %4."),
                  shown_date(result.date), result.read, result.imported, result.rejected)]
    if result.problems:
        lines.append(QCoreApplication.translate("SnapshotSaving", "Ditolak:"))
        lines += [f"• {problem_text(problem)}" for problem in result.problems[:MAX_LISTED]]
        if len(result.problems) > MAX_LISTED:
            more = len(result.problems) - MAX_LISTED
            lines.append(fill(QCoreApplication.translate("SnapshotSaving", "… dan %1 lainnya"), more))
    if result.warnings:
        lines.append(QCoreApplication.translate("SnapshotSaving", "Perlu dicek (jumlah selesai turun):"))
        lines += [f"• {reason_text(warning)}" for warning in result.warnings[:MAX_LISTED]]
    return "\n".join(lines)


def save_snapshot(parent: QWidget, context: AppContext, date: dt.date,
                  store: Callable[[OnExisting], ProgressImportResult],
                  on_saved: Callable[[ProgressImportResult], None] | None = None,
                  on_started: Callable[[BackgroundJob], None] | None = None) -> BackgroundJob:
    """Look off the GUI thread whether ``date`` has a snapshot; ask replace-or-keep if so, then run ``store`` off
    the GUI thread too (``on_started`` is handed that job; nothing is stored when the user cancels)."""
    database, year = context.database, context.year
    error_title = QCoreApplication.translate("SnapshotSaving", "Data kemajuan tidak disimpan")
    check = run_in_background(lambda _ctx: snapshot_exists(database, year, date), owner=parent,
                              error_title=error_title)
    check.succeeded.connect(lambda exists: _store_after_asking(parent, context, date, exists, store, on_saved,
                                                               on_started))
    return check


def _store_after_asking(parent: QWidget, context: AppContext, date: dt.date, exists: bool,
                        store: Callable[[OnExisting], ProgressImportResult],
                        on_saved: Callable[[ProgressImportResult], None] | None,
                        on_started: Callable[[BackgroundJob], None] | None) -> None:
    on_existing = ask_on_existing(parent, date, exists)
    if on_existing is None:
        return
    # No progress dialog: a snapshot is one short transaction, and a Cancel it could not honour would mislead.
    job = run_in_background(lambda _ctx: store(on_existing), owner=parent, error_title=QCoreApplication.translate(
        "SnapshotSaving", "Data kemajuan tidak disimpan"))

    def saved(result: ProgressImportResult) -> None:
        context.notify(Area.PROGRESS)
        prompts.info(parent, QCoreApplication.translate("SnapshotSaving", "Data kemajuan"), result_text(result))
        if on_saved is not None:
            on_saved(result)

    job.succeeded.connect(saved)
    if on_started is not None:
        on_started(job)
