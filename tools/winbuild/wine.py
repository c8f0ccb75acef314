"""Running Windows programs under Wine in a throw-away prefix, with no display and no questions."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

WINE = "wine"
SHIMS = Path(__file__).resolve().parent / "wine_shims"
CURRENT_VERSION = r"HKLM\Software\Microsoft\Windows NT\CurrentVersion"


@dataclass
class Prefix:
    """A fresh 64-bit Wine prefix in a temporary folder; ``close`` removes it."""

    path: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="spi-wine-")))

    @property
    def env(self) -> dict[str, str]:
        """Wine's environment: this prefix, no debug chatter, no Mono/Gecko download prompts."""
        return {**os.environ, "WINEPREFIX": str(self.path), "WINEARCH": "win64", "WINEDEBUG": "-all",
                "WINEDLLOVERRIDES": "mscoree,mshtml=;bcryptprimitives=n"}

    def run(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        """Run ``wine args…``, wait for every process it started, and return what it printed (as text)."""
        result = subprocess.run([WINE, *args], env=self.env, capture_output=True, text=True, timeout=timeout,
                                stdin=subprocess.DEVNULL, check=False, encoding="utf-8", errors="replace")
        self.wait()
        return result

    def wait(self) -> None:
        """Wait until the prefix's wineserver has no process left (an uninstaller re-launches itself)."""
        subprocess.run(["wineserver", "-w"], env=self.env, check=False, timeout=600)

    def start(self) -> None:
        """Create the prefix, with the null display driver (no X server needed) and Windows 10."""
        subprocess.run(["wineboot", "-i"], env=self.env, capture_output=True, check=True, timeout=600)
        self.wait()
        self.run("reg", "add", r"HKCU\Software\Wine\Drivers", "/v", "Graphics", "/d", "null", "/f")
        self.run("winecfg", "/v", "win10")

    def add_shims(self) -> list[str]:
        """Compile the stand-ins for Windows DLLs Wine 8 lacks (wine_shims/*.c) into the prefix's System32.

        They exist only in this test prefix, never in the bundle; pe.check_imports still checks the bundle
        against real Windows' DLLs."""
        system32 = self.path / "drive_c" / "windows" / "system32"
        added = []
        for source in sorted(SHIMS.glob("*.c")):
            target = system32 / f"{source.stem}.dll"
            subprocess.run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-o", str(target), str(source),
                            "-ladvapi32"], check=True)
            added.append(target.name)
        return added

    def set_build(self, build: int) -> None:
        """Make the prefix report Windows build ``build`` (what the installer's floor check reads)."""
        self.run("reg", "add", CURRENT_VERSION, "/v", "CurrentBuildNumber", "/d", str(build), "/f")

    def reg_query(self, key: str) -> str:
        """``reg query key`` output, or '' when the key does not exist."""
        result = self.run("reg", "query", key)
        return result.stdout if result.returncode == 0 else ""

    def user_folder(self) -> Path:
        """The prefix's Windows user profile folder (drive_c/users/<name>)."""
        users = [p for p in (self.path / "drive_c" / "users").iterdir() if p.name.lower() != "public"]
        (user,) = [p for p in users if (p / "AppData").is_dir()]
        return user

    def close(self) -> None:
        """Stop the wineserver and delete the prefix."""
        subprocess.run(["wineserver", "-k"], env=self.env, check=False, capture_output=True)
        shutil.rmtree(self.path, ignore_errors=True)
