"""The SPI mandiri estimate: element scores, sub-indices and an index from anonymous practice answers.

KPK does not publish its exact formula (its published results give the index, sub-indices and correction, not
the weights or scoring), so every step here is the
app's own assumption, named below so that the report, the CLI and the tests can say what was done:

1. An answer becomes a 0–100 score linearly over its scale; a reverse-coded item gives 100 − that
   (``estimate_stats.scale_score``).
2. A respondent's element score is the mean of the items of that element they answered ("Tidak tahu"
   and blanks are not answers).
3. An element estimate for a group is the mean of its respondents' element scores, with a 95 % t interval.
4. A group's sub-index is, by default (``SUBINDEX_ELEMENTS``), the mean of the group's element estimates.
   A questionnaire map may choose ``SUBINDEX_RESPONDENTS`` instead: the mean over respondents of each
   respondent's mean element score, which has its own t interval.
5. The index is Σ weight_g × sub-index_g over the groups that have answers, with the weights re-normalised
   over those groups, minus the optional correction, limited to 0–100.
6. Intervals that combine estimates add the weighted half-widths (see ``_combined_half_width``): an upper
   bound whatever the correlation between the parts, so the interval is conservative (too wide, not too
   narrow). The correction is taken as exact.
7. The seven elements reported for an OPD pool every respondent (of any group) who answered that element.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spi_desktop.domain.estimate_stats import Estimate, clamp, mean_estimate
from spi_desktop.domain.formatting import format_decimal
from spi_desktop.domain.survey_year import GROUP_NAMES as GROUP_NAMES  # re-exported: the CLI reads it here
from spi_desktop.domain.survey_year import GROUPS

ESTIMATE_LABEL = "ESTIMASI"
DISCLAIMER = "ESTIMASI dari survei mandiri, bukan nilai SPI resmi KPK; jangan dicampur dengan hasil resmi."
SUBINDEX_ELEMENTS = "elements"
SUBINDEX_RESPONDENTS = "respondents"
SUBINDEX_METHODS = (SUBINDEX_ELEMENTS, SUBINDEX_RESPONDENTS)
FEW_RESPONDENTS = 5  # below this a group's estimate is flagged as very uncertain

ASSUMPTIONS = {
    SUBINDEX_ELEMENTS: "Sub-indeks = rata-rata estimasi elemen pada kelompoknya (asumsi aplikasi).",
    SUBINDEX_RESPONDENTS: "Sub-indeks = rata-rata skor responden (rata-rata elemen tiap responden) pada "
                          "kelompoknya (asumsi aplikasi).",
    "index": "Indeks = Σ bobot × sub-indeks atas kelompok yang ada jawabannya (bobot dinormalkan ulang) dikurangi "
             "faktor koreksi, dibatasi 0–100. KPK tidak menerbitkan rumus persisnya.",
    "interval": "Interval 95 %: rentang tempat nilai sebenarnya hampir pasti berada, dihitung dari sebaran "
                "jawaban antar-responden; makin sedikit responden atau makin beragam jawabannya, makin lebar. "
                "Rentang sub-indeks dan indeks sengaja dibuat lebih lebar (perkiraan hati-hati).",
}


@dataclass
class Respondent:
    """One anonymous answer sheet as 0–100 item scores per element; no identity of any kind."""

    row: int
    group: str
    unit: str | None
    items: dict[str, list[float]] = field(default_factory=dict)

    def element_scores(self) -> dict[str, float]:
        """Element code -> mean of this respondent's answered items of that element."""
        return {code: math.fsum(scores) / len(scores) for code, scores in self.items.items() if scores}


@dataclass(frozen=True)
class GroupEstimate:
    """One respondent group's element estimates and sub-index."""

    group: str
    respondents: int
    elements: dict[str, Estimate]
    subindex: Estimate


@dataclass(frozen=True)
class PopulationEstimate:
    """The estimate for a set of respondents (one OPD or the whole institution)."""

    respondents: int
    groups: dict[str, GroupEstimate]
    elements: dict[str, Estimate]
    index: Estimate | None
    weights_used: dict[str, float]
    correction: float | None
    notes: list[str]


