"""The journal page's actions, each with a shortcut and a status tip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass
class JournalActions:
    new_entry: QAction
    save: QAction
    delete: QAction
    undo_delete: QAction
    find: QAction
    trash: QAction
    preview: QAction

    def all(self) -> tuple[QAction, ...]:
        return (self.new_entry, self.save, self.delete, self.undo_delete, self.find, self.trash, self.preview)


def _action(
    owner: QWidget,
    text: str,
    shortcut: QKeySequence.StandardKey | str,
    tip: str,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    action.setStatusTip(tip)
    action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({QKeySequence(shortcut).toString()})")
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def build_actions(
    page: QWidget,
    entry_list: QWidget,
    *,
    new_entry: Callable[[], object],
    save: Callable[[], object],
    delete: Callable[[], object],
    undo_delete: Callable[[], object],
    find: Callable[[], object],
    trash: Callable[[], object],
    preview: Callable[[], object],
) -> JournalActions:
    """Page-wide actions work anywhere in the window while the page is shown (Qt skips hidden widgets' shortcuts);
    Delete and Undo act on the list only, so that they keep their usual meaning while typing."""
    list_only = Qt.ShortcutContext.WidgetShortcut
    return JournalActions(
        new_entry=_action(page, "&New Entry", QKeySequence.StandardKey.New, "Start a new journal entry", new_entry),
        save=_action(page, "&Save Entry", QKeySequence.StandardKey.Save, "Save the entry you are writing", save),
        delete=_action(
            entry_list, "&Delete Entry", QKeySequence.StandardKey.Delete, "Move the chosen entry to the trash",
            delete, list_only,
        ),
        undo_delete=_action(
            entry_list, "&Undo Delete", QKeySequence.StandardKey.Undo, "Bring back the entry you just deleted",
            undo_delete, list_only,
        ),
        find=_action(page, "&Find", QKeySequence.StandardKey.Find, "Search your entries", find),
        trash=_action(page, "&Trash…", "Ctrl+Shift+T", "See deleted entries, restore them or empty the trash", trash),
        preview=_action(page, "Show &Preview", "Ctrl+Shift+P", "Show or hide the formatted preview", preview),
    )  # fmt: skip
