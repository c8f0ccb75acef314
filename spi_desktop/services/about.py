"""What the program says about itself: its version, read from the installed package's metadata (one version
everywhere: pyproject.toml is its only source)."""

from __future__ import annotations

from importlib import metadata

DISTRIBUTION = "spi-desktop"


def app_version() -> str:
    """The version of the installed SPI Desktop, e.g. ``0.1.0`` (``0+unknown`` when run from a bare checkout
    that was never installed)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
