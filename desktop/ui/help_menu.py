"""Help: the welcome, the Guide and the keyboard shortcuts, built from the window's own QActions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.guide import Guide
from desktop.ui.guide import GuideWindow
from desktop.ui.welcome import WelcomeDialog
from desktop.ui.widgets import hint


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(action, shortcuts, what it does) for every QAction with a shortcut under `window`, as the menus name them."""
    rows: dict[str, tuple[str, str, str]] = {}
    for action in window.findChildren(QAction):
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts() if not key.isEmpty()]
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        if keys and name:
            rows.setdefault(name, (name, ", ".join(keys), action.statusTip()))
    return sorted(rows.values(), key=lambda row: row[0].lower())


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], unlocked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(640, 520)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut"), self.tr("What it does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not unlocked:
            layout.addWidget(
                hint(self.tr("The journal's own shortcuts are listed here too once your journal is open."))
            )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class HelpMenu:
    """Adds the Help menu to `window`; `on_create_profile` is what the welcome's last button does."""

    def __init__(
        self, window: QMainWindow, on_create_profile: Callable[[], None], is_unlocked: Callable[[], bool]
    ) -> None:
        self._window = window
        self._on_create_profile = on_create_profile
        self._is_unlocked = is_unlocked
        self._guide: Guide | None = None  # read from resources/ on first use
        self.guide_window: GuideWindow | None = None
        self.welcome: WelcomeDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None

        self.guide_action = self._action(
            QCoreApplication.translate("HelpMenu", "&Guide"),
            ["Ctrl+Shift+H"],
            QCoreApplication.translate("HelpMenu", "Short texts on the qualities, tips and attachment tendencies"),
            lambda: self.open_guide(""),
        )
        self.shortcuts_action = self._action(
            QCoreApplication.translate("HelpMenu", "&Keyboard Shortcuts"),
            [QKeySequence.StandardKey.HelpContents, "Ctrl+/"],
            QCoreApplication.translate("HelpMenu", "List every keyboard shortcut"),
            self.show_shortcuts,
        )
        self.welcome_action = self._action(
            QCoreApplication.translate("HelpMenu", "&Welcome"),
            ["Ctrl+F1"],
            QCoreApplication.translate("HelpMenu", "What Tandem is for, and how your privacy works"),
            self.show_welcome,
        )
        menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
        for action in (self.guide_action, self.shortcuts_action, self.welcome_action):
            menu.addAction(action)

    def _action(self, text: str, keys: list, tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def open_guide(self, topic_id: str = "") -> None:
        if self._guide is None:
            self._guide = Guide()
        if self.guide_window is None:
            self.guide_window = GuideWindow(self._guide, self._window)
            self.guide_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.guide_window.destroyed.connect(lambda _=None, w=self.guide_window: self._forget(w))
        if topic_id:
            self.guide_window.show_topic(topic_id)
        self.guide_window.show()
        self.guide_window.raise_()
        self.guide_window.activateWindow()

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(shortcut_rows(self._window), self._is_unlocked(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.destroyed.connect(lambda _=None, w=dialog: self._forget(w))
        dialog.open()

    def show_welcome(self) -> None:
        if self.welcome is None:
            self.welcome = WelcomeDialog(self._window)
            self.welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.welcome.create_profile_requested.connect(self._on_create_profile)
            self.welcome.destroyed.connect(lambda _=None, w=self.welcome: self._forget(w))
        self.welcome.open()

    def _forget(self, gone: QDialog) -> None:
        """A dialog was deleted after closing: forget it, unless a newer one has taken its place."""
        for name in ("guide_window", "shortcuts_dialog", "welcome"):
            if getattr(self, name) is gone:
                setattr(self, name, None)
