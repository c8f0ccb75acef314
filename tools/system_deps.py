"""Detect (and on Debian/Ubuntu, install) the system libraries Qt needs.

Standard library only: this module runs before the virtual environment exists.
The public entry point is :func:`ensure_system_packages`; the smaller
functions are kept separate so they can be tested or called directly.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from functools import cache
from typing import Literal

Kind = Literal["lib", "file", "program", "module"]


@dataclass(frozen=True)
class Requirement:
    """One thing that must be present on the system, and its Debian package."""

    kind: Kind
    name: str
    package: str

    def describe(self) -> str:
        """Return a short human readable description, e.g. ``libGL.so.1 (libgl1)``."""
        return f"{self.name} ({self.package})"


def _libs(pairs: dict[str, str]) -> list[Requirement]:
    """Turn a ``soname -> package`` mapping into requirements."""
    return [Requirement("lib", soname, package) for soname, package in pairs.items()]


#: Needed by ``test`` (Qt on the offscreen platform) and by ``run``.
TEST_REQUIREMENTS: list[Requirement] = [
    *_libs(
        {
            "libGL.so.1": "libgl1",
            "libEGL.so.1": "libegl1",
            "libxkbcommon.so.0": "libxkbcommon0",
            "libfontconfig.so.1": "libfontconfig1",
            "libglib-2.0.so.0": "libglib2.0-0",
            "libX11.so.6": "libx11-6",
            "libdbus-1.so.3": "libdbus-1-3",
        }
    ),
    Requirement("file", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
]

#: Needed only by ``test``: the PostgreSQL server the tests start themselves (pg_ctlcluster comes with
#: Debian's ``postgresql``; the tests find initdb and pg_ctl in /usr/lib/postgresql/*/bin).
SERVER_REQUIREMENTS: list[Requirement] = [Requirement("program", "pg_ctlcluster", "postgresql")]

#: Needed only by ``run`` (a real window on X11/xcb, or a virtual screen).
RUN_REQUIREMENTS: list[Requirement] = [
    *_libs(
        {
            "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
            "libxcb-cursor.so.0": "libxcb-cursor0",
            "libxcb-icccm.so.4": "libxcb-icccm4",
            "libxcb-keysyms.so.1": "libxcb-keysyms1",
            "libxcb-image.so.0": "libxcb-image0",
            "libxcb-render-util.so.0": "libxcb-render-util0",
            "libxcb-shape.so.0": "libxcb-shape0",
            "libxcb-xkb.so.1": "libxcb-xkb1",
        }
    ),
    Requirement("program", "xvfb-run", "xvfb"),
]

#: Needed by ``build`` (tools/build_windows.py): the signature check, the launcher's compiler, the PE reader and
#: NSIS; and by the installer's test under Wine (tools/test_windows_install.py).
BUILD_REQUIREMENTS: list[Requirement] = [
    Requirement("program", "osslsigncode", "osslsigncode"),
    Requirement("program", "x86_64-w64-mingw32-gcc", "gcc-mingw-w64-x86-64-win32"),
    Requirement("program", "objdump", "binutils"),
    Requirement("program", "makensis", "nsis"),
]
WINE_REQUIREMENTS: list[Requirement] = [
    Requirement("program", "wine", "wine"),
    Requirement("file", "/usr/lib/wine/wine64", "wine64"),
]

#: Needed only to create the virtual environment (Debian splits ``ensurepip`` off).
VENV_REQUIREMENT = Requirement("module", "ensurepip", f"python3.{sys.version_info.minor}-venv")

_LDCONFIG_CANDIDATES = ("/sbin/ldconfig", "/usr/sbin/ldconfig")
_LIB_DIRS = ("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib")


def log(message: str) -> None:
    """Print a ``[spi]`` progress line to stderr."""
    print(f"[spi] {message}", file=sys.stderr, flush=True)


def is_linux() -> bool:
    """Return True on Linux, the only platform whose libraries we check."""
    return sys.platform.startswith("linux")


def is_debian_root() -> bool:
    """Return True if we may install packages ourselves with apt-get."""
    return (
        os.path.exists("/etc/debian_version")
        and hasattr(os, "geteuid")
        and os.geteuid() == 0
        and shutil.which("apt-get") is not None
    )


@cache
def ldconfig_sonames() -> frozenset[str] | None:
    """Return the sonames known to ``ldconfig -p``, or None if it is unusable."""
    ldconfig = shutil.which("ldconfig") or next(
        (path for path in _LDCONFIG_CANDIDATES if os.access(path, os.X_OK)), None
    )
    if ldconfig is None:
        return None
    try:
        result = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    # Lines look like: "\tlibGL.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libGL.so.1"
    names = {line.split()[0] for line in result.stdout.splitlines()[1:] if line.strip()}
    return frozenset(names) or None


def library_dirs() -> list[str]:
    """Return the directories searched when ``ldconfig`` is not available."""
    dirs = list(_LIB_DIRS)
    multiarch = sysconfig.get_config_var("MULTIARCH")
    if multiarch:
        dirs += [f"/lib/{multiarch}", f"/usr/lib/{multiarch}"]
    dirs += glob.glob("/usr/lib/*-linux-gnu*") + glob.glob("/lib/*-linux-gnu*")
    dirs += os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep)
    return list(dict.fromkeys(d for d in dirs if d and os.path.isdir(d)))


def has_library(soname: str) -> bool:
    """Return True if the shared library ``soname`` can be found."""
    known = ldconfig_sonames()
    if known is not None and soname in known:
        return True
    # ldconfig may be missing, or its cache stale (e.g. LD_LIBRARY_PATH): look on disk.
    return any(os.path.exists(os.path.join(d, soname)) for d in library_dirs())


def is_present(req: Requirement) -> bool:
    """Return True if the requirement is satisfied on this machine."""
    if req.kind == "lib":
        return has_library(req.name)
    if req.kind == "file":
        return os.path.exists(req.name)
    if req.kind == "program":
        return shutil.which(req.name) is not None
    return importlib.util.find_spec(req.name) is not None


def requirements_for(command: str, *, need_venv: bool = False) -> list[Requirement]:
    """Return everything ``command`` ("run", "test" or "build") needs from the system."""
    reqs = list(TEST_REQUIREMENTS)
    if command == "run":
        reqs += RUN_REQUIREMENTS
    if command == "test":
        reqs += SERVER_REQUIREMENTS + BUILD_REQUIREMENTS + WINE_REQUIREMENTS
    if command == "build":
        reqs += BUILD_REQUIREMENTS
    if need_venv:
        reqs.append(VENV_REQUIREMENT)
    return reqs


def missing_requirements(command: str, *, need_venv: bool = False) -> list[Requirement]:
    """Return the requirements of ``command`` that are not met (always [] off Linux)."""
    if not is_linux():
        return []
    return [r for r in requirements_for(command, need_venv=need_venv) if not is_present(r)]


def missing_system_packages(command: str, *, need_venv: bool = False) -> list[str]:
    """Return the Debian package names that ``command`` still needs, sorted."""
    return sorted({r.package for r in missing_requirements(command, need_venv=need_venv)})


def apt_install(packages: list[str]) -> int:
    """Run ``apt-get update`` then install ``packages``; return apt's exit code."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    log(f"installing system packages: {' '.join(packages)}")
    commands = [
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
    ]
    for cmd in commands:
        code = subprocess.call(cmd, env=env)
        if code != 0:
            log(f"'{' '.join(cmd)}' failed with exit code {code}")
            return code
    ldconfig_sonames.cache_clear()
    return 0


