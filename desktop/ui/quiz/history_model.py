"""A table model of one quiz's results, newest first, with each score's change since the take before."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.quiz.model import Quiz
from desktop.core.quiz.scoring import display_score
from desktop.services.quiz import SavedResult

Index = QModelIndex | QPersistentModelIndex

RESULT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2  # the plain number of a score column


class HistoryModel(QAbstractTableModel):
    def __init__(self, quiz: Quiz, results: list[SavedResult], parent: Any = None) -> None:
        super().__init__(parent)
        self._quiz = quiz
        self._subscales = list(quiz.subscales)
        self._rows: list[SavedResult] = []
        self.set_results(results)

    def set_results(self, results: list[SavedResult]) -> None:
        """`results` oldest first, as the service gives them; shown newest first."""
        self.beginResetModel()
        self._rows = list(reversed(results))
        self.endResetModel()

    def result(self, row: int) -> SavedResult:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._subscales) + 3

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.columnCount():
            return None
        names = [self.tr("Taken"), *(s.label for s in self._subscales), self.tr("Tendency"), self.tr("Shared")]
        return names[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        result, column = self._rows[index.row()], index.column()
        if role == RESULT_ID_ROLE:
            return result.id
        score_columns = range(1, len(self._subscales) + 1)
        if role == SCORE_ROLE:
            return result.scores.get(self._subscales[column - 1].id) if column in score_columns else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in score_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return result.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column in score_columns:
            return self._score_text(index.row(), self._subscales[column - 1].id)
        if column == len(self._subscales) + 1:
            known = {category.id: category.title for category in self._quiz.categories}
            return known.get(result.category, result.category)
        return self.tr("Shared") if result.shared else ""

    def _score_text(self, row: int, subscale: str) -> str:
        result = self._rows[row]
        if subscale not in result.scores:
            return "–"  # the quiz file changed since this result
        text = display_score(result.scores[subscale])
        previous = self._rows[row + 1] if row + 1 < len(self._rows) else None
        if previous is None or subscale not in previous.scores:
            return text
        change = result.scores[subscale] - previous.scores[subscale]
        if abs(change) < 0.005:
            return self.tr("{score}  (same)").format(score=text)
        return f"{text}  ({'↑' if change > 0 else '↓'}{display_score(abs(change))})"
