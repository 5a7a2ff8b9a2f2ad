"""Locking by hand, by idle time and by switching profile leaves nothing of the profile in any widget."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.settings import VaultSettings
from desktop.ui.main_window import MainWindow
from tests.ui.driving import PASSPHRASE, add_profile, line_edit_texts, unlock, visible_texts

MARK = "MARKER-7f3e-only-inside-the-vault"


def assert_fully_locked(qtbot: QtBot, window: MainWindow, unlocked, shell) -> None:
    assert window.stack.currentWidget() is window.picker
    assert window.picker.isVisible()
    assert unlocked.is_locked
    assert window.unlocked_profile is None and window.shell is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(shell))  # deleted, not merely hidden
    assert PASSPHRASE not in line_edit_texts()
    assert not any(MARK in text for text in visible_texts())
    assert not window.menus.lock_action.isEnabled()


def test_ctrl_l_locks(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    unlocked, shell = window.unlocked_profile, window.shell
    VaultSettings(unlocked.vault).set("marker", MARK)

    with qtbot.waitSignal(window.profile_locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert_fully_locked(qtbot, window, unlocked, shell)
    # Only the picker button still names the profile (names are in the plain registry by design).
    assert [w for w in QApplication.allWidgets() if getattr(w, "text", lambda: None)() == "Alex"] == [
        window.picker.profile_buttons["Alex"]
    ]


def test_lock_from_the_menu_closes_open_dialogs(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    unlocked, shell = window.unlocked_profile, window.shell
    box = QMessageBox(QMessageBox.Icon.Information, "Something", "Something about the journal", parent=window)
    box.open()
    qtbot.waitUntil(box.isVisible)

    window.menus.lock_action.trigger()

    assert not box.isVisible()
    assert_fully_locked(qtbot, window, unlocked, shell)


def test_auto_lock_fires_while_a_modal_dialog_is_open(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window(idle_interval_ms=300)
    unlock(qtbot, window, "Alex")
    unlocked, shell = window.unlocked_profile, window.shell
    seen_modal = []
    # The settings dialog runs exec() (a nested event loop) until the auto-lock closes it.
    QTimer.singleShot(0, window.menus.auto_lock_action.trigger)
    QTimer.singleShot(100, lambda: seen_modal.append(QApplication.activeModalWidget()))

    with qtbot.waitSignal(window.profile_locked, timeout=5_000):
        pass

    assert isinstance(seen_modal[0], QInputDialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert_fully_locked(qtbot, window, unlocked, shell)
    assert "without activity" in window.statusBar().currentMessage()


def test_activity_postpones_auto_lock(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window(idle_interval_ms=400)
    unlock(qtbot, window, "Alex")
    for _ in range(4):
        qtbot.wait(200)
        qtbot.keyClick(window.shell.navigation, Qt.Key.Key_Down)
    assert window.unlocked_profile is not None
    qtbot.waitUntil(lambda: window.unlocked_profile is None, timeout=3_000)


def test_auto_lock_minutes_are_saved_per_profile(qtbot: QtBot, make_window, services: Services, monkeypatch) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    assert window.idle_watcher.interval_ms == 5 * 60_000  # the default
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (12, True))

    window.menus.auto_lock_action.trigger()

    assert window.idle_watcher.interval_ms == 12 * 60_000
    assert VaultSettings(window.unlocked_profile.vault).auto_lock_minutes() == 12


def test_switching_profile_is_lock_and_pick(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    add_profile(services, "Sam", passphrase="sam's own passphrase", colour="#d0505f")
    window = make_window()
    unlock(qtbot, window, "Alex")
    first, first_shell = window.unlocked_profile, window.shell

    window.menus.switch_action.trigger()

    assert first.is_locked
    assert window.stack.currentWidget() is window.picker
    unlock(qtbot, window, "Sam", "sam's own passphrase")
    qtbot.waitUntil(lambda: not shiboken6.isValid(first_shell))
    assert window.shell.name_label.text() == "Sam"
    shell_texts = [label.text() for label in window.shell.findChildren(type(window.shell.name_label))]
    assert "Alex" not in shell_texts


def test_go_menu_shortcuts_switch_pages(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    for key, title in ((Qt.Key.Key_2, "Quiz"), (Qt.Key.Key_4, "Insights"), (Qt.Key.Key_1, "Journal")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.shell.current_title() == title
