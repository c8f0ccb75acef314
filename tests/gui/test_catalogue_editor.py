"""Pengaturan › Katalog rekomendasi: view, edit and reset the scorecard recommendation texts."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from spi_desktop.db.session import Database
from spi_desktop.services import settings_store
from spi_desktop.services.recommendation_catalogue import (
    MAX_EDITED_LENGTH,
    TIERS,
    Catalogue,
    CatalogueVersion,
    load_catalogue,
    recommendations_for,
    reset_catalogue_text,
    save_catalogue_text,
    shipped_catalogue,
)
from spi_desktop.services.settings_store import CATALOGUE_KEY
from spi_desktop.services.years import get_year, list_years, save_year
from spi_desktop.views.context import AppContext
from spi_desktop.views.settings.catalogue_editor import (
    ELEMENT,
    KEY_ROLE,
    STATUS,
    CatalogueEditor,
    element_names,
)
from tests.conftest import AnsweredPrompts

SHIPPED = shipped_catalogue().versions[0]
NEW_TEXT = "Tetapkan standar layanan tertulis dan umumkan di setiap loket serta laman OPD."


@pytest.fixture
def editor(qtbot, database: Database, answered_prompts: AnsweredPrompts) -> CatalogueEditor:  # type: ignore[no-untyped-def]
    """The editor on a fresh workspace (default survey years), shown at a usable size."""
    widget = CatalogueEditor(AppContext(database, 2024))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    wait(qtbot, widget)
    return widget


def wait(qtbot, editor: CatalogueEditor) -> None:  # type: ignore[no-untyped-def]
    """Until the editor's newest read (the catalogue and the years' element names) is shown."""
    qtbot.waitUntil(lambda: editor.last_job is not None and editor.last_job.done, timeout=10_000)


def row_of(editor: CatalogueEditor, code: str, tier: str) -> int:
    """The table row showing ``code`` and ``tier``."""
    for row in range(editor.table.rowCount()):
        item = editor.table.item(row, ELEMENT)
        if item is not None and tuple(item.data(KEY_ROLE)) == (code, tier):
            return row
    raise AssertionError(f"no row for {code}/{tier}")


def select(editor: CatalogueEditor, code: str, tier: str) -> int:
    """Select the row of ``code`` and ``tier`` as a click would; return its number."""
    row = row_of(editor, code, tier)
    editor.table.setCurrentCell(row, ELEMENT)
    return row


def status(editor: CatalogueEditor, code: str, tier: str) -> str:
    item = editor.table.item(row_of(editor, code, tier), STATUS)
    return item.text() if item is not None else ""


def test_table_lists_every_element_and_tier_with_names_from_the_survey_years(editor: CatalogueEditor) -> None:
    assert editor.version_box.currentText() == "Berlaku mulai 2021"
    assert "2021, 2022, 2023, 2024, 2025" in editor.note.text()
    assert editor.table.rowCount() == len(SHIPPED.elements) * len(TIERS)
    row = row_of(editor, "integritas_tugas", "mendasar")
    assert editor.table.item(row, ELEMENT).text() == "Integritas dalam Pelaksanaan Tugas"
    assert editor.table.item(row, 1).text() == "Perbaikan mendasar"
    select(editor, "pengelolaan_pbj", "pertahankan")
    assert editor.editor.toPlainText() == SHIPPED.elements["pengelolaan_pbj"]["pertahankan"]
    assert "Pengelolaan PBJ" in editor.heading.text() and "Pertahankan dan kembangkan" in editor.heading.text()
    assert all(status(editor, code, tier) == "" for code in SHIPPED.elements for tier in TIERS)


def test_editing_a_text_stores_it_and_the_scorecards_use_it(qtbot, editor: CatalogueEditor,  # type: ignore[no-untyped-def]
                                                           database: Database,
                                                           answered_prompts: AnsweredPrompts) -> None:
    select(editor, "transparansi", "mendasar")
    assert not editor.save_button.isEnabled()  # nothing changed yet
    editor.editor.setPlainText(NEW_TEXT)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, editor)
    assert answered_prompts.errors == []
    version = load_catalogue(database).versions[0]
    assert version.elements["transparansi"]["mendasar"] == NEW_TEXT
    assert version.edited == {("transparansi", "mendasar")}
    assert status(editor, "transparansi", "mendasar") == "diubah"
    assert editor.table.item(row_of(editor, "transparansi", "mendasar"), ELEMENT).font().bold()
    assert editor.table.currentRow() == row_of(editor, "transparansi", "mendasar")  # still on the saved row
    assert "tersimpan" in editor.message.text()
    assert editor.reset_all_button.isEnabled()
    # 50 lies in 2024's lowest band (Rentan), so the card prints the "mendasar" text
    [line] = recommendations_for(database, 2024, {"transparansi": 50.0})
    assert (line.tier, line.text) == ("mendasar", NEW_TEXT)


def test_an_empty_text_is_refused_with_the_reason_and_nothing_is_stored(qtbot, editor: CatalogueEditor,  # type: ignore[no-untyped-def]
                                                                        database: Database,
                                                                        answered_prompts: AnsweredPrompts) -> None:
    select(editor, "pengelolaan_sdm", "perbaikan")
    editor.editor.setPlainText("   \n ")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, editor)
    [(title, text)] = answered_prompts.errors
    assert title == "Katalog rekomendasi"
    assert "tidak boleh kosong" in text
    assert load_catalogue(database).versions[0].edited == frozenset()
    assert not settings_store.read(database, CATALOGUE_KEY)
    assert status(editor, "pengelolaan_sdm", "perbaikan") == ""


def test_the_counter_follows_the_text_and_an_overlong_text_is_refused(qtbot, editor: CatalogueEditor,  # type: ignore[no-untyped-def]
                                                                      database: Database,
                                                                      answered_prompts: AnsweredPrompts) -> None:
    select(editor, "transparansi", "perbaikan")
    shipped = SHIPPED.elements["transparansi"]["perbaikan"]
    assert editor.counter.text() == f"{len(shipped)} / {MAX_EDITED_LENGTH} karakter"
    editor.editor.setPlainText("Periksa loket.")
    assert editor.counter.text() == f"14 / {MAX_EDITED_LENGTH} karakter"
    editor.editor.setPlainText("a" * (MAX_EDITED_LENGTH + 1))
    assert editor.counter.text() == f"{MAX_EDITED_LENGTH + 1} / {MAX_EDITED_LENGTH} karakter"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, editor)
    [(_title, text)] = answered_prompts.errors
    assert f"paling panjang {MAX_EDITED_LENGTH} karakter" in text
    assert load_catalogue(database).versions[0].elements["transparansi"]["perbaikan"] == shipped


def test_resetting_one_text_restores_the_shipped_one(qtbot, database: Database,  # type: ignore[no-untyped-def]
                                                     answered_prompts: AnsweredPrompts) -> None:
    save_catalogue_text(database, 2021, "transparansi", "mendasar", NEW_TEXT)
    save_catalogue_text(database, 2021, "pengelolaan_pbj", "pertahankan", "Pertahankan e-katalog lokal.")
    editor = CatalogueEditor(AppContext(database, 2024))
    qtbot.addWidget(editor)
    wait(qtbot, editor)
    select(editor, "transparansi", "mendasar")
    assert editor.editor.toPlainText() == NEW_TEXT
    assert status(editor, "transparansi", "mendasar") == "diubah"
    answered_prompts.confirm_answer = False  # the user changes their mind: nothing happens
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert load_catalogue(database).versions[0].elements["transparansi"]["mendasar"] == NEW_TEXT
    answered_prompts.confirm_answer = True
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    wait(qtbot, editor)
    version = load_catalogue(database).versions[0]
    assert version.elements["transparansi"]["mendasar"] == SHIPPED.elements["transparansi"]["mendasar"]
    assert version.edited == {("pengelolaan_pbj", "pertahankan")}  # the other edit stays
    assert editor.editor.toPlainText() == SHIPPED.elements["transparansi"]["mendasar"]
    assert status(editor, "transparansi", "mendasar") == ""
    assert status(editor, "pengelolaan_pbj", "pertahankan") == "diubah"
    assert not editor.reset_button.isEnabled()
    assert answered_prompts.errors == []


def test_reset_catalogue_text_drops_only_that_text(database: Database) -> None:
    reset_catalogue_text(database, 2021, "transparansi", "mendasar")  # never edited: nothing to drop
    assert not settings_store.read(database, CATALOGUE_KEY)
    save_catalogue_text(database, 2021, "transparansi", "mendasar", NEW_TEXT)
    save_catalogue_text(database, 2021, "transparansi", "perbaikan", "Periksa loket setiap bulan.")
    reset_catalogue_text(database, 2021, "transparansi", "mendasar")
    assert settings_store.read(database, CATALOGUE_KEY) == {
        "2021": {"transparansi": {"perbaikan": "Periksa loket setiap bulan."}}}
    reset_catalogue_text(database, 2021, "transparansi", "perbaikan")
    assert settings_store.read(database, CATALOGUE_KEY) == {}  # no empty leftovers
    assert load_catalogue(database).versions[0] == SHIPPED


def test_reset_all_after_confirmation_drops_every_edit(qtbot, database: Database,  # type: ignore[no-untyped-def]
                                                       answered_prompts: AnsweredPrompts) -> None:
    save_catalogue_text(database, 2021, "transparansi", "mendasar", NEW_TEXT)
    save_catalogue_text(database, 2021, "pengelolaan_pbj", "pertahankan", "Pertahankan e-katalog lokal.")
    editor = CatalogueEditor(AppContext(database, 2024))
    qtbot.addWidget(editor)
    wait(qtbot, editor)
    answered_prompts.confirm_answer = False
    qtbot.mouseClick(editor.reset_all_button, Qt.MouseButton.LeftButton)
    assert len(load_catalogue(database).versions[0].edited) == 2
    answered_prompts.confirm_answer = True
    qtbot.mouseClick(editor.reset_all_button, Qt.MouseButton.LeftButton)
    wait(qtbot, editor)
    assert load_catalogue(database).versions[0] == SHIPPED
    assert all(status(editor, code, tier) == "" for code in SHIPPED.elements for tier in TIERS)
    assert not editor.reset_all_button.isEnabled()
    [line] = recommendations_for(database, 2024, {"transparansi": 50.0})
    assert line.text == SHIPPED.elements["transparansi"]["mendasar"]


def test_switching_rows_with_unsaved_text_asks_first(editor: CatalogueEditor, database: Database,
                                                     answered_prompts: AnsweredPrompts) -> None:
    first = select(editor, "transparansi", "mendasar")
    editor.editor.setPlainText(NEW_TEXT)
    answered_prompts.confirm_answer = False  # keep the unsaved text
    select(editor, "pengelolaan_sdm", "mendasar")
    assert editor.table.currentRow() == first
    assert editor.editor.toPlainText() == NEW_TEXT
    answered_prompts.confirm_answer = True  # drop it
    select(editor, "pengelolaan_sdm", "mendasar")
    assert editor.editor.toPlainText() == SHIPPED.elements["pengelolaan_sdm"]["mendasar"]
    assert load_catalogue(database).versions[0].edited == frozenset()


def test_renamed_elements_show_their_new_name(qtbot, editor: CatalogueEditor, database: Database) -> None:  # type: ignore[no-untyped-def]
    for year in list_years(database):
        settings = get_year(database, year)
        renamed = [dataclasses.replace(element, name="Keterbukaan Layanan") if element.code == "transparansi"
                   else element for element in settings.elements]
        save_year(database, dataclasses.replace(settings, elements=renamed))
    editor.context.notify("years")
    wait(qtbot, editor)
    assert editor.table.item(row_of(editor, "transparansi", "perbaikan"), ELEMENT).text() == "Keterbukaan Layanan"


def test_a_code_no_survey_year_names_is_shown_as_its_code(qtbot, database: Database,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("spi_desktop.views.settings.catalogue_editor.list_years", lambda _database: [])
    editor = CatalogueEditor(AppContext(database, 2024))
    qtbot.addWidget(editor)
    wait(qtbot, editor)
    assert editor.table.item(row_of(editor, "pengelolaan_pbj", "mendasar"), ELEMENT).text() == "pengelolaan_pbj"


def test_names_prefer_the_years_that_use_the_version() -> None:
    catalogue = Catalogue("", [CatalogueVersion(2021, "", {}), CatalogueVersion(2024, "", {})])
    years = {2022: {"transparansi": "Transparansi (lama)"}, 2025: {"transparansi": "Transparansi", "sdm": "SDM"}}
    assert element_names(catalogue, 2021, years) == {"transparansi": "Transparansi (lama)", "sdm": "SDM"}
    assert element_names(catalogue, 2024, years) == {"transparansi": "Transparansi", "sdm": "SDM"}


def test_the_settings_page_has_the_catalogue_tab(main_window) -> None:  # type: ignore[no-untyped-def]
    tabs = main_window.settings.tabs
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    assert titles.index("Katalog rekomendasi") == titles.index("Lampu kemajuan") + 1
    assert tabs.widget(titles.index("Katalog rekomendasi")) is main_window.settings.catalogue
