"""The first-run welcome: a few pages on what Tandem is for and how privacy works, ending in “Create my profile”."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.widgets import heading, hint, scaled_font

# (title, paragraphs): our own words, plain and warm.
WELCOME_PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("WelcomeDialog", "Welcome to Tandem"),
        (
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "Tandem is a private journal for your relationship: for two people who share this computer, "
                "or for one person writing alone.",
            ),
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "It grows from one idea: a healthy relationship is interdependent. You lean on each other "
                "and you stay yourselves.",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomeDialog", "Reflect, understand, balance"),
        (
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "Reflect: write about your days and tag what you noticed: trust, support, honesty, respect, "
                "time together, room for yourself. Each can be nurtured or strained.",
            ),
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "Understand: take short quizzes about attachment and interdependence. Results are tendencies "
                "that can change, never diagnoses, and each comes with tips.",
            ),
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "Balance: log time together and time apart and see how it moves over the weeks. "
                "There is no ideal number; you set your own target.",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomeDialog", "Your passphrase and your recovery key"),
        (
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "Your journal is encrypted with your own passphrase. Without it, nobody can read it: "
                "not your partner, not someone with a copy of your files, not us.",
            ),
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "When you create your profile, Tandem shows a recovery key once. Write it down and keep it "
                "somewhere safe. If you forget your passphrase, it is the only way back in.",
            ),
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "Lock with Ctrl+L when you step away. Tandem also locks itself after a while without activity.",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomeDialog", "What your partner can and cannot see"),
        (
            QT_TRANSLATE_NOOP(
                "WelcomeDialog", "Your partner gets a profile of their own. When you pair, you share a couple space."
            ),
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "They can see what you choose to share: a shared entry, a shared quiz result (scores, never your "
                "answers), and the time you log together and apart.",
            ),
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "They cannot see your private entries, your quiz answers, or anything you have not shared.",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomeDialog", "Ready when you are"),
        (
            QT_TRANSLATE_NOOP(
                "WelcomeDialog", "Create your profile: a name, a colour and a passphrase. It takes a minute."
            ),
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "Want to look around first? Run “tandem demo” from a terminal to create a demo couple "
                "with a year of entries, then open Tandem again.",
            ),
            QT_TRANSLATE_NOOP(
                "WelcomeDialog",
                "Help → Guide has short texts on the qualities, the tips and the attachment tendencies; "
                "F1 lists every keyboard shortcut.",
            ),
        ),
    ),
)


class WelcomeDialog(QDialog):
    """Next and Back (Enter; Alt+B or Alt+Left), Esc closes; the last page asks for the create-profile wizard."""

    create_profile_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Tandem"))
        self.setMinimumSize(560, 400)
        self.pages = QStackedWidget()
        for title, paragraphs in WELCOME_PAGES:
            self.pages.addWidget(_page(self.tr(title), tuple(self.tr(text) for text in paragraphs)))
        self.step_label = hint()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back (Alt+B or Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        self.back_action = QAction(self.tr("Back"), self)
        self.back_action.setShortcuts([QKeySequence("Alt+B"), QKeySequence(QKeySequence.StandardKey.Back)])
        self.back_action.setStatusTip(self.tr("The previous page of the welcome"))
        self.back_action.triggered.connect(self.back)
        self.addAction(self.back_action)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("&Not now"))
        self.close_button.setToolTip(self.tr("Close the welcome; Help → Welcome shows it again"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.back_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show(0)

    @property
    def is_last_page(self) -> bool:
        return self.pages.currentIndex() == self.pages.count() - 1

    def next(self) -> None:
        if self.is_last_page:
            self.accept()
            self.create_profile_requested.emit()
        else:
            self._show(self.pages.currentIndex() + 1)

    def back(self) -> None:
        self._show(max(self.pages.currentIndex() - 1, 0))

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("&Create my profile…") if self.is_last_page else self.tr("&Next"))
        self.step_label.setText(self.tr("{page} of {pages}").format(page=index + 1, pages=self.pages.count()))
        self.next_button.setFocus()


def _page(title: str, paragraphs: tuple[str, ...]) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setSpacing(14)
    layout.addWidget(heading(title, 1.6))
    for text in paragraphs:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setFont(scaled_font(label, 1.08))
        layout.addWidget(label)
    layout.addStretch(1)
    return page
