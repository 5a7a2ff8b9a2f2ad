"""Where a person sits on a quiz's two dimensions, drawn with QPainter in the palette's colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.quiz.model import QuadrantMapping, Quiz
from desktop.core.quiz.scoring import display_score


@dataclass(frozen=True)
class PlotPoint:
    label: str
    x: float
    y: float
    colour: str = ""  # a profile colour; empty for the palette's highlight


class DimensionPlot(QWidget):
    """A square chart of two subscales with the lines where categories change and one dot per person."""

    MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_RIGHT = 44, 40, 12, 16

    def __init__(self, quiz: Quiz, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert quiz.plot_axes is not None
        self._quiz = quiz
        self._x, self._y = quiz.plot_axes
        self._points: list[PlotPoint] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(300, 280)
        self._describe()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, 320)

    def set_points(self, points: list[PlotPoint]) -> None:
        self._points = list(points)
        self._describe()
        self.update()

    @property
    def points(self) -> list[PlotPoint]:
        return list(self._points)

    def _describe(self) -> None:
        x, y = self._quiz.subscale(self._x).label, self._quiz.subscale(self._y).label
        self.setAccessibleName(self.tr("Chart of {x} across and {y} up").format(x=x, y=y))
        self.setAccessibleDescription(
            "; ".join(f"{p.label}: {x} {display_score(p.x)}, {y} {display_score(p.y)}" for p in self._points)
        )

    # -- drawing -------------------------------------------------------------------------------------

    def _area(self) -> QRectF:
        return QRectF(
            self.MARGIN_LEFT,
            self.MARGIN_TOP,
            max(10, self.width() - self.MARGIN_LEFT - self.MARGIN_RIGHT),
            max(10, self.height() - self.MARGIN_TOP - self.MARGIN_BOTTOM),
        )

    def _to_screen(self, area: QRectF, x: float, y: float) -> QPointF:
        (x0, x1), (y0, y1) = self._quiz.score_range(self._x), self._quiz.score_range(self._y)
        return QPointF(
            area.left() + (x - x0) / (x1 - x0) * area.width(), area.bottom() - (y - y0) / (y1 - y0) * area.height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        palette = self.palette()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            area = self._area()
            painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawRect(area)
            self._draw_guides(painter, area, palette)
            self._draw_axes(painter, area, palette)
            for point in self._points:
                self._draw_point(painter, area, palette, point)
        finally:
            painter.end()

    def _draw_guides(self, painter: QPainter, area: QRectF, palette: QPalette) -> None:
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        (x0, x1), (y0, y1) = self._quiz.score_range(self._x), self._quiz.score_range(self._y)
        for subscale, value in self._quiz.guides():
            if subscale == self._x:
                top, bottom = self._to_screen(area, value, y1), self._to_screen(area, value, y0)
                painter.drawLine(top, bottom)
            elif subscale == self._y:
                painter.drawLine(self._to_screen(area, x0, value), self._to_screen(area, x1, value))
        painter.setPen(faint)
        mapping = self._quiz.mapping
        flags = Qt.AlignmentFlag
        if isinstance(mapping, QuadrantMapping):
            split = self._to_screen(area, mapping.split, mapping.split)
            for (x_high, y_high), category in mapping.cells.items():
                left = split.x() if x_high else area.left()
                top = area.top() if y_high else split.y()
                cell = QRectF(left, top, (area.right() if x_high else split.x()) - left,
                              (split.y() if y_high else area.bottom()) - top).adjusted(6, 4, -6, -4)  # fmt: skip
                align = (flags.AlignRight if x_high else flags.AlignLeft) | (
                    flags.AlignTop if y_high else flags.AlignBottom
                )
                painter.drawText(cell, int(align) | int(Qt.TextFlag.TextWordWrap), self._quiz.category(category).title)
        elif mapping.subscale == self._y:
            lower = y0
            for band in mapping.bands:
                upper = band.below if band.below is not None else y1
                top, bottom = self._to_screen(area, x1, upper), self._to_screen(area, x0, lower)
                cell = QRectF(bottom.x(), top.y(), top.x() - bottom.x(), bottom.y() - top.y()).adjusted(6, 2, -6, -2)
                painter.drawText(
                    cell, int(flags.AlignRight | flags.AlignVCenter), self._quiz.category(band.category).title
                )
                lower = upper

    def _draw_axes(self, painter: QPainter, area: QRectF, palette: QPalette) -> None:
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        (x0, x1), (y0, y1) = self._quiz.score_range(self._x), self._quiz.score_range(self._y)
        metrics = painter.fontMetrics()
        for value in (x0, x1):
            at = self._to_screen(area, value, y0)
            text = f"{value:g}"
            painter.drawText(
                QPointF(at.x() - metrics.horizontalAdvance(text) / 2, area.bottom() + metrics.height()), text
            )
        for value in (y0, y1):
            at = self._to_screen(area, x0, value)
            text = f"{value:g}"
            painter.drawText(
                QPointF(area.left() - metrics.horizontalAdvance(text) - 6, at.y() + metrics.ascent() / 2), text
            )
        x_label = self._quiz.subscale(self._x).label
        painter.drawText(
            QRectF(area.left(), area.bottom() + metrics.height(), area.width(), metrics.height() + 4),
            int(Qt.AlignmentFlag.AlignCenter),
            f"{x_label} →",
        )
        painter.save()
        painter.translate(area.left() - metrics.height() - 8, area.center().y())
        painter.rotate(-90)
        y_label = self._quiz.subscale(self._y).label
        painter.drawText(
            QRectF(-area.height() / 2, -metrics.height(), area.height(), metrics.height() + 4),
            int(Qt.AlignmentFlag.AlignCenter),
            f"{y_label} →",
        )
        painter.restore()

    def _draw_point(self, painter: QPainter, area: QRectF, palette: QPalette, point: PlotPoint) -> None:
        centre = self._to_screen(area, point.x, point.y)
        colour = QColor(point.colour) if point.colour else palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 2))
        painter.setBrush(colour)
        painter.drawEllipse(centre, 7, 7)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(point.label)
        right_side = centre.x() + 12 + width < area.right()
        x = centre.x() + 12 if right_side else centre.x() - 12 - width
        painter.drawText(QPointF(x, centre.y() + metrics.ascent() / 2 - 1), point.label)