def _combined_half_width(parts: Sequence[tuple[float, Estimate]]) -> float | None:
    """Σ |w| × half-width: since sd(Σ w X) ≤ Σ |w| sd(X) for any correlation, this never understates."""
    if any(estimate.half_width is None for _, estimate in parts):
        return None
    return math.fsum(abs(weight) * (estimate.half_width or 0.0) for weight, estimate in parts)


def estimate_group(group: str, respondents: Sequence[Respondent], method: str = SUBINDEX_ELEMENTS
                   ) -> GroupEstimate | None:
    """Element estimates and the sub-index of one group; None when nobody in it answered anything."""
    scored = [r.element_scores() for r in respondents if r.group == group]
    scored = [s for s in scored if s]
    if not scored:
        return None
    codes = sorted({code for s in scored for code in s})
    elements: dict[str, Estimate] = {}
    for code in codes:
        found = mean_estimate([s[code] for s in scored if code in s])
        if found is not None:
            elements[code] = found
    if method == SUBINDEX_RESPONDENTS:
        subindex = mean_estimate([math.fsum(s.values()) / len(s) for s in scored])
        assert subindex is not None
    else:
        share = 1 / len(elements)
        value = math.fsum(e.value for e in elements.values()) * share
        half = _combined_half_width([(share, e) for e in elements.values()])
        subindex = Estimate(value, len(scored), half)
    return GroupEstimate(group, len(scored), elements, subindex)


def combine_index(subindices: Mapping[str, Estimate], weights: Mapping[str, float],
                  correction: float | None = None) -> tuple[Estimate | None, dict[str, float], list[str]]:
    """Index = Σ w'_g × sub-index_g − correction (clamped 0–100), w' = weights re-normalised over the groups
    present. Returns the index (None when no group with a positive weight has answers), w' and notes."""
    notes: list[str] = []
    present = [g for g in GROUPS if g in subindices]
    total = math.fsum(weights.get(g, 0.0) for g in present)
    if not present or total <= 0:
        notes.append("Indeks tidak dapat diestimasi: tidak ada kelompok berbobot yang punya jawaban.")
        return None, {}, notes
    used = {g: weights.get(g, 0.0) / total for g in present}
    missing = [GROUP_NAMES[g] for g in GROUPS if g not in subindices and weights.get(g, 0.0) > 0]
    if missing:
        shares = ", ".join(f"{GROUP_NAMES[g]} {format_decimal(w, 3)}" for g, w in used.items())
        notes.append(f"Tanpa jawaban kelompok {', '.join(missing)}: bobot dinormalkan ulang menjadi {shares}.")
    raw = math.fsum(used[g] * subindices[g].value for g in present)
    half = _combined_half_width([(used[g], subindices[g]) for g in present])
    n = sum(subindices[g].n for g in present)
    if correction:
        notes.append(f"Dikurangi faktor koreksi {format_decimal(correction)} poin.")
    value = raw - (correction or 0.0)
    if value != clamp(value):
        notes.append(f"Hasil {format_decimal(value)} dibatasi ke rentang 0–100.")
    # Shrink the margin so that centre ± half still reaches the unclamped value ± the original margin.
    centre = clamp(value)
    if half is not None and centre != value:
        half = max(0.0, half - abs(centre - value))
    return Estimate(centre, n, half), used, notes


def estimate_population(respondents: Sequence[Respondent], weights: Mapping[str, float],
                        correction: float | None = None, method: str = SUBINDEX_ELEMENTS) -> PopulationEstimate:
    """Groups, pooled elements and the index for ``respondents`` (one OPD or all of them)."""
    groups: dict[str, GroupEstimate] = {}
    for group in GROUPS:
        found = estimate_group(group, respondents, method)
        if found is not None:
            groups[group] = found
    scored = [s for s in (r.element_scores() for r in respondents) if s]
    elements: dict[str, Estimate] = {}
    for code in sorted({code for s in scored for code in s}):
        pooled = mean_estimate([s[code] for s in scored if code in s])
        if pooled is not None:
            elements[code] = pooled
    index, used, notes = combine_index({g: e.subindex for g, e in groups.items()}, weights, correction)
    for group, estimate in groups.items():
        if estimate.respondents < FEW_RESPONDENTS:
            notes.append(f"Kelompok {GROUP_NAMES[group]} hanya {estimate.respondents} responden: "
                         "estimasinya sangat tidak pasti.")
    return PopulationEstimate(len(scored), groups, elements, index, used, correction, notes)
