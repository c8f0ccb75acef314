"""The results tab driven with qtbot: band colours, the detail with element bars, import with the duplicate
question, and the typing form."""

from __future__ import annotations

from pathlib import Path

from spi_desktop.db.session import Database
from spi_desktop.services.results_read import results_for_year
from spi_desktop.views.context import AppContext
from spi_desktop.views.results.results_tab import ResultsTab
from tests.conftest import AnsweredPrompts
from tests.support.stored import wait_stored

WAIT = 20_000


def wait(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: widget.last_job is not None and widget.last_job.done, timeout=WAIT)


def test_table_in_band_colours_and_detail_with_elements(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                        answered_prompts: AnsweredPrompts) -> None:
    tab = ResultsTab(AppContext(demo_database, 2025))
    qtbot.addWidget(tab)
    wait(qtbot, tab)
    assert tab.model.rowCount() == 41 and tab.model.row_at(0).code == "", "the institution first"
    first = tab.model.row_at(0)
    assert tab.model.data(tab.model.index(0, 3)) == "Rentan" and first.index.colour == "#C62828"
    assert "72,15" in tab.detail_title.text() and "+1,31" in tab.detail_text.text()
    assert len(tab.bars.rows) == 7 and tab.bars.index == 72.15
    assert "bukan rata-rata elemen" in tab.notes.text()


def test_import_asks_before_replacing_and_cancel_changes_nothing(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path,
                                                                 answered_prompts: AnsweredPrompts) -> None:
    path = tmp_path / "hasil.csv"
    path.write_text("Tahun;Kode;Nilai SPI\n2025;DINKES;66,60\n2025;ENTAH;70\n", encoding="utf-8")
    tab = ResultsTab(AppContext(demo_database, 2025))
    qtbot.addWidget(tab)
    wait(qtbot, tab)
    before = next(r for r in results_for_year(demo_database, 2025) if r.code == "DINKES").index.score
    answered_prompts.choice_answer = None
    tab.import_file(path)
    wait(qtbot, tab)
    assert "DINKES 2025" in answered_prompts.choices[-1]
    assert next(r for r in results_for_year(demo_database, 2025) if r.code == "DINKES").index.score == before
    answered_prompts.choice_answer = "replace"
    tab.import_file(path)
    qtbot.waitUntil(lambda: bool(answered_prompts.infos), timeout=WAIT)
    assert "ditolak 1" in answered_prompts.infos[-1][1] and "ENTAH" in answered_prompts.infos[-1][1]
    assert next(r for r in results_for_year(demo_database, 2025) if r.code == "DINKES").index.score == 66.6


def test_form_refuses_out_of_range_and_saves_indonesian_decimals(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                                 answered_prompts: AnsweredPrompts) -> None:
    tab = ResultsTab(AppContext(demo_database, 2023))
    qtbot.addWidget(tab)
    wait(qtbot, tab)
    assert tab.model.rowCount() == 0 and "Belum ada hasil resmi 2023" in tab.summary.text()
    form = tab.open_form()
    qtbot.addWidget(form)
    wait(qtbot, form)  # the OPD and the year's elements are read in the background
    form.unit.setCurrentIndex(form.unit.findData("DINKES"))
    form.scores["index"].setText("101,5")
    form.try_save()
    wait_stored(qtbot, form)
    assert form.isVisible() and "di luar 0–100" in form.message.text()
    form.scores["index"].setText("73,65")
    form.elements["transparansi"].setText("abc")
    form.try_save()
    wait_stored(qtbot, form)
    assert "bukan angka" in form.message.text()
    form.elements["transparansi"].setText("80,1")
    form.try_save()
    wait_stored(qtbot, form)
    [stored] = results_for_year(demo_database, 2023)
    assert stored.index.score == 73.65 and stored.index.band == "Rentan", "2023: Waspada starts at 73.7"


def test_typing_over_a_stored_result_asks_and_editing_keeps_every_decimal(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database, answered_prompts: AnsweredPrompts) -> None:
    tab = ResultsTab(AppContext(demo_database, 2025))
    qtbot.addWidget(tab)
    wait(qtbot, tab)
    form = tab.open_form()
    qtbot.addWidget(form)
    wait(qtbot, form)
    form.unit.setCurrentIndex(form.unit.findData("DINKES"))
    form.scores["index"].setText("50")
    answered_prompts.confirm_answer = False
    form.try_save()
    wait_stored(qtbot, form)
    assert form.isVisible()
    assert next(r for r in results_for_year(demo_database, 2025) if r.code == "DINKES").index.score == 61.35
    tab.table.selectRow(next(i for i in range(tab.model.rowCount()) if tab.model.row_at(i).code == "DINKES"))
    editor = tab.open_form(tab.selected())
    qtbot.addWidget(editor)
    wait(qtbot, editor)
    assert editor.scores["index"].text() == "61,35" and not editor.unit.isEnabled()
    editor.source.setText("Koreksi sumber")
    editor.save()
    wait_stored(qtbot, editor)
    dinkes = next(r for r in results_for_year(demo_database, 2025) if r.code == "DINKES")
    assert dinkes.index.score == 61.35 and dinkes.source == "Koreksi sumber", "editing replaces without asking"
