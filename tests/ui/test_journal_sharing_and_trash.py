"""Sharing with a partner (who reads but cannot change), deleting with undo, and the trash."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.journal import EntryQuery
from desktop.ui.journal.trash import TrashDialog
from tests.ui.driving import add_profile, unlock
from tests.ui.journal_driving import (
    SAM_PASSPHRASE,
    add_couple,
    click_row,
    entry,
    journal_of,
    page_of,
    shown_entries,
    shown_headings,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def _write(qtbot: QtBot, window, title: str, body: str, *, share: bool) -> None:
    editor = page_of(window).editor
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(editor.title_edit, title)
    qtbot.keyClicks(editor.body_edit, body)
    if share:
        qtbot.mouseClick(editor.share_check, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert not editor.error.isVisible()


def test_partner_sees_the_shared_entry_read_only_and_never_the_private_one(
    qtbot: QtBot, make_window, services: Services
) -> None:
    add_couple(services)
    window = make_window()
    unlock(qtbot, window, "Alex")
    _write(qtbot, window, "For us both", "Thank you for the weekend.", share=True)
    _write(qtbot, window, "Just mine", "PRIVATE-MARKER-31 stays with me.", share=False)
    assert {(e.title, e.shared) for e in shown_entries(page_of(window))} == {
        ("Just mine", False),
        ("For us both", True),
    }
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)

    unlock(qtbot, window, "Sam", SAM_PASSPHRASE)
    page = page_of(window)
    assert shown_headings(page) == ["For us both"]
    (shared,) = shown_entries(page)
    assert shared.shared and not shared.mine and shared.author_name == "Alex"
    click_row(qtbot, page, 0)
    editor = page.editor
    assert editor.body_edit.toPlainText() == "Thank you for the weekend."
    assert editor.read_only and editor.body_edit.isReadOnly() and not editor.save_button.isEnabled()
    assert "Alex shared this entry with you" in editor.read_only_notice.text()
    assert editor.state_label.text() == "Shared by Alex"

    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert page.message_bar.label.text() == "Only Alex can delete this entry."
    assert shown_headings(page) == ["For us both"]
    search_texts = [e.body for e in shown_entries(page)]
    assert not any("PRIVATE-MARKER-31" in text for text in search_texts)


def test_share_is_disabled_with_an_explanation_when_not_paired(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    share = page_of(window).editor.share_check
    assert not share.isEnabled()
    assert "pair your profile" in share.toolTip()


def test_delete_with_the_delete_key_then_undo_with_ctrl_z(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    with journal_of(services, "Alex") as journal:
        journal.create(entry("older", "2025-01-01 10:00", title="Older"))
        journal.create(entry("newer", "2025-02-01 10:00", title="Newer"))
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    click_row(qtbot, page, 0)
    assert page.list_view.hasFocus()

    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert shown_headings(page) == ["Older"]
    assert page.message_bar.isVisible() and page.message_bar.undo_button.isVisible()
    assert page.message_bar.label.text() == "Moved “Newer” to the trash."

    qtbot.keyClick(page.list_view, Qt.Key.Key_Z, CTRL)
    assert shown_headings(page) == ["Newer", "Older"]
    assert not page.message_bar.isVisible()

    click_row(qtbot, page, 1)
    page.actions_.delete.trigger()
    assert shown_headings(page) == ["Newer"]
    qtbot.mouseClick(page.message_bar.undo_button, Qt.MouseButton.LeftButton)
    assert shown_headings(page) == ["Newer", "Older"]


def test_trash_restores_and_empties_after_confirmation(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    with journal_of(services, "Alex") as journal:
        for title in ("One", "Two", "Three"):
            deleted = journal.create(entry(title.lower(), title=title))
            journal.delete(deleted.id)
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    assert shown_headings(page) == []

    qtbot.keyClick(window, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.findChild(TrashDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.summary.text() == "3 entries in the trash."
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(shown_headings(page)) == 1
    assert dialog.summary.text() == "2 entries in the trash."

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "for good" in box.text()
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(50, lambda: answer("Cancel"))
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "2 entries in the trash."
    QTimer.singleShot(50, lambda: answer("Delete for good"))
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "The trash is empty."
    with journal_of(services, "Alex") as journal:
        assert journal.trash() == [] and journal.count(EntryQuery()) == 1
