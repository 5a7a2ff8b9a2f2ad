"""Taking a quiz: an introduction, the statements a few per page, then the result.

Every answer is saved at once as unfinished progress in the vault, so closing the wizard (or
locking) loses nothing; opening the quiz again resumes at the first unanswered statement.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage

from desktop.core.quiz.model import Quiz
from desktop.errors import TandemError
from desktop.services.profiles import UnlockedProfile
from desktop.services.quiz import QuizService, SavedResult
from desktop.ui.quiz.items_page import ItemsPage
from desktop.ui.quiz.result_view import ResultView, SupportBox, text_label
from desktop.ui.widgets import Notice, hint

log = logging.getLogger(__name__)


class IntroPage(QWizardPage):
    def __init__(self, quiz: Quiz, answered: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(quiz.title)
        self.setSubTitle(quiz.summary)
        layout = QVBoxLayout(self)
        self.intro_label = text_label(quiz.intro)
        layout.addWidget(self.intro_label)
        scale = quiz.scale
        layout.addWidget(
            hint(
                self.tr(
                    "Answers go from {min} ({min_label}) to {max} ({max_label}). Type the number, or click. "
                    "Enter goes on once a page is answered; Back (Alt+Left) keeps your answers."
                ).format(
                    min=scale.min, min_label=scale.label(scale.min), max=scale.max, max_label=scale.label(scale.max)
                )
            )
        )
        self.resume_label = text_label(
            self.tr(
                "Welcome back. You have answered {answered} of {total}; Next takes you to where you left off."
            ).format(answered=answered, total=len(quiz.items))
            if answered
            else ""
        )
        self.resume_label.setVisible(bool(answered))
        layout.addWidget(self.resume_label)
        layout.addStretch(1)


class ResultPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your result"))
        self.view: ResultView | None = None
        self.notice = Notice()
        self.share_button = QPushButton(self.tr("Share this result with your partner"))
        self.share_button.setStatusTip(self.tr("Your partner sees it only once they have shared theirs too"))
        self.share_button.hide()
        self.shared_label = hint()
        self.shared_label.hide()
        self._body = QVBoxLayout()
        self._body.addStretch(1)
        scroll_body = QWidget()
        scroll_body.setLayout(self._body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(scroll_body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.shared_label)

    def show_view(self, view: ResultView) -> None:
        if self.view is not None:
            self.view.hide()
            self.view.deleteLater()
        self.view = view
        self._body.insertWidget(0, view)
        view.show()


class QuizWizard(QWizard):
    """`result_saved` carries the SavedResult once the last page is committed."""

    result_saved = Signal(object)

    def __init__(
        self, quiz: Quiz, service: QuizService, unlocked: UnlockedProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.quiz = quiz
        self._service = service
        self._unlocked = unlocked
        self.answers: dict[str, int] = {
            key: value
            for key, value in service.progress(unlocked, quiz.id).items()
            if key in {i.id for i in quiz.items}
        }
        self._resuming = bool(self.answers)
        self.result: SavedResult | None = None
        self.setWindowTitle(quiz.title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("See my result"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close (answers are kept)"))
        self.resize(900, 640)

        self.intro_page = IntroPage(quiz, len(self.answers))
        self.addPage(self.intro_page)
        self.item_pages: list[ItemsPage] = []
        per_page = quiz.items_per_page
        for start in range(0, len(quiz.items), per_page):
            page = ItemsPage(quiz, list(quiz.items[start : start + per_page]), start + 1, self.answers, self._count)
            page.answered.connect(self._keep_progress)
            self.addPage(page)
            self.item_pages.append(page)
        self.item_pages[-1].setCommitPage(True)
        self.result_page = ResultPage()
        self.result_page.share_button.clicked.connect(self.share)
        self.addPage(self.result_page)
        self.currentIdChanged.connect(self._entered)
        # Back by keyboard too (Alt+Left on most desktops); the button's own mnemonic depends on the platform.
        self.back_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        self.back_shortcut.activated.connect(self._back_if_allowed)

    def _back_if_allowed(self) -> None:
        back = self.button(QWizard.WizardButton.BackButton)
        if back.isVisible() and back.isEnabled():
            self.back()

    def _count(self) -> tuple[int, int]:
        return len(self.answers), len(self.quiz.items)

    def _keep_progress(self, item_id: str, value: int) -> None:
        try:
            self._service.save_progress(self._unlocked, self.quiz.id, self.answers)
        except TandemError as error:  # the answer stays in the wizard; the message says it was not kept
            log.warning("quiz progress not saved: %s", error)
            self.currentPage().setSubTitle(str(error))

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if isinstance(page, ItemsPage):
            page.enter()
        if page is self.item_pages[0] and self._resuming:
            self._resuming = False
            QTimer.singleShot(0, self, self._skip_answered_pages)  # with a context: never after deletion
        elif page is self.result_page and self.result is None:
            self._finish()

    def _skip_answered_pages(self) -> None:
        """Resume: walk forward (so Back still reaches every page) to the first page with a gap."""
        while isinstance(self.currentPage(), ItemsPage) and self.currentPage().isComplete():
            if self.currentPage() is self.item_pages[-1]:
                break  # the last page commits; the person presses "See my result" themselves
            self.next()

    def _finish(self) -> None:
        try:
            self.result = self._service.save_result(self._unlocked, self.quiz.id, self.answers)
        except TandemError as error:
            self.result_page.notice.show_message(str(error))
            return
        support = None
        if self.quiz.category(self.result.category).support_prompt:
            support = SupportBox(
                self._service.support_lists(), self._service.support_country(self._unlocked), self._set_country
            )
        view = ResultView(
            self.quiz,
            self.result.scores,
            self.result.category,
            who=self._unlocked.profile.name,
            colour=self._unlocked.profile.colour,
            support=support,
        )
        self.result_page.show_view(view)
        self.result_page.share_button.setVisible(self._service.is_paired(self._unlocked))
        self.result_saved.emit(self.result)

    def _set_country(self, country: str) -> None:
        try:
            self._service.set_support_country(self._unlocked, country)
        except TandemError as error:
            self.result_page.notice.show_message(str(error))

    def share(self) -> None:
        if self.result is None:
            return
        try:
            self.result = self._service.share_result(self._unlocked, self.result.id)
        except TandemError as error:
            self.result_page.notice.show_message(str(error))
            return
        self.result_page.share_button.setEnabled(False)
        self.result_page.shared_label.setText(
            self.tr(
                "Shared. Your partner sees it only once they have shared a result of this quiz too, "
                "and you will see theirs at the same moment."
            )
        )
        self.result_page.shared_label.show()

    @property
    def result_view(self) -> ResultView | None:
        return self.result_page.view

    def intro_text(self) -> str:
        label: QLabel = self.intro_page.intro_label
        return label.text()
