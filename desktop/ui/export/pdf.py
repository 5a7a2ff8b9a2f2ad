"""The journal as a printable PDF, laid out by Qt's own text engine (QTextDocument + QPdfWriter).

Only QtGui is used, so the command line can print without widgets: `ensure_gui_application()`
makes a QGuiApplication on the offscreen platform when there is no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.services.exchange.files import atomic_path

_RESOLUTION = 300  # dots per inch for the PDF's layout


def ensure_gui_application() -> QGuiApplication:
    """The running Q(Gui)Application, or a new one; offscreen when there is no display to use."""
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["tandem"])


def write_pdf(markdown_text: str, path: Path, title: str) -> None:
    """Lay out the Markdown on A4 pages, numbered, and write the PDF atomically."""
    ensure_gui_application()
    document = QTextDocument()
    document.setMarkdown(markdown_text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    document.setDocumentMargin(0)
    font = document.defaultFont()
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    with atomic_path(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setTitle(title)
        writer.setCreator("Tandem")
        writer.setResolution(_RESOLUTION)
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )  # fmt: skip
        writer.setPageLayout(layout)
        document.print_(writer)  # with no page size of its own, the document gets page numbers
        del writer  # QPdfWriter finishes the file when it goes away
