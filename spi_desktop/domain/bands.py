"""Score bands: which label and colour a score gets in a given survey year.

A band covers [its lower bound, the next band's lower bound); the last band runs to 100.
So with 2022's bands 73.65 is Rentan (Waspada starts at 73.7) and with 2024's 77.95 is Waspada.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spi_desktop.domain.errors import InvalidValue

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class Band:
    """One score band of a survey year."""

    label: str
    lower: float
    colour: str
    source: str = ""


def band_for(score: float, bands: Sequence[Band]) -> Band:
    """Return the band that ``score`` falls in. ``bands`` must be valid (see ``band_problems``)."""
    if not bands:
        raise InvalidValue("Tahun survei ini belum punya kategori nilai")
    ordered = sorted(bands, key=lambda b: b.lower)
    chosen = ordered[0]
    for band in ordered:
        if score >= band.lower:
            chosen = band
    return chosen


def band_problems(bands: Sequence[Band]) -> list[str]:
    """List what is wrong with a set of bands, in Indonesian; empty when they are usable."""
    problems: list[str] = []
    if not bands:
        return ["Minimal satu kategori nilai diperlukan"]
    for number, band in enumerate(bands, start=1):
        if not band.label.strip():
            problems.append(f"Kategori ke-{number}: nama kosong")
        if not 0 <= band.lower <= 100:
            problems.append(f"Kategori '{band.label}': batas bawah {band.lower} di luar 0–100")
        if not _COLOUR.match(band.colour):
            problems.append(f"Kategori '{band.label}': warna '{band.colour}' bukan kode #RRGGBB")
    lowers = [band.lower for band in bands]
    if lowers != sorted(lowers) or len(set(lowers)) != len(lowers):
        problems.append("Batas bawah kategori harus naik berurutan dan tidak boleh sama")
    if min(lowers) != 0:
        problems.append("Kategori terendah harus mulai dari 0")
    labels = [band.label.strip().lower() for band in bands]
    if len(set(labels)) != len(labels):
        problems.append("Nama kategori tidak boleh kembar")
    return problems


def band_upper_bounds(bands: Sequence[Band]) -> list[tuple[Band, float]]:
    """Pair each band (ascending) with the exclusive upper bound it runs to (100 for the last)."""
    if not bands:
        return []
    ordered = sorted(bands, key=lambda b: b.lower)
    uppers = [b.lower for b in ordered[1:]] + [100.0]
    return list(zip(ordered, uppers, strict=True))


def range_text(lower: float, upper: float, number: Callable[[float], str] | None = None) -> str:
    """How a band's range is written: '< 68,00', '68,00 – < 73,70', '≥ 77,50'; ``number`` writes each bound
    (a window passes its language's writer; the PDFs keep the Indonesian one)."""
    from spi_desktop.domain.formatting import format_decimal as indonesian

    format_decimal = number or indonesian
    if lower <= 0:
        return f"< {format_decimal(upper)}"
    if upper >= 100:
        return f"≥ {format_decimal(lower)}"
    return f"{format_decimal(lower)} – < {format_decimal(upper)}"


@dataclass(frozen=True)
class Banded:
    """A score with the band it falls in that year (None when the score is not published)."""

    score: float | None
    band: str | None = None
    colour: str | None = None
