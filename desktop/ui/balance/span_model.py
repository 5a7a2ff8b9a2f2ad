"""The logged spans, newest first, fetched a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.services.balance import BalanceService, SpanView
from desktop.ui.core_texts import duration_text

SPAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100
COLUMNS = (
    QT_TRANSLATE_NOOP("SpanListModel", "When"),
    QT_TRANSLATE_NOOP("SpanListModel", "Length"),
    QT_TRANSLATE_NOOP("SpanListModel", "Who"),
    "",  # together or apart: the cells say which
    QT_TRANSLATE_NOOP("SpanListModel", "Activity"),
    QT_TRANSLATE_NOOP("SpanListModel", "Note"),
)
_KIND_NAMES = {
    "together": QT_TRANSLATE_NOOP("SpanListModel", "together"),
    "apart": QT_TRANSLATE_NOOP("SpanListModel", "apart"),
}

Index = QModelIndex | QPersistentModelIndex


def when(span: SpanView) -> str:
    until = f"{span.end:%H:%M}" if span.end.date() == span.start.date() else f"{span.end:%a %d %b %H:%M}"
    return f"{span.start:%a %d %b %Y, %H:%M}–{until}"


def kind_name(kind: str) -> str:
    """ "together" or "apart" in the person's language (an unknown kind as it is stored)."""
    return QCoreApplication.translate("SpanListModel", _KIND_NAMES[kind]) if kind in _KIND_NAMES else kind


class SpanListModel(QAbstractTableModel):
    def __init__(self, service: BalanceService) -> None:
        super().__init__()
        self._service = service
        self._spans: list[SpanView] = []
        self._more = True

    def reload(self) -> None:
        self.beginResetModel()
        self._spans = self._service.recent(PAGE)
        self._more = len(self._spans) == PAGE
        self.endResetModel()

    def span_at(self, row: int) -> SpanView:
        return self._spans[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._spans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and bool(self._spans)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or not self._spans:
            return
        more = self._service.recent(PAGE, before=self._spans[-1])
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._spans), len(self._spans) + len(more) - 1)
            self._spans += more
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section]) if COLUMNS[section] else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._spans):
            return None
        span = self._spans[index.row()]
        if role == SPAN_ID_ROLE:
            return span.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                when(span), duration_text(span.minutes), span.person_name, kind_name(span.kind), span.activity,
                " ".join((*span.tags, span.note)).strip(),
            )[index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5 and span.note:
            return span.note
        return None
