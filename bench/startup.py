"""Start-up of the command line: ``spi --help`` and ``spi --version`` against a bare ``python -c pass``.

    PYTHONPATH=$PWD .venv/bin/python bench/startup.py

Target (issue 18): each within 0.5 s. Every figure is the median of 5 runs as fresh subprocesses, the three
commands taking turns in the same run, so a busy machine slows all three alike; the bare interpreter shows how
much of the time is Python's own start.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS, TARGET_S = 5, 0.5
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "spi --help": [sys.executable, "-m", "spi_desktop.cli", "--help"],
    "spi --version": [sys.executable, "-m", "spi_desktop.cli", "--version"],
}


def timed(command: list[str]) -> float:
    """Seconds from starting ``command`` to its exit; it must succeed."""
    begin = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - begin


def main() -> int:
    for command in COMMANDS.values():  # warm the file cache, as a user's second start would be
        timed(command)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(RUNS):
        for name, command in COMMANDS.items():
            times[name].append(timed(command))
    medians = {name: statistics.median(found) for name, found in times.items()}
    bare = medians["python -c pass"]
    for name, median in medians.items():
        print(f"{name:<16} {median * 1000:7.0f} ms  ({median / bare:4.1f}× python -c pass)")
    slow = [name for name, median in medians.items() if name.startswith("spi") and median > TARGET_S]
    print(f"TOO SLOW (> {TARGET_S} s): {', '.join(slow)}" if slow else f"OK (each spi command ≤ {TARGET_S} s)")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
