"""The main window's File, Go and Settings menus: one QAction per command, each with a shortcut and a status tip."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.shell import PAGE_TITLES, page_title

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class MainMenus(QObject):
    """Builds the menus on `window`. `update(unlocked)` enables what needs an open journal."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.new_profile_action = self._action(
            self.tr("&New Profile…"),
            "Ctrl+Shift+N",  # Ctrl+N (StandardKey.New) is the journal's New Entry
            self.tr("Create a profile with its own private journal"),
            window.new_profile,
        )
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.tr("Lock your journal now"), window.lock)
        self.switch_action = self._action(
            self.tr("&Switch Profile…"), "Ctrl+Shift+L", self.tr("Lock your journal and choose who's writing"),
            window.switch_profile,
        )  # fmt: skip
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.tr("Lock and close Tandem"), window.close
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.export_action = self._action(
            self.tr("&Export…"), "Ctrl+Shift+E", self.tr("Export your journal as JSON, Markdown or PDF"),
            window.export_journal,
        )  # fmt: skip
        self.import_action = self._action(
            self.tr("&Import…"), "Ctrl+Shift+I", self.tr("Import entries from a Tandem, jrnl or Day One JSON export"),
            window.import_journal,
        )  # fmt: skip
        self.backup_action = self._action(
            self.tr("&Back Up Now"), "Ctrl+Shift+B", self.tr("Make an encrypted backup of your journal now"),
            window.back_up,
        )  # fmt: skip
        file_menu = window.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_profile_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.switch_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.go_actions: list[QAction] = []
        go_menu = window.menuBar().addMenu(self.tr("&Go"))
        for index, title in enumerate(PAGE_TITLES):
            section = page_title(title)
            action = self._action(
                "&" + section, f"Ctrl+{index + 1}", self.tr("Show {section}").format(section=section),
                lambda _c=False, i=index: window.go_to(i),
            )  # fmt: skip
            go_menu.addAction(action)
            self.go_actions.append(action)

        self.auto_lock_action = self._action(
            self.tr("&Auto-lock after…"), "Ctrl+Alt+L",
            self.tr("Choose how long Tandem waits without activity before it locks"), window.choose_auto_lock,
        )  # fmt: skip
        self.reminders_action = self._action(
            self.tr("&Reminders…"), "Ctrl+Alt+R",
            self.tr("Choose gentle reminders to write and to plan time together (off unless you turn them on)"),
            window.choose_reminders,
        )  # fmt: skip
        settings_menu = window.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.auto_lock_action)
        settings_menu.addAction(self.reminders_action)

    def _action(self, text: str, shortcut: QKeySequence | str, tip: str, slot: Callable[..., object]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def update(self, unlocked: bool) -> None:
        for action in (self.lock_action, self.auto_lock_action, self.export_action, self.import_action,
                       self.backup_action, *self.go_actions):  # fmt: skip
            action.setEnabled(unlocked)
