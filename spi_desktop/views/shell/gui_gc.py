"""Python's cycle collector runs only on the GUI thread.

Left automatic, the collector can start inside a worker thread (any allocation may trigger it) and
destroy Qt objects there, which crashes Qt. So automatic collection is switched off and a timer on
the GUI thread collects instead (the approach pyqtgraph's GarbageCollector takes). Plain reference
counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1_000


class GuiGarbageCollector(QObject):
    """Collects cycles from the GUI thread when the generation counts say it is time."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            gc.collect(0)
            if second > self.threshold[1]:
                gc.collect(1)
                if third > self.threshold[2]:
                    gc.collect(2)


def install_gui_garbage_collector(parent: QObject) -> GuiGarbageCollector:
    """Switch collection to the GUI thread for as long as ``parent`` lives."""
    return GuiGarbageCollector(parent)
