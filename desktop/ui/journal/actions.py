"""The journal page's actions, each with a shortcut and a status tip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
    """`text` and `tip` come marked with QT_TRANSLATE_NOOP("JournalActions", ...) and are translated here."""
    text = QCoreApplication.translate("JournalActions", text)
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    action.setStatusTip(QCoreApplication.translate("JournalActions", tip))
    action.setToolTip(
        QCoreApplication.translate("JournalActions", "{action} ({shortcut})").format(
            action=text.replace("&", "").rstrip("…"), shortcut=QKeySequence(shortcut).toString()
        )
    )
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
        new_entry=_action(
            page, QT_TRANSLATE_NOOP("JournalActions", "&New Entry"), QKeySequence.StandardKey.New,
            QT_TRANSLATE_NOOP("JournalActions", "Start a new journal entry"), new_entry,
        ),
        save=_action(
            page, QT_TRANSLATE_NOOP("JournalActions", "&Save Entry"), QKeySequence.StandardKey.Save,
            QT_TRANSLATE_NOOP("JournalActions", "Save the entry you are writing"), save,
        ),
        delete=_action(
            entry_list, QT_TRANSLATE_NOOP("JournalActions", "&Delete Entry"), QKeySequence.StandardKey.Delete,
            QT_TRANSLATE_NOOP("JournalActions", "Move the chosen entry to the trash"), delete, list_only,
        ),
        undo_delete=_action(
            entry_list, QT_TRANSLATE_NOOP("JournalActions", "&Undo Delete"), QKeySequence.StandardKey.Undo,
            QT_TRANSLATE_NOOP("JournalActions", "Bring back the entry you just deleted"), undo_delete, list_only,
        ),
        find=_action(
            page, QT_TRANSLATE_NOOP("JournalActions", "&Find"), QKeySequence.StandardKey.Find,
            QT_TRANSLATE_NOOP("JournalActions", "Search your entries"), find,
        ),
        trash=_action(
            page, QT_TRANSLATE_NOOP("JournalActions", "&Trash…"), "Ctrl+Shift+T",
            QT_TRANSLATE_NOOP("JournalActions", "See deleted entries, restore them or empty the trash"), trash,
        ),
        preview=_action(
            page, QT_TRANSLATE_NOOP("JournalActions", "Show &Preview"), "Ctrl+Shift+P",
            QT_TRANSLATE_NOOP("JournalActions", "Show or hide the formatted preview"), preview,
        ),
    )  # fmt: skip
