"""Exporting from the File menu, and the offer to restore a damaged journal at unlock."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.journal import EntryInput
from tests.ui.driving import PASSPHRASE, add_profile, choose_profile, unlock


def _export_dialog():
    from desktop.ui.export.dialog import ExportDialog

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible())


def test_export_from_the_file_menu_warns_and_writes_the_file(
    qtbot: QtBot, make_window, services: Services, tmp_path: Path
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    window.journal.create(EntryInput(datetime(2025, 6, 10, 18, 30), "By the river"))
    assert window.export_action.shortcut().toString() == "Ctrl+Shift+E" and window.export_action.statusTip()
    window.export_action.trigger()
    dialog = _export_dialog()
    dialog.format_box.setCurrentIndex(1)  # JSON
    assert "not encrypted" in dialog.warning.text() and dialog.warning.isVisible()
    target = tmp_path / "alex.json"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text(encoding="utf-8"))["entries"][0]["body"] == "By the river"
    assert str(target) in window.statusBar().currentMessage()


def test_a_damaged_journal_offers_to_restore_the_newest_backup(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    unlocked = services.profiles.unlock("Alex", PASSPHRASE)
    journal = services.open_journal(unlocked)
    journal.create(EntryInput(datetime(2025, 6, 10, 18, 30), "Keep me"))
    journal.close()
    services.backups.backup_now(services.backups.keys_of(unlocked))
    vault = unlocked.vault.path
    unlocked.lock()
    vault.write_bytes(vault.read_bytes()[: vault.stat().st_size // 2])

    window = make_window()
    choose_profile(qtbot, window, "Alex")
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.restore_button.isVisible, timeout=10_000)
    assert "damaged" in page.error_label.text() and "Restore" in page.error_label.text()
    assert window.unlocked_profile is None  # never a silent reset

    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(window.profile_unlocked, timeout=10_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert [v.body for v in window.journal.on_this_day(datetime(2026, 6, 10).date())] == ["Keep me"]
    assert list(vault.parent.glob("*.damaged-*"))
