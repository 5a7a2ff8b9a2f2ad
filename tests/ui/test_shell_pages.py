"""The unlocked shell holds the real Journal and Quiz pages, and locking removes them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.journal import JournalPage
from desktop.ui.quiz.page import QuizPage
from tests.ui.driving import unlock


def test_quiz_tab_shows_the_quiz_page_and_lock_removes_it(qtbot: QtBot, services: Services, make_window) -> None:  # type: ignore[no-untyped-def]
    services.profiles.create_profile("Alex", "#3b7dd8", "alex passphrase")
    window = make_window()
    unlock(qtbot, window, "Alex", "alex passphrase")
    assert window.shell is not None
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.shell.pages.currentWidget(), QuizPage))
    assert window.shell.current_title() == "Quiz"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.shell.pages.currentWidget(), JournalPage))

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.shell is None)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [w for w in QApplication.allWidgets() if isinstance(w, (QuizPage, JournalPage))] == []
