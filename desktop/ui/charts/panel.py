"""One chart on screen: a title, a reused `FigureCanvasQTAgg`, and Save As (PNG or SVG).

matplotlib is imported on the first `show_data`, so building a page of panels costs nothing until a
chart is actually drawn.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from desktop.charts.colours import ChartStyle
from desktop.errors import TandemError
from desktop.ui.charts.texts import chart_texts
from desktop.ui.widgets import Notice, hint

log = logging.getLogger(__name__)
MIN_CANVAS_SIZE = (380, 230)


def chart_style(palette: QPalette) -> ChartStyle:
    """Chart colours from the Qt palette, so charts follow a light or dark theme."""
    role = QPalette.ColorRole
    return ChartStyle(
        background=palette.color(role.Base).name(),
        text=palette.color(role.Text).name(),
        muted=palette.color(role.PlaceholderText).name(),
        grid=palette.color(role.Midlight if palette.color(role.Base).lightness() > 128 else role.Mid).name(),
        accent=palette.color(role.Highlight).name(),
        second=_companion(palette.color(role.Highlight)).name(),
        band=palette.color(role.Highlight).name(),
    )


def _companion(colour: QColor) -> QColor:
    """A second series colour that sits well beside the highlight: its hue turned part-way round."""
    hue, saturation, value, _alpha = colour.getHsv()
    return QColor.fromHsv((max(hue, 0) + 170) % 360, max(saturation, 120), max(value, 170))


class ChartPanel(QFrame):
    """Draws one kind of chart (see `desktop.charts.kinds.CHARTS`) from the data it is given."""

    drawn = Signal()

    def __init__(self, kind: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.figure: Any = None  # matplotlib Figure, once drawn
        self.canvas: QWidget | None = None
        self._data: Any = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("{title} chart").format(title=title))
        self.title = title  # the figure carries the title; the panel only names itself for screen readers

        self.save_action = QAction(self.tr("Save Chart &As…"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.SaveAs))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.setStatusTip(
            self.tr("Save the {title} chart as a PNG or SVG file").format(title=title.lower())
        )
        self.save_action.setToolTip(
            self.tr("Save as PNG or SVG ({shortcut})").format(shortcut=self.save_action.shortcut().toString())
        )
        self.save_action.setEnabled(False)
        self.save_action.triggered.connect(lambda _checked=False: self.save())
        self.addAction(self.save_action)
        save_button = QToolButton()
        save_button.setDefaultAction(self.save_action)
        save_button.setText(self.tr("Save…"))
        save_button.setAccessibleName(self.tr("Save the {title} chart").format(title=title.lower()))

        header = QHBoxLayout()
        header.addStretch(1)
        header.addWidget(save_button)
        self.placeholder = hint(self.tr("Loading…"))
        self.placeholder.setMinimumSize(*MIN_CANVAS_SIZE)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = Notice()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 8)
        self._layout.setSpacing(2)
        self._layout.addLayout(header)
        self._layout.addWidget(self.placeholder, 1)
        self._layout.addWidget(self.notice)

    def show_data(self, data: Any) -> None:
        """Draw (or redraw, on the same canvas) from plain chart data."""
        from desktop.charts.kinds import CHARTS  # matplotlib: first imported here

        self._data = data
        _title, _field, function = CHARTS[self.kind]
        style = chart_style(self.palette())
        texts = chart_texts()
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            self.figure = function(data, style, None, texts)
            canvas = FigureCanvasQTAgg(self.figure)
            canvas.setMinimumSize(*MIN_CANVAS_SIZE)
            canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._layout.replaceWidget(self.placeholder, canvas)
            self.placeholder.deleteLater()
            self.canvas = canvas
        else:
            function(data, style, self.figure, texts)
        self.canvas.draw_idle()  # type: ignore[attr-defined]
        self.save_action.setEnabled(True)
        self.drawn.emit()

    def save(self) -> None:
        if self.figure is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Chart"), f"{self.kind}.png", self.tr("PNG image (*.png);;SVG image (*.svg)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        from desktop.charts.export import save_figure

        try:
            save_figure(self.figure, path)
        except TandemError as error:
            self.notice.show_message(str(error))
        else:
            self.notice.clear_message()
            window = self.window()
            status = getattr(window, "statusBar", None)
            if callable(status):
                status().showMessage(self.tr("Saved the chart to {path}.").format(path=path), 5000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._data is not None:
            self.show_data(self._data)  # a light/dark switch: redraw in the new colours
