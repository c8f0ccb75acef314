"""What every export shares: files that appear only once complete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from spi_desktop.domain.errors import InputError

T = TypeVar("T")


def write_complete(path: Path, write: Callable[[Path], T]) -> T:
    """Let ``write`` fill a partial file beside ``path``, then rename it into place: a failure or a cancel never
    leaves a half-written file under the real name. ``InputError`` when the file cannot be written."""
    partial = path.with_name(path.name + ".sebagian")
    try:
        result = write(partial)
        partial.replace(path)
    except OSError as error:
        raise InputError(f"{path} tidak dapat ditulis: {error.strerror or error}") from error
    finally:
        partial.unlink(missing_ok=True)
    return result

