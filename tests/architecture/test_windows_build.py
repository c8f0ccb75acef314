"""The Windows build's decisions that can be checked without building (tools/winbuild).

The build itself, its import check and the installer's test under Wine run in tools/dev.py test after the
suites; these tests pin what that run relies on: the bundle gets exactly the lock's Windows pins with their
hashes, the uninstaller removes only what was installed, the interpreter is isolated.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from winbuild import embed, installer, launcher, pe, runtime, wheels  # noqa: E402

RUNTIME_EXPORT = ROOT / "requirements" / "runtime.txt"


def pins() -> dict[str, str]:
    lines = wheels.windows_requirements(RUNTIME_EXPORT)
    return {line.split("==")[0]: line for line in lines}


def test_the_bundle_takes_the_windows_pins_of_the_lock_each_with_its_hashes() -> None:
    chosen = pins()
    assert "pywin32-ctypes" in chosen  # keyring's Windows backend needs it
    assert "jeepney" not in chosen and "secretstorage" not in chosen  # Linux-only keyring backends
    assert chosen["numpy"].startswith("numpy==2.4.6 ")  # the lock's pin for CPython 3.11, not 3.12's
    assert {"pyside6-essentials", "pyside6-addons", "shiboken6", "sqlalchemy", "reportlab"} <= set(chosen)
    for line in chosen.values():
        assert ";" not in line and "--hash=sha256:" in line, line
    assert not {"pytest", "mypy", "ruff", "hypothesis"} & set(chosen)  # no test tool is bundled


def test_a_pin_without_a_hash_stops_the_build(tmp_path: Path) -> None:
    export = tmp_path / "runtime.txt"
    export.write_text("alembic==1.20.1\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no hash"):
        wheels.windows_requirements(export)


def test_the_uninstaller_removes_only_the_top_level_entries_it_installed(tmp_path: Path) -> None:
    (tmp_path / "Lib").mkdir()
    (tmp_path / "python.exe").write_bytes(b"")
    (tmp_path / "SPI Desktop.exe").write_bytes(b"")
    assert installer.uninstall_list(tmp_path).splitlines() == [
        '  RMDir /r "$INSTDIR\\Lib"', '  Delete "$INSTDIR\\SPI Desktop.exe"', '  Delete "$INSTDIR\\python.exe"']


def test_the_interpreter_sees_only_the_bundle() -> None:
    assert embed.PTH.splitlines() == ["python311.zip", ".", "Lib\\site-packages", "import site"]


def test_the_installer_is_per_user_indonesian_first_and_keeps_the_windows_floor() -> None:
    script = (ROOT / "tools" / "winbuild" / "installer.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in script
    assert script.index('MUI_LANGUAGE "Indonesian"') < script.index('MUI_LANGUAGE "English"')
    assert "!define MIN_BUILD 18362" in script and "SetErrorLevel 1150" in script
    uninstall = [line.strip() for line in script.split('Section "Uninstall"')[1].splitlines()
                 if line.strip() and not line.strip().startswith(";")]
    assert not [line for line in uninstall if "$LOCALAPPDATA" in line or "$APPDATA" in line]  # the user's data
    assert 'RMDir "$INSTDIR"' in uninstall and 'RMDir /r "$INSTDIR"' not in uninstall  # only when left empty


@pytest.mark.parametrize(("version", "quad"), [("0.1.0", "0,1,0,0"), ("1.2.3.4.5", "1,2,3,4"), ("2.0rc1", "2,0,1,0")])
def test_the_launcher_version_resource_takes_four_numbers(version: str, quad: str) -> None:
    assert launcher.version_commas(version) == quad


def fake_pe(path: Path, imports: list[str], version: tuple[int, int, int, int] | None = None) -> Path:
    """A stand-in PE file: its imports are read through the patched ``imported_dlls``; a version block if given."""
    import struct

    path.parent.mkdir(parents=True, exist_ok=True)
    body = b"MZ" + "\n".join(imports).encode()
    if version is not None:
        major, minor, patch, build = version
        body += pe.FIXED_INFO_SIGNATURE + struct.pack("<III", 0x10000, major << 16 | minor, patch << 16 | build)
    path.write_bytes(body)
    return path


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    def imported(path: Path) -> list[str]:
        text = path.read_bytes()[2:].split(pe.FIXED_INFO_SIGNATURE)[0].decode()
        return [line for line in text.splitlines() if line]

    monkeypatch.setattr(pe, "imported_dlls", imported)
    pyside = tmp_path / "Lib" / "site-packages" / "PySide6"
    fake_pe(tmp_path / "python311.dll", ["KERNEL32.dll", "api-ms-win-crt-heap-l1-1-0.dll"])
    fake_pe(pyside / "Qt6Core.dll", ["icuuc.dll", "VCRUNTIME140.dll", "USER32.dll"])
    fake_pe(tmp_path / "vcruntime140.dll", [], (14, 44, 35211, 0))
    fake_pe(pyside / "plugins" / "imageformats" / "qsvg.dll", ["Qt6Svg.dll", "Qt6Core.dll"])
    return tmp_path


def test_the_import_check_names_a_plugin_whose_library_was_pruned(bundle: Path) -> None:
    checked, missing = pe.check_imports(bundle)
    assert checked == 4
    assert [item.describe(bundle) for item in missing] == [
        "Lib/site-packages/PySide6/plugins/imageformats/qsvg.dll needs Qt6Svg.dll"]
    fake_pe(bundle / "Lib" / "site-packages" / "PySide6" / "Qt6Svg.dll", ["Qt6Core.dll"])
    assert pe.check_imports(bundle)[1] == []


def test_an_older_runtime_at_the_root_than_a_package_brought_is_a_skew_and_the_copy_fixes_it(bundle: Path) -> None:
    fake_pe(bundle / "Lib" / "site-packages" / "shiboken6" / "vcruntime140.dll", [], (14, 44, 35211, 0))
    fake_pe(bundle / "vcruntime140.dll", [], (14, 38, 33135, 0))
    assert runtime.runtime_skew(bundle) == [
        "Lib/site-packages/shiboken6/vcruntime140.dll is newer than the root's copy"]
    assert runtime.newest_runtime(bundle) == ["vcruntime140.dll 14.44.35211.0 (from Lib/site-packages/shiboken6)"]
    assert runtime.runtime_skew(bundle) == []
    assert pe.file_version(bundle / "vcruntime140.dll") == (14, 44, 35211, 0)
