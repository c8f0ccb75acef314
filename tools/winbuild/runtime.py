"""The VC++ runtime at the bundle's root: the newest copy of each file any part of the bundle brought.

The embeddable CPython ships vcruntime140.dll 14.38, the PySide6 wheels 14.44. Whichever is loaded first stays
loaded for the whole process, and an older one makes a newer module fail with "DLL load failed … the specified
procedure could not be found"; the root (the launcher's and python.exe's folder) is searched first.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from winbuild.pe import file_version

#: vcruntime140.dll, vcruntime140_1.dll, msvcp140*.dll, concrt140.dll (not the hashed copies in *.libs folders,
#: which delvewheel renamed for their own wheel).
RUNTIME_NAME = re.compile(r"^(vcruntime140(_\d)?|msvcp140(_\w+)?|concrt140)\.dll$", re.IGNORECASE)


def newest_runtime(root: Path) -> list[str]:
    """Copy the newest of each runtime DLL found anywhere under ``root`` to ``root``; describe what was chosen."""
    best: dict[str, tuple[tuple[int, int, int, int], Path]] = {}
    for path in root.rglob("*.dll"):
        if not RUNTIME_NAME.match(path.name):
            continue
        version = file_version(path) or (0, 0, 0, 0)
        name = path.name.lower()
        if name not in best or version > best[name][0]:
            best[name] = (version, path)
    chosen = []
    for name, (version, path) in sorted(best.items()):
        target = root / name
        if path.parent != root:
            for stale in root.glob("*.dll"):
                if stale.name.lower() == name:
                    stale.unlink()
            shutil.copy2(path, target)
        chosen.append(f"{name} {'.'.join(map(str, version))} (from {path.parent.relative_to(root).as_posix()})")
    return chosen


def runtime_skew(root: Path) -> list[str]:
    """Runtime DLLs anywhere in the bundle newer than the root's copy (the check after the copy)."""
    problems = []
    for path in root.rglob("*.dll"):
        if path.parent == root or not RUNTIME_NAME.match(path.name):
            continue
        top = next((p for p in root.glob("*.dll") if p.name.lower() == path.name.lower()), None)
        mine = file_version(path) or (0, 0, 0, 0)
        if top is None or (file_version(top) or (0, 0, 0, 0)) < mine:
            problems.append(f"{path.relative_to(root).as_posix()} is newer than the root's copy")
    return problems
