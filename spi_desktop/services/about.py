"""What the program says about itself: its version (read from the installed package's metadata; one version
everywhere: pyproject.toml is its only source), when it was built, and the licences of what it bundles."""

from __future__ import annotations

import json
import platform
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from importlib import metadata
from pathlib import Path

from spi_desktop.resources import resource_path

DISTRIBUTION = "spi-desktop"
BUILD_INFO = Path(__file__).resolve().parent.parent / "_build_info.json"
QT_SOURCE = "https://download.qt.io"
PYSIDE_SOURCE = "https://code.qt.io/cgit/pyside/pyside-setup.git"
QT_DISTRIBUTION = "PySide6-Essentials"  # its wheel carries Qt's own libraries, of the same version
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?[^;]*(?:;(.*))?$")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


class Component(Enum):
    """What kind of thing a licence row is about (the dialog names each kind in the user's language)."""

    RUNTIME = "runtime"
    TOOLKIT = "toolkit"
    FONT = "font"
    LIBRARY = "library"


@dataclass(frozen=True)
class Licence:
    """One bundled component: its name and version, the licence it is distributed under (an SPDX expression
    where the component states one; empty when it states none) and where its source or home is."""

    component: Component
    name: str
    version: str
    licence: str
    source: str


def app_version() -> str:
    """The version of the installed SPI Desktop, e.g. ``0.1.0`` (``0+unknown`` when run from a bare checkout
    that was never installed)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


def build_date() -> date | None:
    """The day this copy was built: ``build_date`` (``YYYY-MM-DD``) in ``spi_desktop/_build_info.json`` when the
    installer build wrote one, else the modification day (UTC) of the installed package's ``METADATA`` file (the
    day pip installed it, which for the bundled copy is the day it was built; ``PKG-INFO`` of the .egg-info a
    source build leaves); ``None`` for a bare checkout."""
    if BUILD_INFO.is_file():
        try:
            return date.fromisoformat(str(json.loads(BUILD_INFO.read_text(encoding="utf-8"))["build_date"]))
        except (ValueError, KeyError, TypeError):
            pass  # a damaged file: fall back to the install date rather than show nothing
    try:
        files = metadata.distribution(DISTRIBUTION).files or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        # a wheel's .dist-info, or the .egg-info a source checkout's build leaves beside the package
        if file.name in ("METADATA", "RECORD", "PKG-INFO") and file.parent.name.endswith((".dist-info", ".egg-info")):
            path = Path(str(file.locate()))
            if path.is_file():
                return datetime.fromtimestamp(path.stat().st_mtime, UTC).date()
    return None


def bundled_licences() -> list[Licence]:
    """Every component shipped with the app, in this order: Python, Qt and PySide6 (LGPLv3, with where their
    source is), the fonts in ``resources/fonts`` (licence read from their shipped licence file), then every
    installed runtime dependency of SPI Desktop (followed through their own dependencies, extras included as
    requested, test extras left out), sorted by name, each with the licence its metadata states."""
    rows = [Licence(Component.RUNTIME, "Python", platform.python_version(), "PSF-2.0", "https://www.python.org")]
    qt_version = _installed_version(QT_DISTRIBUTION)
    if qt_version:
        rows.append(Licence(Component.TOOLKIT, "Qt", qt_version, "LGPL-3.0-only", QT_SOURCE))
        rows.append(Licence(Component.TOOLKIT, "PySide6", qt_version, "LGPL-3.0-only", PYSIDE_SOURCE))
    rows.extend(_font_licences())
    rows.extend(sorted((_library_licence(name) for name in runtime_dependencies()), key=lambda row: row.name.lower()))
    return rows


def runtime_dependencies() -> list[str]:
    """The installed distributions SPI Desktop needs at run time, its own name left out. A requirement counts
    when it is installed and its marker names no extra or one that was asked for; other markers (platform,
    Python version) are not evaluated: what is not installed is not bundled either."""
    found: dict[str, str] = {}
    pending: list[tuple[str, frozenset[str]]] = [(DISTRIBUTION, frozenset())]
    seen: set[tuple[str, frozenset[str]]] = set()
    while pending:
        name, extras = pending.pop()
        if (_key(name), extras) in seen:
            continue
        seen.add((_key(name), extras))
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if _key(name) != _key(DISTRIBUTION):
            found[_key(name)] = _display_name(distribution.metadata["Name"])
        for requirement in distribution.requires or []:
            match = _REQUIREMENT.match(requirement)
            if match is None:
                continue
            wanted = _EXTRA.findall(match.group(3) or "")
            if wanted and not extras.intersection(_key(extra) for extra in wanted):
                continue
            asked = frozenset(_key(extra) for extra in (match.group(2) or "").split(",") if extra.strip())
            pending.append((match.group(1), asked))
    return list(found.values())


def _display_name(name: str) -> str:
    """A distribution's name as its index page spells it (``PySide6_Essentials`` in a wheel's metadata is
    ``PySide6-Essentials`` on PyPI)."""
    return name.replace("_", "-")


def _key(name: str) -> str:
    """A distribution or extra name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


