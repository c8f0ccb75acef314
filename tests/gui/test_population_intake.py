"""Populasi › Impor banyak berkas…: a pile dropped on the dialog, one combined preview, a choice, the import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from spi_desktop.services.population_submissions import submission_statuses
from tests.support.intake_pile import YEAR, internal_row, plain_list, template

WAIT = 30_000


def _status_of(dialog, file: str) -> str:  # type: ignore[no-untyped-def]
    model = dialog.model
    row = next(row for row in model.rows() if row.file == file)
    return str(dialog.words.status(row.status))


def test_a_dropped_pile_is_previewed_chosen_and_imported(qtbot, main_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         answered_prompts) -> None:
    database = main_window.context.database
    main_window.year_box.setCurrentIndex(main_window.year_box.findData(YEAR))
    main_window.show_area(2)
    pile = tmp_path / "kiriman"
    pile.mkdir()
    template(database, pile, "DINKES", "internal", [internal_row("Rina", "081234560001"),
                                                    internal_row("Sari", "0812")], rename="FINAL revisi (2).xlsx")
    plain_list(pile / "rekap.xlsx", [["Dedi", "081234560020"]], with_unit=False)
    (pile / "surat.docx").write_bytes(b"not a list")
    page = main_window.population
    assert page.intake_button.isEnabled()
    dialog = page.open_intake()
    assert not dialog.import_button.isEnabled()  # nothing to import before a pile comes
    dialog.default_group.setCurrentIndex(dialog.default_group.findData("internal"))  # files without a marker

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pile))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=WAIT)
    assert _status_of(dialog, "FINAL revisi (2).xlsx") == "Siap diimpor"
    assert _status_of(dialog, "rekap.xlsx") == "Perlu pilihan"
    assert _status_of(dialog, "surat.docx") == "Tidak dibaca"
    assert "1 berkas siap diimpor: 1 baris" in dialog.summary.text()

    names = [row.file for row in dialog.model.rows()]
    dialog.table.selectRow(names.index("rekap.xlsx"))
    assert "OPD tidak dikenali" in dialog.details.toPlainText()
    dialog.unit_choice.setCurrentIndex(dialog.unit_choice.findData("DISHUB"))
    job = dialog._choice_changed()
    qtbot.waitUntil(lambda: job.done and _status_of(dialog, "rekap.xlsx") == "Siap diimpor", timeout=WAIT)
    assert dialog._selected().file == "rekap.xlsx"  # the selection stays on the file the user answered for

    dialog.start_import()
    qtbot.waitUntil(lambda: bool(answered_prompts.infos), timeout=WAIT)
    assert "2 berkas diimpor: 2 baris" in answered_prompts.infos[-1][1]
    assert _status_of(dialog, "FINAL revisi (2).xlsx") == "Diimpor"
    assert not dialog.import_button.isEnabled()  # a pile is imported once
    board = {(s.unit_code, s.group): s.rows for s in submission_statuses(database, YEAR)}
    assert board[("DINKES", "internal")] == 1 and board[("DISHUB", "internal")] == 1
    dialog.reject()
