"""The Quiz tab: choose a quiz, take or resume it, see how scores moved, share, and compare with a partner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.quiz.model import Quiz
from desktop.errors import TandemError
from desktop.services.profiles import UnlockedProfile
from desktop.services.quiz import QuizService
from desktop.ui.quiz.comparison_view import ComparisonView, waiting_label
from desktop.ui.quiz.history_model import HistoryModel
from desktop.ui.quiz.result_view import text_label
from desktop.ui.quiz.wizard import QuizWizard
from desktop.ui.widgets import Notice, heading, hint

QUIZ_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class QuizPage(QWidget):
    """Everything of the Quiz tab for one unlocked profile; built at unlock, deleted at lock."""

    wizard_opened = Signal(object)  # the QuizWizard, for whoever wants to follow it (tests, the shell)

    def __init__(self, quiz_service: QuizService, unlocked_profile: UnlockedProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = quiz_service
        self._unlocked = unlocked_profile
        self.quiz: Quiz | None = None
        self.wizard: QuizWizard | None = None
        self.history_model: HistoryModel | None = None
        self.comparison_widget: QWidget | None = None

        self.quiz_list = QListWidget()
        self.quiz_list.setAccessibleName(self.tr("Quizzes"))
        self.quiz_list.setFixedWidth(240)
        self.quiz_list.setWordWrap(True)
        self.quiz_list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.problems = Notice()

        self.title_label = heading("", 1.4)
        self.summary_label = text_label("")
        self.note_label = hint()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.start_over_button = QPushButton(self.tr("Start over"))
        self.start_over_button.setStatusTip(self.tr("Forget the unfinished answers and begin again"))
        self.start_over_button.clicked.connect(self.start_over)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.start_over_button)
        buttons.addStretch(1)

        self.history_view = QTableView()
        self.history_view.setAccessibleName(self.tr("Your results"))
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setMinimumHeight(140)
        self.history_empty = hint(self.tr("No results yet. Your results stay in your private journal."))
        self.share_button = QPushButton(self.tr("Share selected result with your partner"))
        self.share_button.setStatusTip(
            self.tr("Your partner sees it only once they have shared a result of this quiz too")
        )
        self.share_button.clicked.connect(self.share_selected)
        self.notice = Notice()
        self.together_box = QVBoxLayout()

        details = QWidget()
        right = QVBoxLayout(details)
        right.setContentsMargins(16, 0, 8, 8)
        right.addWidget(self.title_label)
        right.addWidget(self.summary_label)
        right.addWidget(self.note_label)
        right.addLayout(buttons)
        right.addSpacing(12)
        right.addWidget(text_label(self.tr("How your scores moved"), bold=True))
        right.addWidget(self.history_empty)
        right.addWidget(self.history_view)
        right.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.notice)
        right.addSpacing(12)
        right.addWidget(text_label(self.tr("Together"), bold=True))
        right.addLayout(self.together_box)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(details)

        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Understand"), 1.6))
        left.addWidget(hint(self.tr("Reflection aids about how you relate. Not tests, and not a diagnosis.")))
        left.addWidget(self.quiz_list, 1)
        left.addWidget(self.problems)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 16, 12)
        layout.addLayout(left)
        layout.addWidget(scroll, 1)
        self.refresh()

    # -- the list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the quizzes again (the user may have added files) and keep the current choice."""
        chosen = self.quiz.id if self.quiz else None
        listing = self._service.list_quizzes()
        self.quiz_list.blockSignals(True)
        self.quiz_list.clear()
        for summary in listing.quizzes:
            unfinished = bool(self._service.progress(self._unlocked, summary.id))
            item = QListWidgetItem(self._list_text(summary.title, summary.item_count, unfinished, summary.own))
            item.setData(QUIZ_ID_ROLE, summary.id)
            item.setToolTip(summary.summary)
            self.quiz_list.addItem(item)
            if summary.id == chosen:
                self.quiz_list.setCurrentItem(item)
        self.quiz_list.blockSignals(False)
        if self.quiz_list.currentItem() is None and self.quiz_list.count():
            self.quiz_list.setCurrentRow(0)
        self.problems.show_message(
            "\n".join(self.tr("{problem} It is not listed.").format(problem=problem) for problem in listing.problems)
            if listing.problems
            else ""
        )
        self._show_selected()

    def _list_text(self, title: str, item_count: int, unfinished: bool, own: bool) -> str:
        """One quiz in the list: its title, then how many statements, and whether it is unfinished or your own."""
        if unfinished and own:
            details = self.tr("{count} statements · unfinished · your own")
        elif unfinished:
            details = self.tr("{count} statements · unfinished")
        elif own:
            details = self.tr("{count} statements · your own")
        else:
            details = self.tr("{count} statements")
        return f"{title}\n{details.format(count=item_count)}"

    def quiz_ids(self) -> list[str]:
        return [self.quiz_list.item(row).data(QUIZ_ID_ROLE) for row in range(self.quiz_list.count())]

    def select(self, quiz_id: str) -> None:
        self.quiz_list.setCurrentRow(self.quiz_ids().index(quiz_id))

    def _show_selected(self) -> None:
        item = self.quiz_list.currentItem()
        if item is None:
            return
        try:
            self.quiz = self._service.quiz(item.data(QUIZ_ID_ROLE))
        except TandemError as error:  # a user's file changed since it was listed
            self.notice.show_message(str(error))
            return
        quiz = self.quiz
        self.notice.clear_message()
        self.title_label.setText(quiz.title)
        self.summary_label.setText(quiz.summary)
        if quiz.provenance.validated:
            note = self.tr("{count} statements. Checked by research. By {author}.")
        else:
            note = self.tr("{count} statements. Not validated by research. By {author}.")
        self.note_label.setText(note.format(count=len(quiz.items), author=quiz.provenance.author))
        unfinished = bool(self._service.progress(self._unlocked, quiz.id))
        self.start_button.setText(self.tr("Resume") if unfinished else self.tr("Start"))
        self.start_over_button.setVisible(unfinished)
        self._show_history()
        self._show_together()

    # -- history and the partner ---------------------------------------------------------------------

    def _show_history(self) -> None:
        assert self.quiz is not None
        results = self._service.history(self._unlocked, self.quiz.id)
        self.history_model = HistoryModel(self.quiz, results, self)
        self.history_view.setModel(self.history_model)
        self.history_view.setVisible(bool(results))
        self.history_empty.setVisible(not results)
        self.share_button.setVisible(bool(results) and self._service.is_paired(self._unlocked))
        if results:
            self.history_view.selectRow(0)

    def _show_together(self) -> None:
        assert self.quiz is not None
        if self.comparison_widget is not None:
            self.together_box.removeWidget(self.comparison_widget)
            self.comparison_widget.hide()  # deleted later; hidden now so it never floats over the page
            self.comparison_widget.deleteLater()
        comparison = self._service.comparison(self._unlocked, self.quiz.id)
        if comparison.revealed:
            profile = self._unlocked.profile
            self.comparison_widget = ComparisonView(
                self.quiz, comparison, profile.name, profile.colour, comparison.partner_colour
            )
        else:
            self.comparison_widget = waiting_label(comparison)
        self.together_box.addWidget(self.comparison_widget)
        self.comparison_widget.show()

    def share_selected(self) -> None:
        rows = self.history_view.selectionModel().selectedRows() if self.history_view.selectionModel() else []
        if not rows or self.history_model is None:
            self.notice.show_message(self.tr("Choose a result to share first."))
            return
        try:
            self._service.share_result(self._unlocked, self.history_model.result(rows[0].row()).id)
        except TandemError as error:
            self.notice.show_message(str(error))
            return
        self._show_selected()
        self.notice.show_message(self.tr("Shared. Your partner sees it only once they have shared theirs too."))

    # -- taking a quiz -------------------------------------------------------------------------------

    def start(self) -> None:
        if self.quiz is None:
            return
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        self.wizard = QuizWizard(self.quiz, self._service, self._unlocked, self)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()
        self.wizard_opened.emit(self.wizard)

    def start_over(self) -> None:
        if self.quiz is not None:
            self._service.discard_progress(self._unlocked, self.quiz.id)
            self.start()

    def _wizard_closed(self) -> None:
        self.wizard = None
        if not self._unlocked.is_locked:
            self.refresh()
