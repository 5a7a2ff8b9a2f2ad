"""Creating a profile with the wizard, as a person would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.create_profile import CreateProfileWizard
from tests.ui.driving import PASSPHRASE, add_profile

RECOVERY_KEY = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")


def click(qtbot: QtBot, wizard: CreateProfileWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def open_wizard(qtbot: QtBot, window) -> CreateProfileWizard:
    qtbot.mouseClick(window.picker.new_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def fill_name_and_passphrase(qtbot: QtBot, wizard: CreateProfileWizard, name: str) -> None:
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no name yet
    qtbot.keyClicks(wizard.name_page.name_edit, name)
    qtbot.mouseClick(wizard.name_page.colour_group.button(2), Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.passphrase_page

    fields = wizard.passphrase_page.fields
    qtbot.keyClicks(fields.passphrase_edit, "short")
    assert "at least 8" in fields.problem_label.text()
    assert fields.strength_label.text() == "Strength: Very weak"
    assert not next_button.isEnabled()
    fields.passphrase_edit.clear()
    qtbot.keyClicks(fields.passphrase_edit, PASSPHRASE)
    assert fields.strength_label.text() == "Strength: Strong"
    qtbot.keyClicks(fields.confirm_edit, PASSPHRASE[:-1])
    assert "not the same" in fields.problem_label.text()
    assert not next_button.isEnabled()
    qtbot.keyClicks(fields.confirm_edit, PASSPHRASE[-1])
    assert next_button.isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.recovery_page


def test_create_profile_shows_recovery_key_and_opens_the_new_journal(
    qtbot: QtBot, make_window, services: Services
) -> None:
    window = make_window()
    assert window.picker.title.text() == "Welcome to Tandem"  # the empty state invites to create one
    wizard = open_wizard(qtbot, window)
    fill_name_and_passphrase(qtbot, wizard, "Robin")

    page = wizard.recovery_page
    key = page.key_label.text()
    assert RECOVERY_KEY.match(key)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and not finish.isEnabled()

    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key

    qtbot.mouseClick(page.saved_check, Qt.MouseButton.LeftButton)
    assert finish.isEnabled()
    with qtbot.waitSignal(window.profile_unlocked, timeout=10_000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert window.shell is not None and window.stack.currentWidget() is window.shell
    assert window.shell.name_label.text() == "Robin"
    assert [(p.name, p.colour) for p in services.profiles.list_profiles()] == [("Robin", "#2f9e6e")]
    # The key shown is the one that opens the profile.
    services.profiles.unlock_with_recovery_key("Robin", key).lock()


def test_recovery_key_can_be_saved_to_a_file(
    qtbot: QtBot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    wizard = open_wizard(qtbot, window)
    fill_name_and_passphrase(qtbot, wizard, "Sam")
    target = tmp_path / "key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))

    qtbot.mouseClick(wizard.recovery_page.save_button, Qt.MouseButton.LeftButton)

    assert wizard.recovery_page.key_label.text() in target.read_text(encoding="utf-8")
    assert wizard.recovery_page.status_label.text() == "Saved."


def test_a_taken_name_is_explained_on_the_page(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    wizard = open_wizard(qtbot, window)
    qtbot.keyClicks(wizard.name_page.name_edit, "alex")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.name_page
    assert wizard.name_page.error_label.isVisible()
    assert "already exists" in wizard.name_page.error_label.text()


def test_cancelling_the_wizard_creates_nothing(qtbot: QtBot, make_window, services: Services) -> None:
    window = make_window()
    wizard = open_wizard(qtbot, window)
    fill_name_and_passphrase(qtbot, wizard, "Kim")
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)

    qtbot.waitUntil(lambda: window.wizard is None)
    assert services.profiles.list_profiles() == []
    assert window.stack.currentWidget() is window.picker
