"""Render the app's icon from its SVG masters into the files the app and the Windows installer use.

    python tools/make_icons.py           # write the .ico and the PNGs
    python tools/make_icons.py --check   # fail if a committed file differs from a fresh render

resources/icon/spi-desktop.svg draws 32 px and up (with the letters "SPI"); spi-desktop-small.svg draws 16 and
24 px, where letters would blur. Outputs (committed, so neither the app nor the installer build needs this tool):
resources/icon/spi-desktop.ico with 16, 24, 32, 48, 64, 128 and 256 px for the installer and its shortcut, and
spi_desktop/resources/icons/spi-desktop{,-32,-16}.png (256, 32, 16 px) for the windows at run time, and the
installer's two pictures, resources/installer/welcome.bmp (164 × 314, the welcome and finish pages) and
header.bmp (150 × 57, the other pages), drawn with no text so they read the same in both languages.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MASTERS = ROOT / "resources" / "icon"
ICO = MASTERS / "spi-desktop.ico"
RUNTIME = ROOT / "spi_desktop" / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
RUNTIME_PNGS = {256: "spi-desktop.png", 32: "spi-desktop-32.png", 16: "spi-desktop-16.png"}
SMALL_UP_TO = 24  # the largest size drawn from the letterless master
INSTALLER = ROOT / "resources" / "installer"
#: The installer's pictures: size, background (the shield's navy for the tall one, white for the header), the
#: icon's size and where its top-left corner goes.
INSTALLER_PICTURES = {
    "welcome.bmp": ((164, 314), (23, 50, 77), 128, (18, 60)),
    "header.bmp": ((150, 57), (255, 255, 255), 48, (96, 4)),
}


def master_for(size: int) -> Path:
    """The SVG that draws ``size`` px: the letterless one for the smallest sizes."""
    return MASTERS / ("spi-desktop-small.svg" if size <= SMALL_UP_TO else "spi-desktop.svg")


def render(size: int) -> Image.Image:
    """The icon at ``size`` × ``size`` px, transparent around the shield, as a Pillow RGBA image."""
    renderer = QSvgRenderer(str(master_for(size)))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {master_for(size)}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def write_icons(ico: Path, runtime: Path) -> list[Path]:
    """Write the .ico and the run-time PNGs; the paths written."""
    images = {size: render(size) for size in ICO_SIZES}
    ico.parent.mkdir(parents=True, exist_ok=True)
    runtime.mkdir(parents=True, exist_ok=True)
    largest = images[max(ICO_SIZES)]
    # Each size is its own render (append_images), not Pillow's downscale of the 256 px one.
    largest.save(ico, format="ICO", sizes=[(size, size) for size in ICO_SIZES],
                 append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)])
    written = [ico]
    for size, name in RUNTIME_PNGS.items():
        path = runtime / name
        images[size].save(path, format="PNG", optimize=True)
        written.append(path)
    return written


def write_installer_pictures(folder: Path) -> list[Path]:
    """Write the installer's BMPs (24-bit, as NSIS's MUI wants them) into ``folder``; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (size, background, icon_size, corner) in INSTALLER_PICTURES.items():
        picture = Image.new("RGB", size, background)
        icon = render(icon_size)
        picture.paste(icon, corner, icon)
        path = folder / name
        picture.save(path, format="BMP")
        written.append(path)
    return written


def check() -> int:
    """0 when the committed files match a fresh render, else 1 with the stale ones named."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = write_icons(Path(scratch) / ICO.name, Path(scratch) / "icons")
        fresh += write_installer_pictures(Path(scratch) / "installer")
        committed = [ICO] + [RUNTIME / name for name in RUNTIME_PNGS.values()]
        committed += [INSTALLER / name for name in INSTALLER_PICTURES]
        stale = [str(path.relative_to(ROOT)) for path, new in zip(committed, fresh, strict=True)
                 if not path.exists() or path.read_bytes() != new.read_bytes()]
    if stale:
        print("out of date, run python tools/make_icons.py:", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Render the icons, or with --check compare them with the committed ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a committed icon file is out of date")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (Qt painting expects one)
    if args.check:
        return check()
    for path in write_icons(ICO, RUNTIME) + write_installer_pictures(INSTALLER):
        print(path.relative_to(ROOT), path.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
