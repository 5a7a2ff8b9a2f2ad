"""Opening a profile: a wrong passphrase is calm, the right one opens the journal, the recovery key helps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.errors import WrongPassphrase
from desktop.services.container import Services
from tests.ui.driving import PASSPHRASE, add_profile, choose_profile, unlock


def test_wrong_passphrase_is_explained_calmly_then_the_right_one_opens(
    qtbot: QtBot, make_window, services: Services
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    choose_profile(qtbot, window, "Alex")
    page = window.unlock_page
    assert page.name_label.text() == "Alex"

    qtbot.keyClicks(page.passphrase_edit, "not my passphrase")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.error_label.isVisible, timeout=10_000)

    assert page.error_label.text() == "That passphrase doesn't open this profile. Please try again."
    assert page.passphrase_edit.text() == ""
    assert page.passphrase_edit.isEnabled() and page.passphrase_edit.hasFocus()
    assert window.stack.currentWidget() is page
    assert window.unlocked_profile is None

    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(window.profile_unlocked, timeout=10_000):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.shell
    assert window.shell.name_label.text() == "Alex"
    assert not page.error_label.isVisible()


def test_back_returns_to_the_picker(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    choose_profile(qtbot, window, "Alex")
    qtbot.keyClicks(window.unlock_page.passphrase_edit, "half typed")
    qtbot.mouseClick(window.unlock_page.back_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is window.picker
    assert window.unlock_page.passphrase_edit.text() == ""


def test_recovery_key_opens_the_profile_and_sets_a_new_passphrase(
    qtbot: QtBot, make_window, services: Services
) -> None:
    recovery_key = add_profile(services, "Alex")
    window = make_window()
    choose_profile(qtbot, window, "Alex")
    page = window.unlock_page
    qtbot.mouseClick(page.forgot_button, Qt.MouseButton.LeftButton)
    assert page.recovery_edit.isVisible()

    qtbot.keyClicks(page.recovery_edit, "ABCD-EFGH")  # wrong and too short
    new_passphrase = "a brand new passphrase"
    qtbot.keyClicks(page.new_passphrase.passphrase_edit, new_passphrase)
    assert not page.recover_button.isEnabled()
    qtbot.keyClicks(page.new_passphrase.confirm_edit, new_passphrase)
    assert page.recover_button.isEnabled()
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.recovery_error_label.isVisible, timeout=10_000)
    assert "recovery key has 32 letters" in page.recovery_error_label.text()

    page.recovery_edit.clear()
    qtbot.keyClicks(page.recovery_edit, recovery_key.lower())  # typed casually
    with qtbot.waitSignal(window.profile_unlocked, timeout=10_000):
        qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    assert window.shell.name_label.text() == "Alex"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.unlocked_profile is None
    unlock(qtbot, window, "Alex", new_passphrase)
    assert window.shell.name_label.text() == "Alex"
    with pytest.raises(WrongPassphrase):  # the old passphrase no longer opens it
        services.profiles.unlock("Alex", PASSPHRASE)
