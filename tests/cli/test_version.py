"""``spi --version`` names the installed package's version, as the About dialog and the installer do."""

from __future__ import annotations

from importlib import metadata

import pytest

from spi_desktop.cli import main


def test_version_prints_the_version_from_the_package_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--version"])
    out, err = capsys.readouterr()
    assert (code, out, err) == (0, f"SPI Desktop {metadata.version('spi-desktop')}\n", "")
