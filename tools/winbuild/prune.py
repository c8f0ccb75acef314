"""Pruning the bundle: only the Qt the app uses, no tests, stubs, tools or caches.

The Qt kept is computed, not listed: the PySide6 modules the app's code imports (and those they import in
turn, read off the build machine's PySide6 of the same version), a few plugin folders, and every DLL their
import tables reach. Everything else in PySide6 goes: QML/Quick, WebEngine, Designer and the other tools, the
Qt translations (the app ships its own), the SQL driver plugins (the app reaches its databases through
SQLAlchemy, not QtSql; their client libraries, libpq.dll, oci.dll and fbclient.dll, are not on Windows), all
but SQLite's.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from winbuild.pe import imported_dlls

#: Plugin folders the app needs on Windows (the window, its style, images and icons, TLS for the future, and
#: the offscreen/minimal platforms for the self-test); the other plugin folders go.
KEPT_PLUGIN_FOLDERS = ("platforms", "styles", "imageformats", "iconengines", "tls", "networkinformation",
                       "sqldrivers")
#: Of the SQL drivers only SQLite's, which needs nothing from outside the bundle.
KEPT_SQL_DRIVERS = ("qsqlite.dll",)
#: PySide6 folders the app never loads at run time.
DROPPED_PYSIDE_FOLDERS = ("qml", "resources", "translations", "metatypes", "include", "typesystems", "glue",
                          "doc", "lib", "scripts", "QtAsyncio")
#: Test suites shipped inside the wheels (pandas's alone is tens of MB).
TEST_FOLDERS = ("pandas/tests", "numpy/tests", "numpy/*/tests", "numpy/*/*/tests", "PIL/tests",
                "reportlab/tests", "sqlalchemy/testing/suite")


def app_qt_modules(package: Path) -> list[str]:
    """The PySide6 modules the app's source names, plus those importing them loads (on this machine's PySide6)."""
    named = set()
    for source in package.rglob("*.py"):
        named.update(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8", errors="replace")))
    probe = ("import sys, importlib\n"
             f"for name in {sorted(named)!r}: importlib.import_module('PySide6.' + name)\n"
             "print(' '.join(sorted(m.split('.')[1] for m in sys.modules if m.startswith('PySide6.Qt'))))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}).stdout.split()
    return sorted(named | set(loaded))


def dll_closure(start: list[Path], folder: Path) -> set[str]:
    """Lower-cased names of the files in ``folder`` that ``start`` reaches through import tables."""
    present = {path.name.lower(): path for path in folder.iterdir() if path.is_file()}
    reached: set[str] = set()
    queue = list(start)
    while queue:
        path = queue.pop()
        for dll in imported_dlls(path):
            name = dll.lower()
            if name in present and name not in reached:
                reached.add(name)
                queue.append(present[name])
    return reached


def remove(path: Path) -> int:
    """Delete a file or folder; return the bytes freed."""
    if path.is_dir():
        size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        shutil.rmtree(path)
        return size
    if path.exists():
        size = path.stat().st_size
        path.unlink()
        return size
    return 0


def prune_pyside(site: Path, modules: list[str]) -> int:
    """Keep only ``modules``' extensions, the kept plugins and the DLLs they all reach; return bytes freed."""
    pyside = site / "PySide6"
    freed = sum(remove(pyside / name) for name in DROPPED_PYSIDE_FOLDERS)
    for folder in (pyside / "plugins").iterdir():
        if folder.name not in KEPT_PLUGIN_FOLDERS:
            freed += remove(folder)
    for driver in (pyside / "plugins" / "sqldrivers").glob("*.dll"):
        if driver.name.lower() not in KEPT_SQL_DRIVERS:
            freed += remove(driver)
    wanted = {f"{name}.pyd".lower() for name in modules}
    start = [path for path in pyside.glob("*.pyd") if path.name.lower() in wanted]
    start += sorted((pyside / "plugins").rglob("*.dll"))
    keep = wanted | dll_closure(start, pyside)
    for path in pyside.iterdir():
        if path.is_file() and path.suffix.lower() in (".dll", ".pyd", ".exe", ".lib") and path.name.lower() not in keep:
            freed += remove(path)
    # A kept plugin reaching a DLL PySide6 lacks would fail to load: pe.check_imports reports it afterwards.
    return freed


def prune_everywhere(site: Path) -> int:
    """Drop caches, type stubs, static libraries, headers, test suites and the wheels' Linux-style scripts."""
    freed = 0
    for pattern in ("**/__pycache__",):
        for path in sorted(site.glob(pattern), reverse=True):
            freed += remove(path)
    for suffix in ("*.pyi", "*.lib", "*.h"):
        for path in site.rglob(suffix):
            freed += remove(path)
    for pattern in TEST_FOLDERS:
        for path in site.glob(pattern):
            freed += remove(path)
    freed += remove(site / "bin")
    return freed
