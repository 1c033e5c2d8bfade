"""Render the SVG icons into the raster forms installers want.

    python packaging/make_icons.py              # refresh the committed icons (PNG, Windows .ico, macOS .icns)
    python packaging/make_icons.py --hicolor D  # only write a freedesktop hicolor theme tree under D (builds)

The SVGs in resources/icons/ are the sources; every raster file is made from them here, never by hand.
Windows .ico and macOS .icns both accept PNG-compressed images, so both are written without Pillow.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_contents import APP_ID, BUNDLE_MIME_TYPE  # noqa: E402

APP_SVG = ROOT / "resources/icons/rundabord.svg"
BUNDLE_SVG = ROOT / "resources/icons/rundabord-bundle.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (icns type code, pixel size): the @1x and @2x slots macOS looks for.
ICNS_SLOTS = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size x size canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
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
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding one PNG image per size (Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family with a PNG in every slot of ICNS_SLOTS."""
    body = b"".join(code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_SLOTS)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:  # unchanged files keep their mtime
        path.write_bytes(data)


def write_hicolor(base: Path) -> None:
    """The freedesktop icon theme tree: the app icon under apps/, the bundle icon under mimetypes/."""
    mime_icon = BUNDLE_MIME_TYPE.replace("/", "-")
    for size in HICOLOR_SIZES:
        folder = base / f"{size}x{size}"
        write(folder / "apps" / f"{APP_ID}.png", render_png(APP_SVG, size))
        write(folder / "mimetypes" / f"{mime_icon}.png", render_png(BUNDLE_SVG, size))
    write(base / "scalable/apps" / f"{APP_ID}.svg", APP_SVG.read_bytes())
    write(base / "scalable/mimetypes" / f"{mime_icon}.svg", BUNDLE_SVG.read_bytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--hicolor", type=Path, metavar="DIR", help="write a hicolor icon tree here, nothing else"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # QPainter on QImage needs one
    if args.hicolor:
        write_hicolor(args.hicolor)
        return 0
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_SLOTS)})
    pngs = {size: render_png(APP_SVG, size) for size in sizes}
    write(ROOT / "resources/icons/rundabord.png", pngs[256])
    write(ROOT / "packaging/icons/rundabord.png", pngs[512])
    write(ROOT / "packaging/icons/rundabord-bundle.png", render_png(BUNDLE_SVG, 256))
    write(ROOT / "packaging/icons/rundabord.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    bundle_pngs = {size: render_png(BUNDLE_SVG, size) for size in ICO_SIZES}
    write(ROOT / "packaging/icons/rundabord-bundle.ico", ico_bytes(bundle_pngs))  # .rbz files in Explorer
    write(ROOT / "packaging/icons/rundabord.icns", icns_bytes(pngs))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