def _installed_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def _library_licence(name: str) -> Licence:
    distribution = metadata.distribution(name)
    fields = distribution.metadata
    return Licence(Component.LIBRARY, _display_name(fields["Name"]), distribution.version, stated_licence(fields),
                   _home_page(fields))


def stated_licence(fields: metadata.PackageMetadata) -> str:
    """The licence a distribution's metadata states: its ``License-Expression``, else a one-line ``License``
    field, else its ``License ::`` classifiers, else the first line of a longer ``License`` text; empty when
    it states none."""
    expression = _field(fields, "License-Expression").strip()
    if expression:
        return expression
    text = _field(fields, "License").strip()
    if text and "\n" not in text and len(text) <= 60 and text.upper() != "UNKNOWN":
        return text
    classifiers = [line.split("::")[-1].strip() for line in fields.get_all("Classifier") or []
                   if line.startswith("License ::") and line.count("::") >= 2]
    if classifiers:
        return ", ".join(classifiers)
    return text.splitlines()[0][:80] if text and text.upper() != "UNKNOWN" else ""


def _field(fields: metadata.PackageMetadata, name: str) -> str:
    """A metadata field's first value, empty when absent."""
    values = fields.get_all(name) or []
    return str(values[0]) if values else ""


def _home_page(fields: metadata.PackageMetadata) -> str:
    for entry in fields.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("source", "source code", "repository", "homepage", "home", "code"):
            return str(url).strip()
    return _field(fields, "Home-page").strip()


def _font_licences() -> list[Licence]:
    """One row per font file shipped, with the licence named in the licence file beside it (a Debian
    copyright file: the ``License:`` of its first ``Files:`` block) and its ``Source:``."""
    folder = resource_path("fonts")
    licence, source = "", ""
    for notice in sorted(folder.glob("LICENSE*")):
        fields = dict(_copyright_fields(notice.read_text(encoding="utf-8")))
        licence, source = fields.get("License", licence), fields.get("Source", source)
    spdx = {"bitstream-vera": "Bitstream-Vera"}.get(licence.lower(), licence)
    return [Licence(Component.FONT, font.stem, "", spdx, source) for font in sorted(folder.glob("*.ttf"))]


def _copyright_fields(text: str) -> list[tuple[str, str]]:
    """The ``Field: value`` lines of a licence file, the first of each field kept first (later ones are for
    other files: Debian's packaging)."""
    fields: list[tuple[str, str]] = []
    for line in reversed(text.splitlines()):
        field, colon, value = line.partition(":")
        if colon and field and not field.startswith(" ") and " " not in field and value.strip():
            fields.append((field, value.strip()))
    return fields  # reversed, so dict() keeps the first occurrence of each


@dataclass(frozen=True)
class AboutInfo:
    """Everything the About dialog shows that is read from files: read once, off the GUI thread."""

    version: str
    built: date | None
    licences: list[Licence]


def about_info() -> AboutInfo:
    """The version, the build date and the bundled components' licences (reads the packages' metadata)."""
    return AboutInfo(app_version(), build_date(), bundled_licences())
