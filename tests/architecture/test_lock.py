"""The lock (uv.lock) and its pip exports still match pyproject.toml.

requirements/lock.txt (dependencies and the test extra) is what tools/dev.py installs; requirements/runtime.txt (the
dependencies alone) is what tools/build_windows.py cross-installs into the Windows bundle.

tools/dev.py installs only what the export pins, so a dependency added to pyproject.toml without re-locking would
be missing (or an old pin would break its new specifier). The checks below need only the standard library and
``packaging``; with uv installed, uv itself confirms the lock too. Re-locking is described in docs/release.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
UV_LOCK = ROOT / "uv.lock"
EXPORT = ROOT / "requirements" / "lock.txt"
EXPORT_COMMAND = ["uv", "export", "--frozen", "--extra", "test", "--no-emit-project", "--format", "requirements-txt"]
RUNTIME_EXPORT = ROOT / "requirements" / "runtime.txt"
RUNTIME_COMMAND = ["uv", "export", "--frozen", "--no-emit-project", "--format", "requirements-txt"]
#: Each export and the command that writes it.
EXPORTS = {EXPORT: EXPORT_COMMAND, RUNTIME_EXPORT: RUNTIME_COMMAND}
RELOCK_HINT = "the lock is out of date: re-lock and re-export as docs/release.md says"


@dataclass(frozen=True)
class Pin:
    """One requirement line of the export: ``name==version ; marker`` and its hashes."""

    name: str
    version: Version
    hashes: frozenset[str]


def project() -> dict:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]


def declared_requirements() -> list[tuple[Requirement, str]]:
    """The dependencies and the test extra, as pyproject.toml names them, each with the marker uv records for it."""
    table = project()
    return [*((Requirement(text), "") for text in table["dependencies"]),
            *((Requirement(text), "extra == 'test'") for text in table["optional-dependencies"]["test"])]


def export_lines(export: Path = EXPORT) -> list[str]:
    """The export's requirement lines, each with its continuation lines joined and its comments dropped."""
    lines: list[str] = []
    pending = ""
    for raw in export.read_text(encoding="utf-8").splitlines():
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        pending += " " + text.removesuffix("\\").strip()
        if not text.endswith("\\"):
            lines.append(pending.strip())
            pending = ""
    return lines


def export_pins(export: Path = EXPORT) -> list[Pin]:
    pins = []
    for line in export_lines(export):
        requirement_text, *hash_parts = line.split("--hash=")
        requirement = Requirement(requirement_text.strip())
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", f"{line!r} is not pinned"
        pins.append(Pin(canonicalize_name(requirement.name), Version(specifier.version),
                        frozenset(part.strip() for part in hash_parts)))
    return pins


@cache
def locked_packages() -> list[dict]:
    return tomllib.loads(UV_LOCK.read_text(encoding="utf-8"))["package"]


def test_every_dependency_and_test_extra_is_pinned_within_its_specifier() -> None:
    pins: dict[str, list[Version]] = {}
    for pin in export_pins():
        pins.setdefault(pin.name, []).append(pin.version)
    for requirement, _ in declared_requirements():
        versions = pins.get(canonicalize_name(requirement.name))
        assert versions, f"{requirement} is not in {EXPORT.name}: {RELOCK_HINT}"
        for version in versions:  # one per Python range where the lock forks (numpy)
            assert requirement.specifier.contains(version, prereleases=True), (
                f"{requirement.name} {version} in {EXPORT.name} does not satisfy {requirement}: {RELOCK_HINT}")


def test_uv_lock_records_the_requirements_of_pyproject() -> None:
    def key(name: str, extras: object, specifier: str, marker: str) -> tuple[str, tuple[str, ...], str, str]:
        return canonicalize_name(name), tuple(sorted(extras or ())), str(SpecifierSet(specifier)), marker

    declared = {key(requirement.name, requirement.extras, str(requirement.specifier), marker)
                for requirement, marker in declared_requirements()}
    (me,) = [package for package in locked_packages() if package["name"] == canonicalize_name(project()["name"])]
    recorded = {key(entry["name"], entry.get("extras"), entry.get("specifier", ""), entry.get("marker", ""))
                for entry in me["metadata"]["requires-dist"]}
    assert recorded == declared, f"{RELOCK_HINT}: only in pyproject.toml {sorted(declared - recorded)}, " \
        f"only in uv.lock {sorted(recorded - declared)}"


def test_the_runtime_export_pins_every_dependency_and_no_test_tool() -> None:
    runtime = {pin.name: pin for pin in export_pins(RUNTIME_EXPORT)}
    full = {pin.name: pin for pin in export_pins(EXPORT)}
    for text in project()["dependencies"]:
        assert canonicalize_name(Requirement(text).name) in runtime, f"{text} is not in {RUNTIME_EXPORT.name}"
    for text in project()["optional-dependencies"]["test"]:
        name = canonicalize_name(Requirement(text).name)
        assert name not in runtime, f"the test tool {name} would be bundled: {RUNTIME_EXPORT.name} took the extra"
    for name, pin in runtime.items():
        assert full[name].version == pin.version, f"{name}: {RUNTIME_EXPORT.name} and {EXPORT.name} disagree"


@pytest.mark.parametrize("export", list(EXPORTS), ids=lambda path: path.name)
def test_export_came_from_uv_lock_and_pins_exactly_its_versions_with_its_hashes(export: Path) -> None:
    command = EXPORTS[export]
    header = export.read_text(encoding="utf-8").splitlines()[:2]
    assert header[0] == "# This file was autogenerated by uv via the following command:", header
    assert header[1].removeprefix("#").split()[: len(command)] == command, header

    locked: dict[tuple[str, Version], set[str]] = {}
    for package in locked_packages():
        if "registry" not in package["source"]:
            continue  # the project itself, which the export leaves out
        files = [package.get("sdist", {}), *package.get("wheels", [])]
        locked[(package["name"], Version(package["version"]))] = {f["hash"] for f in files if "hash" in f}
    pins = export_pins(export)
    pinned = {(pin.name, pin.version) for pin in pins}
    if export == EXPORT:
        assert pinned == set(locked), f"{export.name} is not uv.lock's export"
    assert pinned <= set(locked), f"{export.name} pins what uv.lock does not: {sorted(pinned - set(locked))}"
    for pin in pins:
        assert pin.hashes, f"{pin.name} has no hash in {export.name}"
        assert pin.hashes <= locked[(pin.name, pin.version)], f"{pin.name}'s hashes are not uv.lock's"


def uv_program() -> str | None:
    beside_python = Path(sys.executable).with_name("uv.exe" if sys.platform == "win32" else "uv")
    return str(beside_python) if beside_python.is_file() else shutil.which("uv")


def test_uv_confirms_the_lock_and_the_export() -> None:
    uv = uv_program()
    if uv is None:
        pytest.skip("uv is not installed here (tools/dev.py installs with pip only): `uv lock --check` and the "
                    "comparison with a fresh `uv export` are skipped; the checks above still ran")
    check = subprocess.run([uv, "lock", "--check", "--python", sys.executable], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, f"{RELOCK_HINT}\n{check.stdout}{check.stderr}"
    for path, command in EXPORTS.items():
        export = subprocess.run([uv, *command[1:], "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert export.returncode == 0, export.stderr
        # The second header line echoes the command, which names the output file when it was written with -o.
        assert export.stdout.splitlines()[2:] == path.read_text(encoding="utf-8").splitlines()[2:], (
            f"{path.name} is not the export of the current uv.lock: re-export it as docs/release.md says")
