"""The GUI entry point (``spi-desktop``): check the display, load translations, open the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

NO_DISPLAY_MESSAGE = (
    "SPI Desktop: tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong).\n"
    "Jalankan di layar virtual:  xvfb-run -a spi-desktop [--db BERKAS]\n"
    "  atau dari folder proyek:  xvfb-run -a python3 tools/dev.py run\n"
    "No display found: run it under xvfb-run as shown above, or set QT_QPA_PLATFORM=offscreen."
)


def has_display(environ: os._Environ[str] | dict[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True when Qt can show a window: not Linux, a display is set, or a Qt platform is chosen."""
    if not platform.startswith("linux"):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


class _VersionAction(argparse.Action):
    """``--version``: the version is read from the package's metadata only when asked for, not at every start."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        from spi_desktop.services.about import app_version

        print(f"SPI Desktop {app_version()}")  # on stdout, as argparse's own version action does
        parser.exit()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options of the GUI."""
    from spi_desktop.argparse_id import IndonesianArgumentParser

    parser = IndonesianArgumentParser(prog="spi-desktop", description="SPI Desktop")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="berkas SQLite atau URL basis data")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa tampilan (bawaan: id)")
    parser.add_argument("--screenshot", metavar="PNG", help="simpan tangkapan layar jendela lalu keluar")
    parser.add_argument("--version", action=_VersionAction, help="tampilkan versi program lalu keluar")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Start SPI Desktop; returns the process exit code."""
    args = parse_args(argv)
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    from spi_desktop.views.shell.application import run_application

    return run_application(db=args.db, language=args.lang, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
