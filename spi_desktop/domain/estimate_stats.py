"""Small statistics for the SPI mandiri estimate: answer scales, means with a 95 % t interval.

No scipy: the two-sided 95 % Student t quantiles come from a table (exact to three decimals for the
degrees of freedom listed, interpolated in 1/df between them, which is accurate to about 0.002).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

CONFIDENCE = 0.95
SCORE_MIN, SCORE_MAX = 0.0, 100.0
Z_975 = 1.959964

# t(0.975, df): the quantile a 95 % two-sided interval uses.
T_975: dict[int, float] = {
    1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262, 10: 2.228,
    11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131, 16: 2.120, 17: 2.110, 18: 2.101, 19: 2.093,
    20: 2.086, 21: 2.080, 22: 2.074, 23: 2.069, 24: 2.064, 25: 2.060, 26: 2.056, 27: 2.052, 28: 2.048,
    29: 2.045, 30: 2.042, 40: 2.021, 50: 2.009, 60: 2.000, 80: 1.990, 100: 1.984, 120: 1.980,
}


def t_975(df: int) -> float:
    """The 97.5 % quantile of Student's t with ``df`` degrees of freedom (df ≥ 1)."""
    if df < 1:
        raise ValueError("Derajat bebas harus minimal 1")
    if df in T_975:
        return T_975[df]
    known = sorted(T_975)
    upper = next((d for d in known if d > df), None)
    lower = max(d for d in known if d < df)
    low_t = T_975[lower]
    if upper is None:  # beyond the table: towards the normal quantile, linear in 1/df
        return Z_975 + (low_t - Z_975) * lower / df
    share = (1 / lower - 1 / df) / (1 / lower - 1 / upper)
    return low_t + (T_975[upper] - low_t) * share


@dataclass(frozen=True)
class Scale:
    """An answer scale such as 1–4 or 1–10; answers are mapped linearly onto 0–100."""

    low: float
    high: float

    def __post_init__(self) -> None:
        if not self.low < self.high:
            raise ValueError(f"Skala {self.low:g}–{self.high:g} tidak sah: nilai terendah harus di bawah tertinggi")

    def contains(self, value: float) -> bool:
        """Whether ``value`` is a possible answer on this scale."""
        return self.low <= value <= self.high

    def text(self) -> str:
        """'1–4'."""
        return f"{self.low:g}–{self.high:g}"


def scale_score(value: float, scale: Scale, reverse: bool = False) -> float:
    """An answer as a 0–100 score: (value − min) / (max − min) × 100; a reverse-coded item gives 100 − that.

    ``ValueError`` (Indonesian) when the answer is outside the scale.
    """
    if not scale.contains(value):
        raise ValueError(f"Jawaban {value:g} di luar skala {scale.text()}")
    score = (value - scale.low) / (scale.high - scale.low) * SCORE_MAX
    return SCORE_MAX - score if reverse else score


def clamp(value: float) -> float:
    """``value`` limited to the 0–100 score range."""
    return min(SCORE_MAX, max(SCORE_MIN, value))


@dataclass(frozen=True)
class Estimate:
    """An estimated score with the number of respondents behind it and its 95 % interval.

    ``half_width`` is the unclamped ± margin (None when it cannot be computed, e.g. one respondent);
    ``low``/``high`` are value ∓ half_width limited to 0–100.
    """

    value: float
    n: int
    half_width: float | None = None

    @property
    def low(self) -> float | None:
        """Lower end of the 95 % interval (0–100), None without an interval."""
        return None if self.half_width is None else clamp(self.value - self.half_width)

    @property
    def high(self) -> float | None:
        """Upper end of the 95 % interval (0–100), None without an interval."""
        return None if self.half_width is None else clamp(self.value + self.half_width)

    def as_dict(self, places: int = 2) -> dict[str, float | int | None]:
        """JSON-ready: value, n, low, high (rounded)."""
        low, high = self.low, self.high
        return {
            "value": round(self.value, places),
            "n": self.n,
            "low": None if low is None else round(low, places),
            "high": None if high is None else round(high, places),
        }


def mean_estimate(values: Sequence[float]) -> Estimate | None:
    """Mean of ``values`` ± t(0.975, n−1) × sd / √n (sample sd); no interval for n = 1; None when empty."""
    n = len(values)
    if n == 0:
        return None
    mean = math.fsum(values) / n
    if n == 1:
        return Estimate(mean, 1)
    variance = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    return Estimate(mean, n, t_975(n - 1) * math.sqrt(variance) / math.sqrt(n))
