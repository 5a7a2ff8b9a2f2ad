"""The journal as a printable PDF, laid out by Qt's own text engine (QTextDocument + QPdfWriter).

Only QtGui is used, so the command line can print without widgets: `ensure_gui_application()`
makes a QGuiApplication on the offscreen platform when there is no display.

`write_pdf` may run on a worker thread (the Export dialog runs it on the thread pool): Qt allows painting
on a QPdfWriter and using a QTextDocument there, as long as both are made, used and deleted on that one
thread; images in entries are then drawn from QImage, never QPixmap (Qt's own image handler sees to it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from desktop.services.exchange.files import atomic_path
from desktop.services.exchange.progress import Progress

_RESOLUTION = 300  # dots per inch for the PDF's layout
_FRAME_MARGIN_CM = 2.0  # inside the page's own margins, as QTextDocument.print_() lays it out
_BLOCKS_AT_A_TIME = 50  # paragraphs laid out in one call to Qt: a few milliseconds


def ensure_gui_application() -> QGuiApplication:
    """The running Q(Gui)Application, or a new one; offscreen when there is no display to use."""
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["tandem"])


def write_pdf(markdown_text: str, path: Path, title: str, progress: Progress | None = None) -> None:
    """Lay out the Markdown on A4 pages, numbered, and write the PDF atomically.

    With `progress`, each printed page is a step (a cancel stops between pages) and `progress.commit()`
    runs just before the finished file takes the place of `path`."""
    ensure_gui_application()
    with atomic_path(path, progress.commit if progress is not None else None) as temp:
        writer = QPdfWriter(str(temp))
        document = QTextDocument()
        painter = QPainter()
        try:
            writer.setTitle(title)
            writer.setCreator("Tandem")
            writer.setResolution(_RESOLUTION)
            a4, margins = QPageSize(QPageSize.PageSizeId.A4), QMarginsF(20, 20, 20, 20)
            page_layout = QPageLayout(a4, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
            writer.setPageLayout(page_layout)
            document.setMarkdown(markdown_text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
            font = document.defaultFont()
            font.setPointSizeF(11)
            document.setDefaultFont(font)
            if not painter.begin(writer):
                raise OSError(f"Qt could not open {temp} for writing")
            _print_pages(document, writer, painter, progress)
        finally:
            # Ended and deleted here, on this thread, before the file is renamed or removed (Windows keeps an
            # open file): a traceback sent to the GUI thread would otherwise carry them there to be deleted.
            if painter.isActive():
                painter.end()
            for qt_object in (painter, document, writer):
                shiboken6.delete(qt_object)


def _print_pages(document: QTextDocument, writer: QPdfWriter, painter: QPainter, progress: Progress | None) -> None:
    """What `QTextDocument.print_()` does for a document without a page size of its own (margins, page numbers),
    one page at a time so that a cancel does not wait for the whole journal."""
    # The document's lengths are in pixels at the screen's resolution; its layout scales them to the PDF's.
    source_dpi = _default_dpi()
    margin = int(_FRAME_MARGIN_CM / 2.54 * source_dpi)
    layout = document.documentLayout()
    layout.setPaintDevice(writer)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(margin)
    document.rootFrame().setFrameFormat(frame)
    page = QSizeF(writer.width(), writer.height())
    document.setPageSize(page)
    scale_x, scale_y = writer.logicalDpiX() / source_dpi, writer.logicalDpiY() / source_dpi
    number_at = QPointF(
        page.width() - margin * scale_x,
        page.height() - margin * scale_y + QFontMetrics(document.defaultFont(), writer).ascent()
        + 5 * writer.logicalDpiY() / 72.0,
    )  # fmt: skip
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)  # not the theme's (white in a dark one)
    pages = _lay_out(document, progress)
    for index in range(pages):
        if progress is not None:
            progress.step(index, pages)
        if index:
            writer.newPage()
        view = QRectF(0, index * page.height(), page.width(), page.height())
        painter.save()
        painter.translate(0, -view.top())
        painter.setClipRect(view)
        context.clip = view
        layout.draw(painter, context)
        painter.setClipping(False)
        painter.setFont(document.defaultFont())
        number = str(index + 1)
        left = round(number_at.x() - painter.fontMetrics().horizontalAdvance(number))
        painter.drawText(QPointF(left, round(number_at.y() + view.top())), number)
        painter.restore()
    if progress is not None:
        progress.step(pages, pages)


def _lay_out(document: QTextDocument, progress: Progress | None) -> int:
    """Lay the document out a few blocks at a time; its page count.

    `pageCount()` alone would lay out the whole journal in one call, which holds Python's GIL (and so the
    GUI thread) for a second or more and cannot be cancelled."""
    layout, block = document.documentLayout(), document.firstBlock()
    while block.isValid():
        if progress is not None:
            progress.check()
        layout.blockBoundingRect(block)  # lays out the document up to the end of `block`
        for _ in range(_BLOCKS_AT_A_TIME):
            block = block.next()
    return document.pageCount()


def _default_dpi() -> int:
    """The resolution Qt gives a document that is not on a paint device (Qt's own `qt_defaultDpi`)."""
    if QGuiApplication.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 100
