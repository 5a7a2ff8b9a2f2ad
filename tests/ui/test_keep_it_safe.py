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
    assert window.menus.export_action.shortcut().toString() == "Ctrl+Shift+E" and window.menus.export_action.statusTip()
    window.menus.export_action.trigger()
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


def _import_dialog():
    from desktop.ui.export.import_dialog import ImportDialog

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible())


JRNL_FILE = {
    "entries": [
        {"title": "Long walk.", "body": "We went @hiking.", "date": "2024-05-01", "time": "07:15", "tags": ["@hiking"]},
        {"title": "Quiet day.", "body": "", "date": "2024-05-02", "time": "21:00", "tags": []},
        {"title": "From the future.", "body": "", "date": "2999-01-01", "time": "10:00", "tags": []},
    ]
}


def test_import_from_the_file_menu_adds_the_entries_and_shows_the_report(
    qtbot: QtBot, make_window, services: Services, tmp_path: Path
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps(JRNL_FILE), encoding="utf-8")
    assert window.menus.import_action.shortcut().toString() == "Ctrl+Shift+I" and window.menus.import_action.statusTip()
    window.menus.import_action.trigger()
    dialog = _import_dialog()
    dialog.source_box.setCurrentIndex(1)  # jrnl
    assert not dialog.import_button.isEnabled()  # no file yet
    qtbot.keyClicks(dialog.path_edit, str(source))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = dialog.report_view.toPlainText()
    assert dialog.report_view.isVisible() and "Added 2 entries, skipped 0, refused 1." in report
    assert "Entry 3" in report and "future" in report

    journal_page = window.shell.page("Journal")
    assert journal_page.model.rowCount() == 2 and "2" in journal_page.count_label.text()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # again: nothing is doubled
    qtbot.waitUntil(lambda: "Added 0 entries, skipped 2" in dialog.report_view.toPlainText(), timeout=10_000)
    assert journal_page.model.rowCount() == 2


def test_importing_a_malformed_file_shows_why_and_adds_nothing(
    qtbot: QtBot, make_window, services: Services, tmp_path: Path
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    window.menus.import_action.trigger()
    dialog = _import_dialog()
    assert dialog.chosen_source == "tandem"
    qtbot.keyClicks(dialog.path_edit, str(bad))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert "bad.json is not a Tandem export" in dialog.error_label.text()
    assert "Nothing was imported" in dialog.error_label.text()
    assert not dialog.report_view.isVisible()
    assert window.shell.page("Journal").model.rowCount() == 0
    dialog.reject()
