"""Populasi › Kirim format ke OPD…: a folder chosen, every taking-part OPD's two templates written, and said."""

from __future__ import annotations

from pathlib import Path

from spi_desktop.importers.template_marker import read_marker


def test_send_forms_writes_each_opds_templates(qtbot, main_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               answered_prompts) -> None:
    main_window.year_box.setCurrentIndex(main_window.year_box.findData(2024))
    main_window.show_area(2)
    page = main_window.population
    assert page.template_button.isEnabled()
    answered_prompts.folder_answer = str(tmp_path / "format")
    page.template_button.click()
    qtbot.waitUntil(lambda: bool(answered_prompts.infos), timeout=30_000)
    files = sorted((tmp_path / "format").iterdir())
    assert len(files) == 80  # 40 OPD x internal and external
    assert "80 format ditulis" in answered_prompts.infos[-1][1]
    marker = read_marker(tmp_path / "format" / "DINKES-eksternal-2024.xlsx")
    assert marker is not None and (marker.unit_code, marker.group, marker.year) == ("DINKES", "external", 2024)


def test_cancelled_folder_writes_nothing(qtbot, main_window, answered_prompts) -> None:  # type: ignore[no-untyped-def]
    main_window.show_area(2)
    answered_prompts.folder_answer = None
    assert main_window.population.choose_template_folder() is None
