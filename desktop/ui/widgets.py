"""Small widgets and helpers the screens share: colour dots, headings, calm notices, a busy bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget


def colour_dot(colour: str, size: int = 16) -> QPixmap:
    """A filled circle in a profile's colour; the profile colour is an accent, text keeps the palette's.

    Drawn at the screen's scale factor, so it stays round and sharp at 150 % or 200 %."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


def colour_icon(colour: str, size: int = 16) -> QIcon:
    return QIcon(colour_dot(colour, size))


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font, `factor` times larger (relative, so it follows the user's font settings)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def heading(text: str, factor: float = 1.6) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def hint(text: str = "") -> QLabel:
    """Secondary text in the palette's placeholder colour, which suits light and dark themes."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(label.palette().ColorRole.PlaceholderText)
    return label


class Notice(QLabel):
    """A calm, in-place message (a wrong passphrase, a taken name); hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleDescription(message)
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.show_message("")


class BusyBar(QProgressBar):
    """An indeterminate bar shown while slow work runs off the GUI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(6)
        self.setAccessibleName(self.tr("Working"))
        self.hide()

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)


def center_column(page: QWidget, column: QWidget) -> None:
    """Lay out `column` centred on `page`, a little above the middle.

    Stretches rather than an alignment flag, so word-wrapped labels in the column get their full height.
    """
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
