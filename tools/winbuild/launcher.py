"""Compile SPI Desktop.exe (launcher.c) with mingw-w64, with the app's icon, version and manifest."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GCC = "x86_64-w64-mingw32-gcc"
WINDRES = "x86_64-w64-mingw32-windres"
LAUNCHER_NAME = "SPI Desktop.exe"


def version_commas(version: str) -> str:
    """``0.1.0`` → ``0,1,0,0``: the four numbers a VERSIONINFO resource takes (anything after them dropped)."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return ",".join(str(number) for number in [*numbers, 0, 0, 0, 0][:4])


def build_launcher(out_dir: Path, icon: Path, version: str) -> Path:
    """Write ``SPI Desktop.exe`` into ``out_dir`` and return its path."""
    for program in (GCC, WINDRES):
        if shutil.which(program) is None:
            raise SystemExit(f"{program} is missing: install Debian's gcc-mingw-w64-x86-64-win32")
    with tempfile.TemporaryDirectory(prefix="spi-launcher-") as scratch:
        work = Path(scratch)
        shutil.copy(icon, work / "app.ico")
        shutil.copy(HERE / "launcher.manifest", work / "app.manifest")
        rc = (HERE / "launcher.rc.in").read_text(encoding="utf-8")
        rc = (rc.replace("@ICON@", "app.ico").replace("@MANIFEST@", "app.manifest")
              .replace("@VERSION_COMMAS@", version_commas(version)).replace("@VERSION@", version))
        (work / "app.rc").write_text(rc, encoding="utf-8")
        subprocess.run([WINDRES, "app.rc", "-O", "coff", "-o", "app.res"], cwd=work, check=True)
        target = out_dir / LAUNCHER_NAME
        subprocess.run([GCC, "-O2", "-municode", "-mwindows", "-s", "-Wall", "-Wextra", "-Werror",
                        "-o", str(target), str(HERE / "launcher.c"), "app.res", "-lshell32"],
                       cwd=work, check=True)
    return target
