"""One wizard page of quiz statements, each with the full answer scale.

Keyboard: a digit answers the highlighted statement and moves to the next one; Up and Down move
between statements; Enter goes on to the next page once every statement here is answered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.core.quiz.model import Item, Quiz
from desktop.ui.widgets import hint, scaled_font

_DIGITS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(10)}


class ItemsPage(QWizardPage):
    answered = Signal(str, int)  # item id, value

    def __init__(
        self,
        quiz: Quiz,
        items: list[Item],
        first_number: int,
        answers: dict[str, int],
        progress: Callable[[], tuple[int, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._quiz = quiz
        self.items = items
        self._answers = answers  # the wizard's dict, shared by every page: Back and Next keep answers
        self._progress = progress
        self._current = 0
        last = first_number + len(items) - 1
        self.setTitle(quiz.title)
        self.setSubTitle(
            self.tr("Statements {first}–{last} of {total}. Type a number, or click.").format(
                first=first_number, last=last, total=len(quiz.items)
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, len(quiz.items))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_label = hint()

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        for column, value in enumerate(quiz.scale.values, start=1):
            header = QLabel(f"{value}\n{quiz.scale.label(value)}")
            header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            header.setWordWrap(True)
            header.setFont(scaled_font(header, 0.85))
            header.setFixedWidth(78)
            grid.addWidget(header, 0, column)
        self.item_labels: list[QLabel] = []
        self.groups: list[QButtonGroup] = []
        for row, item in enumerate(items, start=1):
            label = QLabel(f"{first_number + row - 1}. {item.text}")
            label.setWordWrap(True)
            label.setMinimumHeight(40)
            self.item_labels.append(label)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for column, value in enumerate(quiz.scale.values, start=1):
                button = QRadioButton()
                button.setAccessibleName(f"{value}: {quiz.scale.label(value)}")
                button.setToolTip(f"{value}: {quiz.scale.label(value)}")
                group.addButton(button, value)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignHCenter)
            group.idClicked.connect(lambda value, index=row - 1: self._choose(index, value, advance=False))
            self.groups.append(group)

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        for item, group in zip(self.items, self.groups, strict=True):
            button = group.button(self._answers[item.id]) if item.id in self._answers else None
            if button is not None:
                button.setChecked(True)
        self.enter()

    def enter(self) -> None:
        """Shown again (by Next or Back): highlight the first unanswered statement, or the first."""
        unanswered = [i for i, item in enumerate(self.items) if item.id not in self._answers]
        self._set_current(unanswered[0] if unanswered else 0)
        self._show_progress()
        self.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return all(item.id in self._answers for item in self.items)

    @property
    def current_index(self) -> int:
        return self._current

    def _set_current(self, index: int) -> None:
        self._current = index
        for position, label in enumerate(self.item_labels):
            label.setFont(scaled_font(label, 1.0, bold=position == index))
        self.setAccessibleDescription(self.items[index].text)

    def _choose(self, index: int, value: int, advance: bool) -> None:
        self.groups[index].button(value).setChecked(True)
        self._answers[self.items[index].id] = value
        self.answered.emit(self.items[index].id, value)
        if advance and index + 1 < len(self.items):
            self._set_current(index + 1)
        elif not advance:
            self._set_current(index)
        self._show_progress()
        self.completeChanged.emit()

    def _show_progress(self) -> None:
        done, total = self._progress()
        self.progress_bar.setValue(done)
        self.progress_label.setText(self.tr("{done} of {total} answered").format(done=done, total=total))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = Qt.Key(event.key())
        if key in _DIGITS and _DIGITS[key] in self._quiz.scale.values:
            self._choose(self._current, _DIGITS[key], advance=True)
        elif key == Qt.Key.Key_Down and self._current + 1 < len(self.items):
            self._set_current(self._current + 1)
        elif key == Qt.Key.Key_Up and self._current > 0:
            self._set_current(self._current - 1)
        else:
            super().keyPressEvent(event)
            return
        self.setFocus()  # digits keep working even after a click moved focus to a radio button
        event.accept()
