"""How long until the main window is on screen, against a bare PySide6 window, in the same run.

Each start is a fresh interpreter (offscreen Qt unless DISPLAY is set); the child prints the wall-clock time at
which its window is first visible and exposed, the parent subtracts the time it launched the child. Median of N.

    python bench/window_startup.py [N] [--db WORKSPACE]     (default: 5 runs, a fresh demo workspace)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.setCentralWidget(QLabel("SPI")); window.resize(1280, 800); window.show()
def seen():
    if window.isVisible() and window.windowHandle() is not None and window.windowHandle().isExposed():
        print(time.time(), flush=True); app.quit()
    else:
        QTimer.singleShot(5, seen)
QTimer.singleShot(0, seen)
app.exec()
"""

APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from spi_desktop.views.shell.application import run_application
def seen():
    from spi_desktop.views.shell.main_window import MainWindow
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
             and w.windowHandle() is not None and w.windowHandle().isExposed()]
    if shown:
        print(time.time(), flush=True); QApplication.quit()
    else:
        QTimer.singleShot(5, seen)
QTimer.singleShot(0, seen)
sys.exit(run_application(sys.argv[1], "id"))
"""


def one(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from launching a child running ``code`` to its window being on screen."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="?", type=int, default=5)
    parser.add_argument("--db", help="the workspace to open (default: a fresh demo workspace)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="spi-startup-"))
    env = {**os.environ, "XDG_CONFIG_HOME": str(scratch / "config"), "XDG_DATA_HOME": str(scratch / "data"),
           "XDG_CACHE_HOME": str(scratch / "cache")}
    if "DISPLAY" not in env:
        env["QT_QPA_PLATFORM"] = "offscreen"
    db = args.db or str(scratch / "demo.sqlite")
    if not args.db:
        subprocess.run([sys.executable, "-m", "spi_desktop.cli", "--db", db, "demo"], env=env, check=True,
                       capture_output=True)
    bare, app = [], []
    for _ in range(args.runs):  # alternate, so a busy moment hits both
        bare.append(one(BARE, env=env))
        app.append(one(APP, db, env=env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: {b:.2f} s   SPI Desktop main window: {a:.2f} s   ratio {a / b:.1f}x "
          f"(median of {args.runs}; target <= 3x)")


if __name__ == "__main__":
    main()
