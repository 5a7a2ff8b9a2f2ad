"""Render resources/icons/tandem.svg to the PNG sizes (and a Windows .ico) that the packages use.

Run after changing the SVG, then commit the results:

    uv run python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZE = 256  # Qt writes one image per .ico; Windows scales it down well enough
ICNS_SIZE = 512


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed; read when the app is made
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage needs it)
    renderer = QSvgRenderer(str(ICONS / "tandem.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'tandem.svg'}", file=sys.stderr)
        return 1
    for size in SIZES:
        target = ICONS / f"tandem-{size}.png"
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ICONS.parent.parent))
    # Windows (.ico) and macOS (.icns) icons for the PyInstaller spec, written by Qt's image plugins.
    for target, fmt, size in ((ICONS / "tandem.ico", "ICO", ICO_SIZE), (ICONS / "tandem.icns", "ICNS", ICNS_SIZE)):
        if not render(renderer, size).save(str(target), fmt):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
