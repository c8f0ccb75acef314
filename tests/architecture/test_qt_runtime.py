"""The installed Qt binding must not leak references to None: PySide6 6.12.0 on Python 3.11 dropped one per
void call (QLabel.setText …) until Python aborted with 'none_dealloc' in a long session. pyproject.toml
excludes that release; this test catches any other release with the same fault."""

from __future__ import annotations

import sys


def test_qt_calls_keep_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
    assert before - sys.getrefcount(None) < 100
