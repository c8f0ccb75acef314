#!/usr/bin/env python3
"""Try the Windows installer under Wine, as IT staff would deploy it, in a fresh prefix.

    python3 tools/test_windows_install.py INSTALLER

1. On Windows 10 1809 (build 17763) the installer refuses, silently, with exit code 1150, installing nothing.
2. On a supported build, ``/S`` installs into %LOCALAPPDATA%\\Programs\\SPI Desktop: the program's files, the
   Start-menu shortcut and the "Apps" (uninstall) entry are there.
3. Inside the installed copy the launcher runs the app's entry (``--version``), ``python.exe -m
   spi_desktop.cli --version`` prints the version and
   ``python.exe -m spi_desktop.selftest --no-gui`` passes (what Wine can run: no Qt, numpy or pandas there).
4. ``uninstall.exe /S`` leaves no program file, shortcut or uninstall entry, and the user's data folder
   (%LOCALAPPDATA%\\spi-desktop, workspaces and backups) untouched.

Exit code 0 when every check passes; each check prints one line.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from winbuild.wine import Prefix  # noqa: E402

UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\SPIDesktop"
TOO_OLD_BUILD = 17763  # Windows 10 1809 / LTSC 2019
SUPPORTED_BUILD = 19045  # Windows 10 22H2
ERROR_OLD_WIN_VERSION = 1150


class Checks:
    """Collects pass/fail lines."""

    def __init__(self) -> None:
        self.failed = 0
        self.started = time.monotonic()

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        """Print one line for a check and remember a failure."""
        print(f"[wine] {'ok  ' if ok else 'FAIL'} {what}" + (f"\n{detail}" if detail and not ok else ""),
              flush=True)
        self.failed += not ok
        return ok


def version_of(installer: Path) -> str:
    """The version in the installer's name (SPI-Desktop-<version>-setup-x64.exe)."""
    match = re.fullmatch(r"SPI-Desktop-(.+)-setup-x64\.exe", installer.name)
    if match is None:
        raise SystemExit(f"{installer.name} is not named SPI-Desktop-<version>-setup-x64.exe")
    return match.group(1)


def try_installer(installer: Path, checks: Checks) -> None:
    """Run every check in one fresh prefix."""
    version = version_of(installer)
    prefix = Prefix()
    try:
        prefix.start()
        for shim in prefix.add_shims():
            checks.check(True, f"Wine prefix: stand-in {shim} (Windows 10 has it, Wine 8 does not)")
        programs = prefix.user_folder() / "AppData" / "Local" / "Programs" / "SPI Desktop"
        shortcut = (prefix.user_folder() / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu"
                    / "Programs" / "SPI Desktop.lnk")
        data = prefix.user_folder() / "AppData" / "Local" / "spi-desktop"

        prefix.set_build(TOO_OLD_BUILD)
        refused = prefix.run(str(installer), "/S")
        checks.check(refused.returncode == ERROR_OLD_WIN_VERSION % 256 and not programs.exists(),
                     f"build {TOO_OLD_BUILD}: refused (exit {refused.returncode}), nothing installed")

        prefix.set_build(SUPPORTED_BUILD)
        started = time.monotonic()
        installed = prefix.run(str(installer), "/S")
        checks.check(installed.returncode == 0, f"silent install: exit {installed.returncode} "
                     f"in {time.monotonic() - started:.1f} s")
        for name in ("SPI Desktop.exe", "python.exe", "python311._pth", "vcruntime140.dll", "uninstall.exe",
                     "spi-desktop.ico", "Lib/site-packages/spi_desktop/__main__.py",
                     "Lib/site-packages/PySide6/Qt6Pdf.dll", "Lib/site-packages/PySide6/Qt6Charts.dll"):
            checks.check((programs / name).is_file(), f"installed: {name}")
        checks.check(shortcut.is_file(), "Start-menu shortcut: SPI Desktop.lnk")
        entry = prefix.reg_query(UNINSTALL_KEY)
        checks.check(f"DisplayVersion    REG_SZ    {version}" in entry and "QuietUninstallString" in entry,
                     f"uninstall entry in Apps, version {version}", entry)

        # The launcher runs Python inside itself: exit 0 for --version and argparse's 2 for an unknown option
        # show that it found python311.dll and ran the app's own parser (its window needs Qt, which Wine lacks).
        launcher = str(programs / "SPI Desktop.exe")
        answers = (prefix.run(launcher, "--version").returncode, prefix.run(launcher, "--bukan-opsi").returncode)
        checks.check(answers == (0, 2), f"SPI Desktop.exe runs the app: --version exit {answers[0]}, "
                     f"an unknown option exit {answers[1]}")
        python = str(programs / "python.exe")
        said = prefix.run(python, "-m", "spi_desktop.cli", "--version")
        checks.check(said.returncode == 0 and version in said.stdout, f"spi --version: {said.stdout.strip()}",
                     said.stderr)
        started = time.monotonic()
        selftest = prefix.run(python, "-m", "spi_desktop.selftest", "--no-gui")
        print(selftest.stdout.rstrip(), flush=True)
        checks.check(selftest.returncode == 0, f"self-test in the installed copy: exit {selftest.returncode} "
                     f"in {time.monotonic() - started:.1f} s", selftest.stderr)

        data.mkdir(parents=True, exist_ok=True)
        kept = data / "ruang-kerja.sqlite"
        kept.write_bytes(b"the user's workspace")
        (data / "cadangan").mkdir(exist_ok=True)
        uninstalled = prefix.run(str(programs / "uninstall.exe"), "/S")
        left = sorted(p.relative_to(programs).as_posix() for p in programs.rglob("*")) if programs.exists() else []
        checks.check(uninstalled.returncode == 0 and not programs.exists(),
                     f"silent uninstall: exit {uninstalled.returncode}, program folder gone", f"left: {left[:20]}")
        checks.check(not shortcut.exists(), "uninstall: shortcut gone")
        checks.check(prefix.reg_query(UNINSTALL_KEY) == "", "uninstall: entry gone from Apps")
        checks.check(kept.read_bytes() == b"the user's workspace" and (data / "cadangan").is_dir(),
                     "uninstall: workspaces and backups untouched")
    finally:
        prefix.close()


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the checks."""
    parser = argparse.ArgumentParser(description="Install, self-test and uninstall SPI Desktop under Wine.")
    parser.add_argument("installer", type=Path)
    args = parser.parse_args(argv)
    checks = Checks()
    try_installer(args.installer.resolve(), checks)
    elapsed = time.monotonic() - checks.started
    print(f"[wine] {'all checks passed' if not checks.failed else f'{checks.failed} checks FAILED'} "
          f"in {elapsed:.0f} s", flush=True)
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
