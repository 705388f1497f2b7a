"""Icons from ui/data/icons/*.svg, drawn in the palette's text colour so they suit light and
dark themes, and rendered at several sizes so they stay sharp on high-DPI screens.

``ICONS`` is read at start-up (the window icon); QtSvg and the ``Qt`` namespace load with the
first tinted icon, once a vault is open."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from ui.data import DATA

ICONS = DATA / "icons"
SIZES = (16, 20, 24, 32, 48, 64, 96)


def _colour(group: QPalette.ColorGroup) -> str:
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return str(palette.color(group, QPalette.ColorRole.WindowText).name())


@cache
def _icon(name: str, normal: str, disabled: str) -> QIcon:
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    source = (ICONS / f"{name}.svg").read_text(encoding="utf-8")
    icon = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode()))
        for size in SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon


def icon(name: str) -> QIcon:
    """The named icon in the current palette's colours."""
    return _icon(name, _colour(QPalette.ColorGroup.Active), _colour(QPalette.ColorGroup.Disabled))
