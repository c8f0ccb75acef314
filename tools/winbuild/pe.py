"""Windows PE files read on Linux: their imported DLLs (objdump) and their file version (the VERSIONINFO block).

``check_imports`` walks every .exe, .dll and .pyd of a bundle and finds, for each DLL it imports, the file
Windows would load: beside the importer, at the bundle root (the launcher's and python.exe's folder), in the
folders the packages add to the DLL search path (PySide6, shiboken6, the ``*.libs`` folders of repaired wheels),
or in Windows itself (``system_dlls.txt`` and the API sets). Anything else is a DLL the bundle lacks: a pruned Qt
library a plugin still needs, a runtime that was not copied.
"""

from __future__ import annotations

import re
import struct
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PE_SUFFIXES = (".exe", ".dll", ".pyd")
#: VS_FIXEDFILEINFO starts with this signature; file version follows the struct version.
FIXED_INFO_SIGNATURE = struct.pack("<I", 0xFEEF04BD)


def pe_files(root: Path) -> list[Path]:
    """Every PE file under ``root``, sorted."""
    return sorted(path for path in root.rglob("*") if path.suffix.lower() in PE_SUFFIXES and path.is_file())


def imported_dlls(path: Path) -> list[str]:
    """The DLL names ``path`` imports (normal and delay-loaded), as objdump reads its import tables."""
    output = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^\s*DLL Name: (\S+)", output, flags=re.MULTILINE)


def file_version(path: Path) -> tuple[int, int, int, int] | None:
    """The four-part file version from the VERSIONINFO resource, or None if the file has none."""
    data = path.read_bytes()
    at = data.find(FIXED_INFO_SIGNATURE)
    if at < 0:
        return None
    _struct_version, ms, ls = struct.unpack_from("<III", data, at + 4)
    return ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF


def system_dlls() -> frozenset[str]:
    """The DLLs every supported Windows (10 1903 and later) provides, lower-cased."""
    lines = (HERE / "system_dlls.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def search_folders(root: Path) -> list[Path]:
    """The folders any loaded module of the bundle can take a DLL from, besides its own."""
    site = root / "Lib" / "site-packages"
    folders = [root, site / "PySide6", site / "shiboken6"]
    folders += sorted(path for path in site.glob("*.libs") if path.is_dir())
    return [folder for folder in folders if folder.is_dir()]


def is_api_set(name: str) -> bool:
    """api-ms-win-* and ext-ms-* are API set names Windows resolves itself (the UCRT's among them)."""
    return name.startswith(("api-ms-win-", "ext-ms-"))


@dataclass(frozen=True)
class Missing:
    """One import no file satisfies."""

    importer: Path
    dll: str

    def describe(self, root: Path) -> str:
        """``Lib/…/qsvg.dll needs Qt6Svg.dll``."""
        return f"{self.importer.relative_to(root).as_posix()} needs {self.dll}"


def names_in(folder: Path, cache: dict[Path, frozenset[str]]) -> frozenset[str]:
    """Lower-cased names of the files in ``folder`` (cached)."""
    if folder not in cache:
        cache[folder] = frozenset(path.name.lower() for path in folder.iterdir() if path.is_file())
    return cache[folder]


def check_imports(root: Path, files: Iterable[Path] | None = None) -> tuple[int, list[Missing]]:
    """Check every import of ``files`` (default: all PE files under ``root``); return (files checked, missing)."""
    system = system_dlls()
    folders = search_folders(root)
    listing: dict[Path, frozenset[str]] = {}
    missing: list[Missing] = []
    checked = 0
    for path in files if files is not None else pe_files(root):
        checked += 1
        for dll in imported_dlls(path):
            name = dll.lower()
            if name in system or is_api_set(name):
                continue
            if any(name in names_in(folder, listing) for folder in (path.parent, *folders)):
                continue
            missing.append(Missing(path, dll))
    return checked, missing
