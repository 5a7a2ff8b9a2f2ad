"""The reminders of a running window: the schedule, the tray icon or in-window message, and the settings dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt

from desktop.core.reminders import ReminderPlan
from desktop.ui.reminders import ReminderPresenter, ReminderScheduler, ReminderSettings
from desktop.ui.reminders_dialog import RemindersDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_IN_WINDOW_MS = 2 * 60 * 1000  # a status-bar reminder stays long enough to be seen on coming back to the screen


class WindowReminders(QObject):
    """Runs while the window does, locked or not: reminders hold no journal text and need no vault."""

    def __init__(self, window: MainWindow, settings: QSettings, *, use_tray: bool | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.settings = ReminderSettings(settings)
        self.scheduler = ReminderScheduler(self.settings, parent=self)
        self.presenter = ReminderPresenter(
            lambda text: window.statusBar().showMessage(text, _IN_WINDOW_MS), self, use_tray=use_tray
        )
        self.scheduler.reminder_due.connect(self.presenter.show_reminder)
        self.presenter.settings_requested.connect(self.choose)
        self.presenter.open_requested.connect(window.bring_to_front)
        self.presenter.set_reminders_on(self.settings.plan().any_enabled)
        self.dialog: RemindersDialog | None = None

    def start(self) -> None:
        self.scheduler.start()

    def stop(self) -> None:
        self.scheduler.stop()
        self.presenter.close()

    def choose(self) -> None:
        """Open the Reminders dialog (one at a time)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self.dialog = RemindersDialog(self.settings, self._window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.plan_saved.connect(self._plan_saved)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.open()

    def _plan_saved(self, plan: ReminderPlan) -> None:
        self.presenter.set_reminders_on(plan.any_enabled)
        self.scheduler.check_now()

    def _forget_dialog(self) -> None:
        self.dialog = None
