"""Light and dark palettes. The app follows the system's colour scheme; where the platform
reports none (a bare X server, some desktops) the person can choose one, and the choice is
kept in QSettings ("appearance/scheme": system, light or dark).

Imported at start-up, so Qt names load inside the functions: "system" (the default) costs
nothing, and the ``Qt`` namespace (~14 ms to build in PySide6) loads only for a chosen scheme."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QStyle

# QPalette.ColorRole names -> colours
_DARK = {
    "Window": "#2b2d30",
    "WindowText": "#e6e6e6",
    "Base": "#1e1f22",
    "AlternateBase": "#27292c",
    "ToolTipBase": "#3c3f41",
    "ToolTipText": "#e6e6e6",
    "PlaceholderText": "#8c8c8c",
    "Text": "#e6e6e6",
    "Button": "#35373b",
    "ButtonText": "#e6e6e6",
    "BrightText": "#ff6b6b",
    "Link": "#7cb7ff",
    "Highlight": "#2f6fb3",
    "HighlightedText": "#ffffff",
    "Light": "#4a4d52",
    "Midlight": "#3c3f44",
    "Mid": "#303236",
    "Dark": "#1b1c1f",
    "Shadow": "#000000",
}


def dark_palette() -> QPalette:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for name, colour in _DARK.items():
        palette.setColor(QPalette.ColorRole[name], QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#77797d"))
    return palette


def apply(app: QApplication, scheme: str) -> None:
    """``scheme``: "system" (leave Qt's palette), "light" or "dark"."""
    if scheme == "system":
        return
    from PySide6.QtCore import Qt

    app.setStyle(_dark_indicators("Fusion") if scheme == "dark" else "Fusion")
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if scheme == "dark" else app.style().standardPalette())


def _dark_indicators(base: str) -> QStyle:
    """Fusion outlines check boxes and radio buttons in the window colour made darker, which on
    the dark palette is the colour of the field behind them: the box vanishes. This draws the
    outline again in a colour that stands out."""
    from PySide6.QtGui import QColor, QPainter, QPen
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

    class DarkIndicators(QProxyStyle):
        def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                          painter: QPainter, widget: QWidget | None = None) -> None:
            super().drawPrimitive(element, option, painter, widget)
            radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
            if not radio and element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
                return
            painter.save()
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(_DARK["PlaceholderText"]), 1))
            painter.setBrush(QColor(0, 0, 0, 0))
            box = option.rect.adjusted(1, 1, -2, -2)
            if radio:
                painter.drawEllipse(box)
            else:
                painter.drawRoundedRect(box, 1.5, 1.5)
            painter.restore()

    return DarkIndicators(base)
