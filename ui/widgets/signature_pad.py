"""SignaturePad: a small area where a party draws a signature with the mouse or a pen.

The typed name is the signature; the drawing is optional and adds to it. ``png()`` gives the
drawing as a PNG (black ink on a transparent background, so it prints on paper whatever the
screen's theme), small enough for the core's limit (triad.casefile.signatures.MAX_DRAWING_BYTES)."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

MAX_PNG_BYTES = 256 * 1024  # the core's limit (triad.casefile.signatures.MAX_DRAWING_BYTES)
PNG_SIZE = QSize(600, 180)  # the stored drawing, whatever the widget's size on screen


class SignaturePad(QWidget):
    """Draw with the left button held down; ``drawn`` is emitted after each stroke."""

    drawn = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Points are kept as fractions of the pad, so a resize does not distort the drawing.
        self._strokes: list[list[QPointF]] = []
        self.setMinimumSize(200, 64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setAccessibleName(self.tr("Drawn signature"))
        self.setAccessibleDescription(self.tr("Optional. Draw with the mouse or a pen; the typed "
                                              "name is the signature."))

    def sizeHint(self) -> QSize:
        return QSize(PNG_SIZE.width() // 2, 72)

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        if self._strokes:
            self._strokes = []
            self.update()
            self.cleared.emit()

    def _fraction(self, event: QMouseEvent) -> QPointF:
        p = event.position()
        w, h = max(self.width(), 1), max(self.height(), 1)
        return QPointF(min(max(p.x() / w, 0.0), 1.0), min(max(p.y() / h, 0.0), 1.0))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self._strokes.append([self._fraction(event)])
            self.update()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(self._fraction(event))
            self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(self._fraction(event))
            self.update()
            self.drawn.emit()
        event.accept()

    def _path(self, width: float, height: float) -> QPainterPath:
        path = QPainterPath()
        for stroke in self._strokes:
            path.moveTo(stroke[0].x() * width, stroke[0].y() * height)
            if len(stroke) == 1:  # a dot
                path.lineTo(stroke[0].x() * width + 0.5, stroke[0].y() * height)
            for p in stroke[1:]:
                path.lineTo(p.x() * width, p.y() * height)
        return path

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(rect)
        baseline = self.height() * 0.75
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(12, baseline), QPointF(self.width() - 12, baseline))
        if not self._strokes:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect.adjusted(12, 6, -12, -6), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             self.tr("Draw a signature here (optional)"))
            return
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(self._path(self.width(), self.height()))

    def png(self) -> bytes | None:
        """The drawing as PNG bytes, or None when nothing is drawn."""
        if not self._strokes:
            return None
        for scale in (1.0, 0.5, 0.25):  # a pathological scribble could exceed the limit
            size = PNG_SIZE * scale
            image = QImage(size, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(0, 0, 0), 3 * scale, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.drawPath(self._path(size.width(), size.height()))
            painter.end()
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes
            buffer.close()
            if data.size() <= MAX_PNG_BYTES:
                return bytes(data.data())
        return None

    def drawing(self) -> str | None:
        """The drawing as base64 PNG, as the core's ``drawing`` field takes it."""
        data = self.png()
        return base64.b64encode(data).decode("ascii") if data else None


def ink_image(drawing: str, colour: QColor) -> QImage | None:
    """A stored drawing (base64 PNG) recoloured to ``colour``, so black ink stays visible on a
    dark theme. None if the data is not a picture."""
    image = QImage()
    try:
        raw = base64.b64decode(drawing, validate=True)
    except ValueError:
        return None
    if not image.loadFromData(raw, "PNG"):
        return None
    out = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(colour)
    painter = QPainter(out)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.drawImage(0, 0, image)
    painter.end()
    return out
