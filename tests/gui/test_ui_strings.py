"""The "must show" string walk (issue 19): every visible piece of UI chrome (labels, buttons, titles, headers,
tabs, group boxes, tooltips, placeholders) of every page and of every dialog and wizard page, in Indonesian and in
English, shows no internal path, code name or formula, and no words of the other language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from spi_desktop.views.language import install_language, remove_language
from tests.conftest import open_window
from tests.support.ui_walk import dialog_views, settle, window_views
from tests.support.window_openers import every_dialog

ALWAYS = [
    ("an internal path", re.compile(r"shared/domain|\.md\b|/work/|spi_desktop\.|\.py\b")),
    ("a code name", re.compile(r"\b[a-z]+_[a-z0-9_]+\b|--db\b|\bSPI_DB\b")),
    ("a formula", re.compile(r"^\s*=\s*[A-Z(]")),
]
OTHER_LANGUAGE = {
    "en": ("an Indonesian word", re.compile(
        r"\b(dan|yang|untuk|Simpan|Batal|belum|tidak|baris|sudah|dari|dengan|akan|pada|atau|ini|berkas|tahun|daftar|"
        r"hasil|kelompok|pilih|ubah|hapus|tambah|impor|ekspor|cetak|buka|tutup|lihat|kirim|isi|semua|baru|lama|"
        r"tanggal|jumlah|nilai|masa|survei)\b", re.IGNORECASE)),
    # "internal" is an Indonesian word too (the group is "Internal"); the other two codes are not
    "id": ("an English word or a raw group code", re.compile(
        r"\b(the|and|Cancel|Save|Open|rows|external|expert|of|to|with|files?|year|import|export|delete|remove|"
        r"settings|choose|from|this|not|will|are|is|was|has|have|please)\b", re.IGNORECASE)),
}
RAW_GROUP_CODE = re.compile(r"^\s*(internal|external|expert)\s*$")

# Frequent Indonesian words an English window must not show (its data aside), and English ones an Indonesian window
# must not show.
# Data the demo workspace shows inside UI chrome (its institution, OPD and people are Indonesian names), and the
# placeholders of the reminder template ({sisa_hari}), which the user types as they are.
DATA = re.compile(r"Sukamaju|Dinas|Badan|Sekretariat|Kecamatan|Inspektorat|Bagian|\{[^}]*\}|"
                  r"Laporan hasil SPI \d{4} \(contoh\)|"  # the demo results' source, as its data says it
                  r"\S+-with-glibc\S*")  # the system's own name (Tentang: Python's platform.platform())
# Widgets that show stored data: the recommendation's own wording (KPK's, in Indonesian).
FIRST_ROWS = 3  # the visible cells of a table's first rows
DATA_WIDGETS = {"ActionDialog": ("recommendation_text",)}
# The respondent's own screen in the training walkthrough: KPK's survey is in Indonesian whatever the window's
# language, so its titles, texts and questions are shown as the respondent reads them.
RESPONDENT_SCREEN = {"screenTitle", "screenText", "questionText"}


@pytest.fixture(params=["id", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    install_language(app, request.param)
    try:
        yield request.param
    finally:
        remove_language(app)


def chrome(root: QWidget) -> Iterator[tuple[str, str, QWidget]]:
    """(what, text, widget) for every visible piece of chrome under ``root``, ``root``'s title included."""
    if root.isWindow():
        yield "window title", root.windowTitle(), root
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if widget.toolTip():
            yield f"{type(widget).__name__} tooltip", widget.toolTip(), widget
        if isinstance(widget, QLabel):
            yield "label", widget.text(), widget
        elif isinstance(widget, QAbstractButton):
            yield "button", widget.text(), widget
        elif isinstance(widget, QGroupBox):
            yield "group box", widget.title(), widget
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index), widget
        elif isinstance(widget, QLineEdit):
            yield "placeholder", widget.placeholderText(), widget
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                yield "header", str(widget.model().headerData(section, widget.orientation()) or ""), widget
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), FIRST_ROWS)):
                column = 0
                while (index := model.index(row, column)).isValid():
                    yield "cell", str(model.data(index) or ""), widget
                    column += 1
        elif isinstance(widget, QComboBox):
            yield "cell", widget.currentText(), widget


def findings(root: QWidget, place: str, language: str, files: str) -> list[str]:
    """What ``root`` shows that it should not; ``files`` is the folder of the test's own files (their paths are
    the user's data)."""
    found = []
    rules = [*ALWAYS, OTHER_LANGUAGE[language], ("a raw group code", RAW_GROUP_CODE)]
    skipped = {id(getattr(root, name)) for name in DATA_WIDGETS.get(type(root).__name__, ())}
    for what, text, widget in chrome(root):
        if id(widget) in skipped or widget.objectName() in RESPONDENT_SCREEN:
            continue
        # cells and choices hold data (OPD and people's names, KPK's wording): no language rule
        checks = rules if what != "cell" else [*ALWAYS, ("a raw group code", RAW_GROUP_CODE)]
        shown = re.sub(re.escape(files) + r"\S*", "", re.sub(r"<[^>]+>", " ", text))  # markup is not shown
        shown = DATA.sub("", shown).replace("&&", "\0").replace("&", "").replace("\0", "&")  # Alt+letter marks
        for problem, pattern in checks:
            if match := pattern.search(shown):
                found.append(f"{place} · {what}: {problem} {match.group(0)!r} in {text[:90]!r}")
    return found


def test_no_page_or_dialog_shows_internal_names_or_the_other_language(  # type: ignore[no-untyped-def]
        qtbot, language: str, shell, demo_database, answered_prompts, tmp_path_factory) -> None:
    files = str(tmp_path_factory.getbasetemp())
    window = open_window(qtbot, shell, demo_database)
    try:
        found: list[str] = []
        for place in window_views(qtbot, window):
            found += findings(window, place, language, files)
        for name, dialog in dialog_views(qtbot, window):
            found += findings(dialog, name, language, files)
    finally:
        window.close()
    found = sorted(set(found))
    assert not found, f"{len(found)} findings:\n" + "\n".join(found)


def test_no_dialog_or_wizard_page_shows_internal_names_or_the_other_language(  # type: ignore[no-untyped-def]
        qtbot, language: str, shell, demo_database, answered_prompts, tmp_path) -> None:
    """Every dialog and wizard class of the views package (the screen-fit test's list), each wizard page by page,
    as the accessibility test walks them."""
    window = open_window(qtbot, shell, demo_database)
    window.show()
    settle(qtbot)
    try:
        found: list[str] = []
        for place, dialog in every_dialog(qtbot, window, demo_database, tmp_path):
            found += findings(dialog, place, language, str(tmp_path))
    finally:
        window.close()
    found = sorted(set(found))
    assert not found, f"{len(found)} findings:\n" + "\n".join(found)
