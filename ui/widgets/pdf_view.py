"""An in-memory PDF preview with page navigation, zoom and printing (QtPdf).

The document's bytes live in a QBuffer only while they are shown: nothing is written to a
temporary file. ``PdfPreview.clear()`` closes the document and empties the buffer, so nothing of
it stays on screen or in this widget. Printing paints each page, rendered at the printer's
resolution, on the printer the person chose (``ask_printer``, which tests replace)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# Pages are rendered to images before they are painted; 300 dpi prints text crisply while an
# A4 page stays ~35 MB (at a printer's nominal 1200 dpi it would be ~550 MB).
PRINT_DPI = 300
# Print jobs are named in the print queue (and in its logs): never after the document's content.
PRINT_JOB_NAME = "Triad document"


def ask_printer(parent: QWidget, printer: QPrinter, pages: int) -> bool:
    """The system print dialog for ``printer``; True if the person chose to print.
    Printing to a file is left out: Save… writes the PDF itself, atomically."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreview", "Print document"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, pages)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(document: QPdfDocument, printer: QPrinter,
                   progress: Callable[[int], None] | None = None) -> int:
    """Paint the document's pages (the printer's chosen range, else all) on ``printer``, each
    rendered at the printer's resolution and fitted to the paper. Returns the pages printed."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    if first < 1 or last < 1:
        first, last = 1, count
    pages = range(first - 1, min(last, count))
    if not pages:
        return 0
    printer.setFullPage(True)  # the PDF carries its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        dpi = printer.resolution()
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            target = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), target), image)
            if progress is not None:
                progress(n + 1)
    finally:
        painter.end()
    return len(pages)


class PdfPreview(QWidget):
    """Shows PDF bytes from memory: previous/next page, "Page 1 of 4", fit width, fit page and
    zoom. ``load(data)`` shows a document, ``clear()`` forgets it."""

    page_count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        def button(text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.clicked.connect(slot)
            return b

        self.previous = button("◀", self.tr("Previous page"), self.previous_page)
        self.next = button("▶", self.tr("Next page"), self.next_page)
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Page"))
        self.fit_width = button(self.tr("Fit width"), self.tr("Fit the page width to the window"),
                                lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = button(self.tr("Whole page"), self.tr("Show whole pages"),
                               lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitInView))
        for b in (self.fit_width, self.fit_page):
            b.setCheckable(True)
        def keys(key: QKeySequence.StandardKey) -> str:
            return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)

        minus = "\u2212"  # a minus sign, as wide as the plus
        self.zoom_out = button(minus, self.tr("Zoom out (%s)") % keys(QKeySequence.StandardKey.ZoomOut),
                               lambda: self.zoom(1 / 1.25))
        self.zoom_in = button("+", self.tr("Zoom in (%s)") % keys(QKeySequence.StandardKey.ZoomIn),
                              lambda: self.zoom(1.25))
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.previous, self.page_label, self.next):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_in):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._update())
        self.view.zoomModeChanged.connect(lambda _mode: self._update())
        self._update()

    # -- the document --
    def load(self, data: bytes) -> int:
        """Show ``data`` (PDF bytes) from memory; returns the page count (0 if unreadable)."""
        self.clear()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)  # a QBuffer loads at once
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().jump(0, QPointF(), 0)
        self._update()
        self.page_count_changed.emit(self.page_count())
        return self.page_count()

    def data(self) -> bytes:
        """The bytes shown (empty when nothing is)."""
        return bytes(self._buffer.data().data()) if self._buffer is not None else b""

    def page_count(self) -> int:
        ready = self.document.status() == QPdfDocument.Status.Ready
        return self.document.pageCount() if ready else 0

    def clear(self) -> None:
        """Close the document and drop its bytes; the view shows nothing."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self.view.pageNavigator().clear()
        self.view.viewport().update()
        self._update()
        self.page_count_changed.emit(0)

    # -- navigation and zoom --
    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), 0)
            self._update()

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._update()

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # Start from what fitting shows now: the page's width in the viewport.
            if self.page_count():
                points = self.document.pagePointSize(self.current_page())
                dpi = self.view.logicalDpiX() / 72
                current = self.view.viewport().width() / max(1.0, points.width() * dpi)
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))
        self._update()

    def _update(self) -> None:
        count = self.page_count()
        page = self.current_page() if count else 0
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1))
                                .replace("%2", str(count)) if count else self.tr("No document"))
        self.previous.setEnabled(count > 0 and page > 0)
        self.next.setEnabled(count > 0 and page < count - 1)
        mode = self.view.zoomMode()
        for b, m in ((self.fit_width, QPdfView.ZoomMode.FitToWidth),
                     (self.fit_page, QPdfView.ZoomMode.FitInView)):
            b.setEnabled(count > 0)
            b.setChecked(count > 0 and mode == m)
        self.zoom_in.setEnabled(count > 0)
        self.zoom_out.setEnabled(count > 0)

    # -- printing --
    def print_(self, parent: QWidget | None = None) -> int:
        """Ask for a printer and print; returns the pages printed (0 if cancelled, or if the
        printer could not be started: then the user is told)."""
        count = self.page_count()
        if not count:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(PRINT_JOB_NAME)
        points = self.document.pagePointSize(0)
        printer.setPageSize(QPageSize(QPageSize.id(points.toSize(), QPageSize.SizeMatchPolicy.FuzzyMatch)))
        printer.setFromTo(0, 0)
        if not ask_printer(parent or self, printer, count):
            return 0
        printer.setResolution(PRINT_DPI)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                # No event processing meanwhile: a lock must not close the document mid-page.
                return print_document(self.document, printer)
            finally:
                QApplication.restoreOverrideCursor()
        except OSError:
            from ui.widgets import dialogs

            dialogs.error(parent or self, self.tr("The printer could not be started. Check "
                                                  "that it is connected and try again."))
            return 0
