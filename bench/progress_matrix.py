"""Home-screen matrix speed: 640 units × 3 groups × 90 daily snapshots, against a plain pass over the data.

    .venv/bin/python bench/progress_matrix.py

Target: compute_matrix ≤ 100 ms. The baseline (one loop that only finds each series' last point) shows
how much of that is the data's size rather than the maths.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time

from spi_desktop.services.progress import compute_matrix

UNITS, GROUPS, DAYS, TARGET_MS = 640, ("internal", "external", "expert"), 90, 100.0


Series = dict[tuple[str, str], list[tuple[dt.date, int, int | None]]]


def build() -> tuple[dict[tuple[str, str], int], dict[str, str], Series]:
    rng = random.Random(4)
    start = dt.date(2025, 8, 1)
    targets, names, series = {}, {}, {}
    for u in range(UNITS):
        code = f"U{u:03d}"
        names[code] = f"Unit {u}"
        for group in GROUPS:
            target = rng.randint(30, 400)
            targets[(code, group)] = target
            done, points = 0, []
            for day in range(DAYS):
                done += rng.randint(0, max(1, target // 45))
                points.append((start + dt.timedelta(days=day), done, target * 3))
            series[(code, group)] = points
    return targets, names, series


def main() -> int:
    targets, names, series = build()
    window_end = dt.date(2025, 10, 31)
    best = baseline = float("inf")
    for _ in range(5):
        begin = time.perf_counter()
        rows = compute_matrix(targets, names, series, window_end)
        best = min(best, time.perf_counter() - begin)
        begin = time.perf_counter()
        _ = [max(points) for points in series.values()]
        baseline = min(baseline, time.perf_counter() - begin)
    points = sum(len(p) for p in series.values())
    print(f"{UNITS} units × {len(GROUPS)} groups × {DAYS} snapshots = {points:,} points, {len(rows):,} matrix rows")
    print(f"compute_matrix: {best * 1000:.1f} ms (target ≤ {TARGET_MS:.0f} ms); "
          f"baseline pass: {baseline * 1000:.1f} ms ({best / baseline:.1f}×)")
    ok = best * 1000 <= TARGET_MS
    print("OK" if ok else "TOO SLOW")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
