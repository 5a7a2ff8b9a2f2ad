"""Line icons drawn from SVG in the palette's colours, sharp at any scale factor."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.resources import resource

# Device pixel ratios rendered up front: 100 % to 200 % display scaling (and 300 % for the odd 4K laptop).
_RATIOS = (1.0, 1.25, 1.5, 2.0, 3.0)


def navigation_icon(name: str, palette: QPalette, size: int = 20) -> QIcon:
    """The icon `resources/icons/navigation/<name>.svg` in the text colour, and the highlighted text colour
    when its row is selected."""
    svg = resource("icons", "navigation", f"{name}.svg").read_text(encoding="utf-8")
    role = QPalette.ColorRole
    icon = QIcon()
    # Qt derives the Active and Disabled looks from Normal; only Selected needs a colour of its own.
    for mode, colour in (
        (QIcon.Mode.Normal, palette.color(role.Text)),
        (QIcon.Mode.Selected, palette.color(role.HighlightedText)),
    ):
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode("utf-8")))
        for ratio in _RATIOS:
            icon.addPixmap(_render(renderer, size, ratio), mode)
    return icon


def _render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    pixels = round(size * ratio)
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(QColor(Qt.GlobalColor.transparent))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
