"""What the program says about itself: version and build date from the installed metadata, the licences of
everything it bundles."""

from __future__ import annotations

import json
import platform
from datetime import date
from importlib import metadata
from pathlib import Path

import pytest

from spi_desktop.services import about
from spi_desktop.services.about import Component, Licence, bundled_licences


def _by_name() -> dict[str, Licence]:
    return {row.name: row for row in bundled_licences()}


def test_version_is_the_installed_packages_metadata() -> None:
    assert about.app_version() == metadata.version("spi-desktop")


def test_build_date_is_the_install_date_without_build_info() -> None:
    built = about.build_date()
    assert built is not None and date(2020, 1, 1) <= built <= date.today()


def test_build_date_prefers_the_build_info_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info = tmp_path / "_build_info.json"
    info.write_text(json.dumps({"build_date": "2026-12-02"}), encoding="utf-8")
    monkeypatch.setattr(about, "BUILD_INFO", info)
    assert about.build_date() == date(2026, 12, 2)
    info.write_text("{not json", encoding="utf-8")
    assert about.build_date() is not None  # damaged: the install date instead


def test_python_qt_and_pyside_come_first_with_their_source() -> None:
    rows = bundled_licences()
    assert [row.component for row in rows[:3]] == [Component.RUNTIME, Component.TOOLKIT, Component.TOOLKIT]
    python, qt, pyside = rows[:3]
    assert (python.name, python.version, python.licence) == ("Python", platform.python_version(), "PSF-2.0")
    assert (qt.name, qt.licence, qt.source) == ("Qt", "LGPL-3.0-only", "https://download.qt.io")
    assert pyside.source == "https://code.qt.io/cgit/pyside/pyside-setup.git"
    assert qt.version == metadata.version("PySide6-Essentials")


def test_the_fonts_carry_the_licence_from_their_shipped_file() -> None:
    fonts = [row for row in bundled_licences() if row.component is Component.FONT]
    assert {row.name for row in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert {row.licence for row in fonts} == {"Bitstream-Vera"}
    assert all(row.source == "https://dejavu-fonts.github.io/" for row in fonts)


def test_every_runtime_library_with_version_and_licence() -> None:
    rows = _by_name()
    assert "LGPL" in rows["PySide6-Essentials"].licence
    assert "LGPL" in rows["PySide6-Addons"].licence
    assert rows["SQLAlchemy"].licence == "MIT"
    assert "BSD" in rows["pandas"].licence
    assert "BSD" in rows["reportlab"].licence  # stated only as a classifier
    assert "BSD" in rows["numpy"].licence  # pandas' own dependency, followed
    assert rows["psycopg-binary"].licence.startswith("LGPL")  # the [binary] extra is followed
    assert rows["SQLAlchemy"].version == metadata.version("SQLAlchemy")
    libraries = [row for row in rows.values() if row.component is Component.LIBRARY]
    assert all(row.licence for row in libraries), [row.name for row in libraries if not row.licence]
    assert [row.name.lower() for row in libraries] == sorted(row.name.lower() for row in libraries)


def test_test_extras_and_the_app_itself_are_not_listed() -> None:
    names = {name.lower() for name in _by_name()}
    assert {"pytest", "pytest-qt", "mypy", "ruff", "hypothesis", "spi-desktop"}.isdisjoint(names)


def test_stated_licence_prefers_the_expression_then_a_short_field_then_classifiers() -> None:
    def fields(**values: str | list[str]) -> metadata.PackageMetadata:
        from email.message import Message

        message = Message()
        for key, value in values.items():
            for item in value if isinstance(value, list) else [value]:
                message[key.replace("_", "-")] = item
        return message  # type: ignore[return-value]

    assert about.stated_licence(fields(License_Expression="MIT", License="BSD")) == "MIT"
    assert about.stated_licence(fields(License="MIT")) == "MIT"
    long_text = "Copyright (c) 2000 Someone\nPermission is hereby granted, ..."
    assert about.stated_licence(fields(License=long_text,
                                       Classifier=["License :: OSI Approved :: BSD License"])) == "BSD License"
    assert about.stated_licence(fields(License=long_text)) == "Copyright (c) 2000 Someone"
    assert about.stated_licence(fields(License="UNKNOWN")) == ""
