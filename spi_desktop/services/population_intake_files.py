"""The batch intake's first step: which files of a dropped pile (folder, files, .zip) are lists to read.

A .zip is walked whole, folders inside too, into a temporary folder; a member whose path would leave that folder
(zip slip) is refused and named. Excel's lock files (``~$name.xlsx``) and hidden files are never read as lists,
but each is named so the user learns the original may still be open in Excel. Nothing here reads a sheet.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from spi_desktop.domain.unit_match import fold, name_lookup
from spi_desktop.domain.unit_record import UnitRecord

SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv"})
LOCK_PREFIX = "~$"
GROUP_HINTS: tuple[tuple[str, str], ...] = (
    ("pengguna layanan", "external"), ("eksternal", "external"), ("external", "external"),
    ("internal", "internal"), ("pegawai", "internal"), ("eksper", "expert"), ("ahli", "expert"),
    ("expert", "expert"))


@dataclass(frozen=True)
class SkippedFile:
    """A file of the pile that is not read as a list, and why (in Indonesian, for the preview)."""

    file: str
    reason: str


@dataclass
class Pile:
    """The files to read (in name order) and the ones set aside with their reasons."""

    files: list[Path] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


def gather_pile(sources: Iterable[Path], unpack_to: Path) -> Pile:
    """The pile from ``sources`` (files, folders, .zip files); archives are unpacked under ``unpack_to``."""
    pile = Pile()
    archives = 0
    for source in sources:
        found = sorted(p for p in source.rglob("*") if p.is_file()) if source.is_dir() else [source]
        for path in found:
            shown = path.relative_to(source).as_posix() if source.is_dir() else path.name
            if path.suffix.lower() == ".zip" and not _hidden(shown):
                archives += 1
                _unpack(pile, path, unpack_to / f"{archives}-{path.stem}", shown)
            else:
                _add(pile, path, shown)
    pile.files.sort(key=lambda path: fold(path.name))
    return pile


def _add(pile: Pile, path: Path, shown: str) -> None:
    name = path.name
    if name.startswith(LOCK_PREFIX):
        pile.skipped.append(SkippedFile(shown, f"Berkas kunci Excel: '{name[2:]}' mungkin masih dibuka di Excel; "
                                               "tutup berkas itu lalu impor lagi"))
    elif _hidden(shown):
        pile.skipped.append(SkippedFile(shown, "Berkas tersembunyi, tidak dibaca sebagai daftar"))
    elif path.suffix.lower() == ".zip":
        pile.skipped.append(SkippedFile(shown, "Arsip .zip di dalam arsip: ekstrak dulu lalu impor lagi"))
    elif path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        pile.skipped.append(SkippedFile(shown, "Bukan lembar kerja (xlsx, xls, ods atau csv)"))
    else:
        pile.files.append(path)


def _hidden(shown: str) -> bool:
    """A hidden file, or one in a hidden folder or in the folder macOS adds to its archives."""
    parts = Path(shown).parts
    return any(part.startswith(".") for part in parts) or "__MACOSX" in parts[:-1]


def _unpack(pile: Pile, archive: Path, target: Path, shown_archive: str) -> None:
    try:
        with zipfile.ZipFile(archive) as zipped:
            for member in zipped.infolist():
                if member.is_dir():
                    continue
                inner = PurePosixPath(member.filename.replace("\\", "/"))
                shown = f"{shown_archive}/{inner}"
                if inner.is_absolute() or ".." in inner.parts:
                    pile.skipped.append(SkippedFile(shown, "Jalur di dalam arsip keluar dari arsip; tidak diekstrak"))
                    continue
                destination = target.joinpath(*inner.parts)
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(zipped.read(member))
                _add(pile, destination, shown)
    except (zipfile.BadZipFile, RuntimeError, OSError) as error:
        reason = "Arsip .zip rusak atau berkata sandi" if not isinstance(error, OSError) else \
            "Arsip .zip tidak dapat dibaca (mungkin sedang dibuka program lain)"
        pile.skipped.append(SkippedFile(shown_archive, reason))


def group_from_name(name: str) -> str | None:
    """The group a file name hints at ("... pengguna layanan.xlsx" -> external), or None."""
    text = fold(Path(name).stem.replace("_", " ").replace("-", " "))
    for hint, group in GROUP_HINTS:
        if hint in text:
            return group
    return None


def unit_from_name(name: str, units: Iterable[UnitRecord]) -> str | None:
    """The OPD a file name names: its code standing alone ("DINKES_final.xlsx"), else the longest OPD name,
    short name or alias written in it ("daftar pegawai dinas kesehatan.xlsx"); None when none, or two OPD
    fit equally well (never a guess)."""
    records = list(units)
    stem = Path(name).stem
    by_code = {record.code for record in records if record.code and re.search(
        rf"(?<![0-9A-Za-z]){re.escape(record.code)}(?![0-9A-Za-z])", stem, re.IGNORECASE)}
    if len(by_code) == 1:
        return by_code.pop()
    if by_code:
        return None
    text = f" {_words(stem)} "
    found: dict[str, int] = {}
    for written, code in name_lookup(records, _words).items():
        if code is not None and len(written) > 2 and f" {written} " in text:
            found[code] = max(found.get(code, 0), len(written))
    if not found:
        return None
    best = max(found.values())
    winners = [code for code, length in found.items() if length == best]
    return winners[0] if len(winners) == 1 else None


def _words(text: str) -> str:
    """Text folded to lower-case words separated by single spaces (for matching names inside file names)."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())
