"""The SPI mandiri estimate wizard as a user drives it: samples → weights → ESTIMASI, nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, table

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.resources import resource_path
from spi_desktop.services.estimate import estimate_spi
from spi_desktop.services.results_read import results_for_year
from spi_desktop.views.context import AppContext
from spi_desktop.views.results.estimate_wizard import EstimateWizard

SAMPLE_EXPORT = resource_path("estimate", "contoh-google-form.csv")
SAMPLE_MAP = resource_path("estimate", "peta-kuesioner-contoh.json")


def row_counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        return {name: connection.scalar(select(func.count()).select_from(table(name))) or 0 for name in names}


@pytest.fixture
def wizard(qtbot, demo_database: Database, answered_prompts) -> EstimateWizard:  # type: ignore[no-untyped-def]
    wizard = EstimateWizard(AppContext(demo_database, 2024))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def run_to_result(qtbot, wizard: EstimateWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    assert wizard.currentPage() is wizard.weights_page, wizard.files_page.status.text()
    wizard.next()
    assert wizard.currentPage() is wizard.result_page, wizard.weights_page.message.text()
    qtbot.waitUntil(lambda: wizard.last_job is not None and wizard.last_job.done, timeout=60_000)


def test_samples_reach_the_estimate_and_store_nothing(qtbot, wizard: EstimateWizard, demo_database: Database,  # type: ignore[no-untyped-def]
                                                      answered_prompts, tmp_path: Path) -> None:
    results_before, rows_before = results_for_year(demo_database, 2024), row_counts(demo_database)
    assert not wizard.files_page.isComplete()
    wizard.files_page.use_samples()
    assert wizard.files_page.isComplete()
    wizard.next()
    weights = {group: edit.text() for group, edit in wizard.weights_page.weights.items()}
    assert weights == {"internal": "0,45", "external": "0,45", "expert": "0,1"}
    wizard.next()
    qtbot.waitUntil(lambda: wizard.last_job is not None and wizard.last_job.done, timeout=60_000)
    page = wizard.result_page
    assert page.error.isHidden(), page.error.text()
    assert page.isComplete() and wizard.choices.report is not None and wizard.choices.weights is None
    view = page.view
    assert "ESTIMASI" in view.banner.text() and "BUKAN NILAI RESMI KPK" in view.banner.text()
    rows = view.model.rows()
    assert rows[0].code is None and len(rows) == 9  # the institution, then the 8 OPD in the sample
    assert {row.code for row in rows[1:]} == {unit.code for unit in wizard.choices.report.units}
    index_text = view.model.data(view.model.index(0, 2))
    assert "[" in index_text and "–" in index_text and "," in index_text
    assert view.elements.rowCount() == 7 and "ESTIMASI" in view.detail_title.text()
    view.table.selectRow(3)
    assert rows[3].name in view.detail_title.text()
    unit_notes = rows[3].estimate.notes
    assert view.notes.count() == len(unit_notes) + len(wizard.choices.report.notes)
    assert view.notes.item(len(unit_notes)).text().startswith("• ESTIMASI")
    assert all(view.notes.item(i).text().startswith(f"• {rows[3].code}: ") for i in range(len(unit_notes)))
    assert results_for_year(demo_database, 2024) == results_before
    assert row_counts(demo_database) == rows_before

    answered_prompts.save_file_answer = str(tmp_path / "estimasi.json")
    job = wizard.save_json()
    assert job is wizard.last_job
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    saved = json.loads((tmp_path / "estimasi.json").read_text(encoding="utf-8"))
    assert saved["label"] == "ESTIMASI" and len(saved["units"]) == 8
    assert answered_prompts.infos and not answered_prompts.errors
    assert row_counts(demo_database) == rows_before


def test_weights_that_do_not_sum_to_one_are_refused(qtbot, wizard: EstimateWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.files_page.use_samples()
    wizard.next()
    page = wizard.weights_page
    page.weights["expert"].setText("0,2")
    assert page.total.text().endswith("1,10")
    wizard.next()
    assert wizard.currentPage() is page
    assert "jumlah ketiganya harus 1" in page.message.text() and "1,10)" in page.message.text()
    page.weights["expert"].setText("abc")
    wizard.next()
    assert wizard.currentPage() is page and "bukan angka" in page.message.text()
    page.weights["expert"].setText("0,1")
    page.correction.setText("150")
    wizard.next()
    assert wizard.currentPage() is page and "0 dan 100" in page.message.text()
    page.weights["internal"].setText("0,5")
    page.weights["external"].setText("0,4")
    page.correction.setText("2,5")
    wizard.next()
    assert wizard.currentPage() is wizard.result_page, page.message.text()
    qtbot.waitUntil(lambda: wizard.last_job is not None and wizard.last_job.done, timeout=60_000)
    chosen = wizard.choices
    assert chosen.weights == {"internal": 0.5, "external": 0.4, "expert": 0.1} and chosen.correction == 2.5
    assert wizard.choices.report is not None and wizard.choices.report.correction == 2.5


def test_a_map_column_missing_from_the_export_shows_the_service_error(  # type: ignore[no-untyped-def]
        qtbot, wizard: EstimateWizard, demo_database: Database, tmp_path: Path) -> None:
    broken = json.loads(SAMPLE_MAP.read_text(encoding="utf-8"))
    broken["questions"][0]["column"] = "A0. Pertanyaan yang tidak ada di ekspor"
    map_path = tmp_path / "peta-rusak.json"
    map_path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as expected:
        estimate_spi(demo_database, SAMPLE_EXPORT, map_path, 2024)
    wizard.files_page.export.setText(str(SAMPLE_EXPORT))
    wizard.files_page.map.setText(str(map_path))
    run_to_result(qtbot, wizard)
    page = wizard.result_page
    assert not page.error.isHidden() and page.view.isHidden()
    assert str(expected.value) in page.error.text() and "A0. Pertanyaan" in page.error.text()
    assert wizard.choices.report is None and not page.save_button.isEnabled()
    wizard.back()
    assert wizard.currentPage() is wizard.weights_page
    wizard.back()
    wizard.files_page.map.setText(str(SAMPLE_MAP))
    run_to_result(qtbot, wizard)
    assert page.error.isHidden() and wizard.choices.report is not None and page.view.model.rowCount() == 9


def test_a_missing_file_is_refused_on_the_first_page(wizard: EstimateWizard, tmp_path: Path) -> None:
    wizard.files_page.export.setText(str(tmp_path / "tidak-ada.csv"))
    wizard.files_page.map.setText(str(SAMPLE_MAP))
    wizard.next()
    assert wizard.currentPage() is wizard.files_page
    assert "tidak-ada.csv" in wizard.files_page.status.text()


def test_row_problems_are_listed_with_file_row_and_column(qtbot, wizard: EstimateWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = SAMPLE_EXPORT.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",Setuju,", ",Mungkin,", 1)
    export = tmp_path / "jawaban.csv"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard.files_page.export.setText(str(export))
    wizard.files_page.map.setText(str(SAMPLE_MAP))
    run_to_result(qtbot, wizard)
    view = wizard.result_page.view
    assert wizard.choices.report is not None and len(wizard.choices.report.problems) == 1
    assert view.problems.rowCount() == 1 and view.tabs.tabText(1) == "Masalah (1)"
    cells = [view.problems.data(view.problems.index(0, column)) for column in range(4)]
    assert cells[:2] == ["jawaban.csv", "3"] and cells[2].startswith("D (A1.") and "Mungkin" in cells[3]


def test_estimate_scorecards_are_written_from_the_result_page(qtbot, wizard: EstimateWizard,  # type: ignore[no-untyped-def]
                                                              answered_prompts, tmp_path: Path) -> None:
    from pypdf import PdfReader

    wizard.files_page.use_samples()
    run_to_result(qtbot, wizard)
    assert wizard.result_page.cards_button.isEnabled()
    answered_prompts.folder_answer = str(tmp_path / "estimasi")
    job = wizard.write_scorecards()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert wizard.choices.report is not None
    files = sorted((tmp_path / "estimasi").iterdir())
    assert len(files) == len(wizard.choices.report.units) + 2 and all(f.name.startswith("ESTIMASI-") for f in files)
    assert "ESTIMASI — bukan nilai resmi KPK" in PdfReader(files[0]).pages[0].extract_text()
    assert "bukan nilai resmi KPK" in answered_prompts.infos[-1][1]
