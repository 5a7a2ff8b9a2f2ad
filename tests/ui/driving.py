"""Doing in the GUI what a person does: shared steps for the UI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"


def add_profile(services: Services, name: str, passphrase: str = PASSPHRASE, colour: str = "#3b7dd8") -> str:
    """Creates a profile directly through the service; returns its recovery key."""
    return services.profiles.create_profile(name, colour, passphrase).recovery_key


def choose_profile(qtbot: QtBot, window: MainWindow, name: str) -> None:
    qtbot.mouseClick(window.picker.profile_buttons[name], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.unlock_page


def unlock(qtbot: QtBot, window: MainWindow, name: str, passphrase: str = PASSPHRASE) -> None:
    """Picks `name`, types the passphrase, presses Enter and waits for the journal to open."""
    choose_profile(qtbot, window, name)
    qtbot.keyClicks(window.unlock_page.passphrase_edit, passphrase)
    with qtbot.waitSignal(window.profile_unlocked, timeout=10_000):
        qtbot.keyClick(window.unlock_page.passphrase_edit, Qt.Key.Key_Return)


def visible_texts() -> list[str]:
    """Every text a widget holds, visible or not (labels, buttons, fields, titles, list items)."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        for getter in ("text", "windowTitle", "placeholderText", "toolTip", "statusTip", "accessibleName"):
            method = getattr(widget, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str):
                    texts.append(value)
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(row).text() for row in range(widget.count()))
    return texts


def line_edit_texts() -> list[str]:
    return [edit.text() for edit in QApplication.allWidgets() if isinstance(edit, QLineEdit)]
