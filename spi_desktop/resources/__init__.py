"""Data files shipped with the app: survey-year defaults, translations, demo seeds."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any


def resource_path(*parts: str) -> Path:
    """Path of a file shipped in spi_desktop/resources."""
    return Path(str(resources.files(__name__).joinpath(*parts)))


def load_json(*parts: str) -> Any:
    """Read a JSON data file shipped in spi_desktop/resources."""
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
