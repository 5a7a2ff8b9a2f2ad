"""How one entry looks in the list: date and sharing on top, the heading, then its tags and mood."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.journal.entry_rows import EntryRole, sharing_label

_PAD_X, _PAD_Y, _GAP = 12, 8, 3


def mood_dots(mood: int | None) -> str:
    return "" if mood is None else "●" * mood + "○" * (5 - mood)


class EntryDelegate(QStyledItemDelegate):
    """Paints with the palette only, so light and dark themes both read well."""

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        lines = 3 if index.data(EntryRole.TagMarks) or index.data(EntryRole.Mood) else 2
        return QSize(160, 2 * _PAD_Y + lines * metrics.height() + (lines - 1) * _GAP)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        entry = index.data(EntryRole.Entry)
        if entry is None:
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""  # type: ignore[attr-defined]
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, base, painter, widget)

        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        font: QFont = option.font  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        rect: QRect = option.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)  # type: ignore[attr-defined]
        line_height = metrics.height()

        painter.save()
        small = QFont(font)
        if font.pointSizeF() > 0:
            small.setPointSizeF(max(font.pointSizeF() * 0.9, 6.0))
        top = QRect(rect.left(), rect.top(), rect.width(), line_height)
        painter.setFont(small)
        painter.setPen(palette.color(quiet_role))
        right = sharing_label(entry)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
        right_width = QFontMetrics(small).horizontalAdvance(right) + 12
        date_rect = top.adjusted(0, 0, -right_width, 0)
        when = f"{entry.written_at:%d %b %Y, %H:%M}"
        painter.drawText(date_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, when)

        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        heading_rect = QRect(rect.left(), top.bottom() + _GAP, rect.width(), line_height)
        heading = index.data(EntryRole.Heading)
        heading = QFontMetrics(bold).elidedText(heading, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(heading_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)

        marks, dots = index.data(EntryRole.TagMarks), mood_dots(entry.mood)
        if marks or dots:
            painter.setFont(small)
            painter.setPen(palette.color(quiet_role))
            tags_rect = QRect(rect.left(), heading_rect.bottom() + _GAP, rect.width(), line_height)
            painter.drawText(tags_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, dots)
            room = rect.width() - (QFontMetrics(small).horizontalAdvance(dots) + 12 if dots else 0)
            elided = QFontMetrics(small).elidedText(marks, Qt.TextElideMode.ElideRight, room)
            painter.drawText(tags_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()
