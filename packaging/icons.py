"""The app icon for the hicolor theme: the SVG itself (scalable) and PNGs rendered from it at
build time with Qt's QSvgRenderer (no extra tool). Run with the checkout's .venv python.

    python packaging/icons.py OUT.png SIZE   one PNG (the Windows and macOS bundles' icon:
                                             PyInstaller turns it into .ico/.icns with Pillow)"""

from __future__ import annotations

import os
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def png(svg: Path, target: Path, size: int) -> Path:
    """The SVG drawn at ``size`` pixels square into ``target`` (PNG)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")
    return target


def render(svg: Path, hicolor: Path, name: str = "triad") -> list[Path]:
    """``hicolor/scalable/apps/NAME.svg`` and ``hicolor/SxS/apps/NAME.png`` for each size."""
    scalable = hicolor / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    return [scalable, *(png(svg, hicolor / f"{size}x{size}" / "apps" / f"{name}.png", size)
                        for size in SIZES)]


if __name__ == "__main__":
    import sys

    here = Path(__file__).resolve().parent
    png(here.parent / "ui" / "data" / "icons" / "triad.svg", Path(sys.argv[1]), int(sys.argv[2]))
