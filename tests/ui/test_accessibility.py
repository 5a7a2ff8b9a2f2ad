"""Every control a screen reader reaches has a name: icon-only buttons, fields, lists and tables, on every page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.main_window import MainWindow
from desktop.ui.quiz.page import QuizPage
from tests.ui.driving import PASSPHRASE, add_profile, unlock

FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QListView, QTableView, QTreeView)


def _where(widget: QWidget) -> str:
    """The widget and its ancestors, innermost first, so a failure says where the control was made."""
    chain = []
    current: QWidget | None = widget
    while current is not None:
        name = type(current).__name__ + (f"#{current.objectName()}" if current.objectName() else "")
        chain.append(name)
        current = current.parentWidget()
    return " < ".join(chain)


def _is_inner_editor(widget: QWidget) -> bool:
    """The line edit inside a combo box or spin box: the outer control carries the name."""
    return isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))


def unnamed_controls(window: QWidget) -> list[str]:
    """Visible icon-only buttons without an accessible name, and visible fields with neither a name nor a buddy."""
    widgets = [window, *window.findChildren(QWidget)]
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None}
    problems = []
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and not widget.text().strip() and not widget.accessibleName().strip():
            problems.append(f"button without text or accessible name: {_where(widget)}")
        named = bool(widget.accessibleName().strip()) or id(widget) in buddies
        if isinstance(widget, FIELDS) and not _is_inner_editor(widget) and not named:
            problems.append(f"field without accessible name or label buddy: {_where(widget)}")
    return problems


@pytest.mark.parametrize(
    "page_index",
    [
        pytest.param(0, id="journal"),
        pytest.param(1, id="quiz"),
        pytest.param(2, id="balance"),
        pytest.param(3, id="insights"),
    ],
)
def test_every_visible_control_on_each_page_has_a_name(  # type: ignore[no-untyped-def]
    qtbot: QtBot, services: Services, make_window, page_index: int
) -> None:
    add_profile(services, "Alex")
    window: MainWindow = make_window()
    assert unnamed_controls(window) == []  # the picker
    unlock(qtbot, window, "Alex")
    assert window.shell is not None
    for index in range(page_index + 1):  # Ctrl+1 … Ctrl+4, as a person goes through them
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{index + 1}"), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda i=index: window.shell.pages.currentIndex() == i)
    QApplication.processEvents()
    problems = unnamed_controls(window)
    assert problems == [], "\n".join(problems)


def test_the_unlock_page_names_its_fields(qtbot: QtBot, services: Services, make_window) -> None:  # type: ignore[no-untyped-def]
    add_profile(services, "Alex")
    window: MainWindow = make_window()
    qtbot.mouseClick(window.picker.profile_buttons["Alex"], Qt.MouseButton.LeftButton)
    assert unnamed_controls(window) == []
    qtbot.mouseClick(window.unlock_page.forgot_button, Qt.MouseButton.LeftButton)
    assert unnamed_controls(window) == []


def test_the_create_profile_wizard_names_its_colours_and_fields(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    qtbot.mouseClick(window.picker.new_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    assert unnamed_controls(wizard) == []  # the colour swatches are icon-only
    qtbot.keyClicks(wizard.name_page.name_edit, "Robin")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.passphrase_page
    assert unnamed_controls(wizard) == []
    wizard.reject()


def test_the_quiz_wizard_names_its_answer_buttons(qtbot: QtBot, services: Services, make_window) -> None:  # type: ignore[no-untyped-def]
    add_profile(services, "Alex")
    window: MainWindow = make_window()
    unlock(qtbot, window, "Alex", PASSPHRASE)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.shell.pages.currentWidget()
    assert isinstance(page, QuizPage)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    assert unnamed_controls(wizard) == []
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.item_pages[0])
    assert unnamed_controls(wizard) == []  # the radio buttons of the answer scale have no text of their own
    wizard.reject()
