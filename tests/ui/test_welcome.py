"""The first-run welcome, driven with the keyboard, ending in the create-profile wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.welcome import WELCOME_PAGES

ALT = Qt.KeyboardModifier.AltModifier


def test_the_welcome_pages_with_the_keyboard_end_in_create_my_profile(qtbot: QtBot, make_window) -> None:
    window = make_window()
    assert window.picker.title.text() == "Welcome to Tandem"  # no profiles yet
    window.show_welcome()
    welcome = window.help.welcome
    assert welcome is not None
    qtbot.waitExposed(welcome)
    welcome.activateWindow()
    qtbot.waitUntil(welcome.isActiveWindow)  # shortcuts (Alt+B) go to the active window
    titles = [title for title, _ in WELCOME_PAGES]
    assert any("privacy" in " ".join(text).lower() or "passphrase" in title.lower() for title, text in WELCOME_PAGES)
    assert welcome.step_label.text() == f"1 of {len(titles)}"
    assert not welcome.back_button.isEnabled()

    qtbot.keyClick(welcome, Qt.Key.Key_Return)
    qtbot.keyClick(welcome, Qt.Key.Key_Return)
    assert welcome.pages.currentIndex() == 2
    qtbot.keyClick(welcome, Qt.Key.Key_B, ALT)
    assert welcome.pages.currentIndex() == 1
    while not welcome.is_last_page:
        qtbot.keyClick(welcome, Qt.Key.Key_Return)
    assert "Create my profile" in welcome.next_button.text()
    with qtbot.waitSignal(welcome.create_profile_requested):
        qtbot.keyClick(welcome, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    assert not welcome.isVisible()
    window.wizard.reject()


def test_escape_closes_it_and_the_picker_and_help_menu_bring_it_back(qtbot: QtBot, make_window) -> None:
    window = make_window()
    qtbot.mouseClick(window.picker.welcome_button, Qt.MouseButton.LeftButton)
    welcome = window.help.welcome
    assert welcome is not None and welcome.isVisible()
    qtbot.keyClick(welcome, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.help.welcome is None)
    window.help.welcome_action.trigger()
    qtbot.waitUntil(lambda: window.help.welcome is not None and window.help.welcome.isVisible())
    assert window.wizard is None
    window.help.welcome.reject()
