"""Survey-year settings as plain data: elements, bands, weights, dates, targets and their sources."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from spi_desktop.domain.bands import Band, band_problems

GROUPS = ("internal", "external", "expert")
# Without its window a year shows "Sudah selesai" or nothing on Beranda, and submissions have no deadline.
REQUIRED_DATES = (("window_start", "Masa survei mulai"), ("window_end", "Masa survei selesai"),
                  ("population_deadline", "Batas data populasi"))
GROUP_NAMES = {"internal": "internal", "external": "eksternal", "expert": "eksper"}  # in Indonesian texts


@dataclass(frozen=True)
class Element:
    """One element of the internal assessment (e.g. Transparansi)."""

    code: str
    name: str
    source: str = ""


@dataclass
class SurveyYear:
    """Everything the app knows about one survey year; every value may carry a source note."""

    year: int
    elements: list[Element]
    bands: list[Band]
    weights: dict[str, float | None] = field(default_factory=dict)
    national_index: float | None = None
    national_target: float | None = None
    window_start: dt.date | None = None
    window_end: dt.date | None = None
    population_deadline: dt.date | None = None
    results_published: dt.date | None = None
    sample_targets: dict[str, dict[str, float]] = field(default_factory=dict)
    type_averages: dict[str, float] = field(default_factory=dict)
    eligibility: dict[str, dict[str, Any]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    notes: str = ""

    def missing_dates(self) -> list[str]:
        """The dates a survey year cannot be saved without, each named in Indonesian; empty when all are set."""
        return [f"{label} wajib diisi" for name, label in REQUIRED_DATES if getattr(self, name) is None]

    def problems(self) -> list[str]:
        """List what is wrong with these settings, in Indonesian; empty when they can be saved."""
        problems = band_problems(self.bands)
        if not 2000 <= self.year <= 2100:
            problems.append(f"Tahun {self.year} tidak masuk akal")
        codes = [e.code for e in self.elements]
        if len(set(codes)) != len(codes):
            problems.append("Kode elemen tidak boleh kembar")
        if any(len(b.label) > 64 for b in self.bands):
            problems.append("Nama kategori paling panjang 64 karakter")
        if any(not e.name.strip() for e in self.elements):
            problems.append("Nama elemen tidak boleh kosong")
        values = [self.weights.get(g) for g in GROUPS]
        if any(v is not None and not 0 <= v <= 1 for v in values):
            problems.append("Bobot harus antara 0 dan 1 (mis. 0,45)")
        known = [v for v in values if v is not None]
        if len(known) == len(GROUPS) and abs(sum(known) - 1) > 0.001:
            problems.append(f"Jumlah bobot internal, eksternal dan eksper harus 1 (sekarang {sum(known):g})")
        for name in ("national_index", "national_target"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 100:
                problems.append(f"Nilai {name} harus 0–100")
        for group, rule in self.sample_targets.items():
            if rule.get("minimum", 0) < 0 or rule.get("minimum", 0) != int(rule.get("minimum", 0)):
                problems.append(f"Target sampel {group}: minimum harus bilangan bulat ≥ 0")
            if not 0 <= rule.get("fraction", 0) <= 1:
                problems.append(f"Target sampel {group}: proporsi harus 0–100 %")
        for rules in self.eligibility.values():
            for key, label in (("min_years_institution", "masa kerja minimal di instansi"),
                               ("min_years_unit", "masa kerja minimal di unit"),
                               ("service_within_months", "bulan terakhir layanan")):
                value = rules.get(key)
                if value is not None and not 0 <= float(value) <= 50:
                    problems.append(f"Syarat responden: {label} harus 0–50")
        if self.window_start and self.window_end and self.window_end < self.window_start:
            problems.append("Akhir masa survei tidak boleh sebelum awalnya")
        return problems