def install_hint(packages: list[str]) -> str:
    """Return the apt command a user should run to install ``packages``."""
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get update && {sudo}apt-get install -y --no-install-recommends {' '.join(packages)}"


def report_missing(missing: list[Requirement]) -> None:
    """Tell the user exactly what is missing and how to install it."""
    log("missing system libraries/programs:")
    for req in missing:
        log(f"  - {req.describe()}")
    packages = sorted({r.package for r in missing})
    where = "" if os.path.exists("/etc/debian_version") else " (Debian/Ubuntu package names)"
    log(f"install them with{where}:")
    log(f"  {install_hint(packages)}")


def ensure_system_packages(
    command: str, *, need_venv: bool = False, optional: frozenset[str] = frozenset()
) -> bool:
    """Make sure the system has what ``command`` needs; return False if we must stop.

    Missing packages are installed with apt-get when we are root on Debian/Ubuntu.
    Otherwise they are reported; we carry on only if every missing package is in
    ``optional`` (e.g. ``xvfb`` when a display is available).
    """
    missing = missing_requirements(command, need_venv=need_venv)
    if not missing:
        return True
    packages = sorted({r.package for r in missing})
    if is_debian_root():
        if apt_install(packages) == 0:
            missing = missing_requirements(command, need_venv=need_venv)
            if not missing:
                return True
            log("still missing after apt-get install:")
        else:
            log("automatic installation failed.")
    report_missing(missing)
    blocking = [r for r in missing if r.package not in optional]
    if blocking:
        log("cannot continue without: " + ", ".join(r.name for r in blocking))
        return False
    log("continuing anyway (not needed for this run).")
    return True
