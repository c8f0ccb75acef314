"""The NSIS installer (installer.nsi) and the portable zip, made from a finished bundle folder."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from winbuild.launcher import version_commas

HERE = Path(__file__).resolve().parent
#: makensis's compressor per build kind: zlib takes about a minute on 2 cores, solid LZMA several.
COMPRESSORS = {"fast": "zlib", "full": "lzma"}


def uninstall_list(bundle: Path) -> str:
    """NSIS lines removing exactly the bundle's top-level entries from $INSTDIR."""
    lines = []
    for entry in sorted(bundle.iterdir()):
        if '"' in entry.name or "$" in entry.name:
            raise SystemExit(f"{entry.name}: a name NSIS cannot quote")
        command = "RMDir /r" if entry.is_dir() else "Delete"
        lines.append(f'  {command} "$INSTDIR\\{entry.name}"')
    return "\n".join(lines) + "\n"


def folder_size(folder: Path) -> int:
    """Bytes of all files under ``folder``."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def build_installer(bundle: Path, icon: Path, version: str, target: Path, compression: str) -> Path:
    """Run makensis on ``bundle``; return the installer's path."""
    if shutil.which("makensis") is None:
        raise SystemExit("makensis is missing: install Debian's nsis")
    with tempfile.TemporaryDirectory(prefix="spi-nsis-") as scratch:
        listing = Path(scratch) / "uninstall-list.nsh"
        listing.write_text(uninstall_list(bundle), encoding="utf-8")
        defines = {
            "VERSION": version, "VERSION_QUAD": version_commas(version).replace(",", "."),
            "BUNDLE": str(bundle), "OUTFILE": str(target), "ICON": str(icon),
            "COMPRESSOR": COMPRESSORS[compression], "SIZE_KB": str(folder_size(bundle) // 1024),
            "UNINSTALL_LIST": str(listing), "PICTURES": str(icon.parent.parent / "installer"),
        }
        subprocess.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8",
                        *(f"-D{key}={value}" for key, value in defines.items()), str(HERE / "installer.nsi")],
                       check=True)
    return target


def build_portable(bundle: Path, icon: Path, target: Path, compression: str) -> Path:
    """Zip ``bundle`` under one top folder ``SPI Desktop``; return the zip's path."""
    level = 1 if compression == "fast" else 9
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, (Path("SPI Desktop") / path.relative_to(bundle)).as_posix())
        archive.write(icon, "SPI Desktop/spi-desktop.ico")
    return target
