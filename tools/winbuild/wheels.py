"""The Windows wheels of the lock, cross-installed with pip, and the app's own wheel.

pip evaluates a requirement's marker against the Python running it, even with ``--platform``; so the runtime
export's markers are evaluated here for the bundle's Windows CPython (``jeepney`` and ``secretstorage`` out,
``pywin32-ctypes`` in), and pip gets a marker-free list in which every line keeps the lock's hashes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from packaging.markers import Marker

#: The environment markers of the bundled interpreter (the embeddable CPython on 64-bit Windows).
WINDOWS_MARKERS = {
    "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows", "platform_machine": "AMD64",
    "platform_release": "10", "platform_version": "10.0.19045", "implementation_name": "cpython",
    "platform_python_implementation": "CPython", "python_version": "3.11", "python_full_version": "3.11.9",
    "implementation_version": "3.11.9", "extra": "",
}
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]


def pip(*args: str) -> None:
    """Run pip quietly; print what it said only when it fails (a machine's pip config can make it chatty)."""
    result = subprocess.run([*PIP, *args], capture_output=True, text=True, check=False)
    if result.returncode:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"pip {args[0]} failed with exit code {result.returncode}")


def requirement_lines(export: Path) -> list[str]:
    """The export's requirement lines with their continuation lines joined and comments dropped."""
    joined = export.read_text(encoding="utf-8").replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def windows_requirements(export: Path) -> list[str]:
    """The pins of ``export`` that apply on the bundle's Windows CPython, markers dropped, hashes kept."""
    kept = []
    for line in requirement_lines(export):
        requirement, *hashes = line.split("--hash=")
        pin, _, marker = requirement.partition(";")
        if marker.strip() and not Marker(marker.strip()).evaluate(WINDOWS_MARKERS):
            continue
        if not hashes:
            raise SystemExit(f"{export.name}: {pin.strip()} has no hash")
        kept.append(" ".join([pin.strip(), *(f"--hash={digest.strip()}" for digest in hashes)]))
    return kept


def install_windows_wheels(export: Path, site: Path, scratch: Path) -> list[str]:
    """Install the Windows wheels the export pins into ``site``, hashes checked; return the pins installed."""
    pins = windows_requirements(export)
    listing = scratch / "windows-requirements.txt"
    listing.write_text("\n".join(pins) + "\n", encoding="utf-8")
    pip("install", "--quiet", "--no-compile", "--no-deps", "--require-hashes", "--only-binary", ":all:",
        "--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp", "--abi", "cp311",
        "--target", str(site), "-r", str(listing))
    shutil.rmtree(site / "bin", ignore_errors=True)  # the wheels' console scripts, for a Linux layout
    return [pin.split()[0] for pin in pins]


def install_app(repo: Path, site: Path, scratch: Path) -> Path:
    """Build the app's wheel from ``repo`` and install it (pure Python, no dependencies) into ``site``."""
    wheels = scratch / "app-wheel"
    pip("wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(repo))
    (wheel,) = wheels.glob("spi_desktop-*.whl")
    pip("install", "--quiet", "--no-compile", "--no-deps", "--platform", "win_amd64", "--only-binary", ":all:",
        "--target", str(site), str(wheel))
    shutil.rmtree(site / "bin", ignore_errors=True)
    return wheel
