"""The main window: picker, unlock screen and the unlocked shell in one stack, with menus and locking."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.core.profile_rules import AUTO_LOCK_RANGE
from desktop.errors import DamagedData, TandemError
from desktop.services.container import Services
from desktop.services.profiles import ProfileSummary, UnlockedProfile
from desktop.ui.auto_lock import IdleWatcher
from desktop.ui.create_profile import CreateProfileWizard
from desktop.ui.help_menu import HelpMenu
from desktop.ui.main_menus import MainMenus
from desktop.ui.picker import PickerPage
from desktop.ui.shell import ShellWidget
from desktop.ui.unlock import UnlockPage
from desktop.ui.window_reminders import WindowReminders
from desktop.ui.window_state import WindowGeometry, open_ui_settings
from desktop.ui.workers import run_in_background

if TYPE_CHECKING:
    from desktop.services.balance import BalanceService
    from desktop.services.journal import JournalService

log = logging.getLogger(__name__)
_MINUTE_MS = 60_000
_BACKUP_CHECK_MS = 5 * _MINUTE_MS  # how often to ask whether an automatic backup is due (every 30 minutes)


class MainWindow(QMainWindow):
    """Holds at most one unlocked profile. `lock()` closes dialogs and drops every widget showing the profile.

    `idle_interval_ms` overrides the profile's auto-lock minutes (tests use a fraction of a second);
    `ui_settings` holds the window's geometry and the reminders (by default the INI file in the data dir).
    """

    profile_unlocked = Signal()
    profile_locked = Signal()

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        idle_interval_ms: int | None = None,
        ui_settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._unlocked: UnlockedProfile | None = None
        self.journal: JournalService | None = None
        self.balance: BalanceService | None = None
        self._idle_override_ms = idle_interval_ms
        self.shell: ShellWidget | None = None
        self.wizard: CreateProfileWizard | None = None
        self.ui_settings = ui_settings if ui_settings is not None else open_ui_settings(services.data_dir)
        self.ui_settings.setParent(self)
        self.geometry_memory = WindowGeometry(self.ui_settings)
        self.setWindowTitle("Tandem")
        if not self.geometry_memory.restore(self):
            self.resize(1100, 720)  # room for the journal: list, calendar and editor side by side

        self.idle_watcher = IdleWatcher(QApplication.instance(), idle_interval_ms or 5 * _MINUTE_MS, self)
        self.idle_watcher.idle.connect(self._lock_after_idle)

        self.picker = PickerPage(services.profiles)
        self.picker.profile_chosen.connect(self._show_unlock)
        self.picker.new_profile_requested.connect(self.new_profile)
        self.picker.welcome_requested.connect(self.show_welcome)
        self.unlock_page = UnlockPage(services.profiles, restore=services.restore_damaged_profile)
        self.unlock_page.unlocked.connect(self._enter)
        self.unlock_page.back_requested.connect(self.show_picker)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.picker)
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)
        self.menus = MainMenus(self)
        self.reminders = WindowReminders(self, self.ui_settings)
        self.reminders.start()
        self.help = HelpMenu(self, self.new_profile, lambda: self._unlocked is not None)
        self.statusBar()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(lambda: self.back_up(automatic=True))
        self.menus.update(self._unlocked is not None)

    # -- state ---------------------------------------------------------------------------------------

    @property
    def unlocked_profile(self) -> UnlockedProfile | None:
        return self._unlocked

    def set_idle_interval_ms(self, interval_ms: int | None) -> None:
        """Override the auto-lock time (None: use the profile's setting again)."""
        self._idle_override_ms = interval_ms
        if self._unlocked is not None:
            self.idle_watcher.set_interval_ms(self._idle_interval_ms())

    def _idle_interval_ms(self) -> int:
        if self._idle_override_ms is not None:
            return self._idle_override_ms
        assert self._unlocked is not None
        return self._unlocked.settings.auto_lock_minutes() * _MINUTE_MS

    def show_picker(self) -> None:
        self.unlock_page.clear()
        self.picker.refresh()
        self.stack.setCurrentWidget(self.picker)
        self.picker.focus_first()

    def _show_unlock(self, profile: ProfileSummary) -> None:
        self.unlock_page.show_profile(profile)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase_edit.setFocus()

    def _enter(self, unlocked: UnlockedProfile) -> None:
        if self._unlocked is not None:  # never two profiles open at once
            self.lock()
        try:
            journal = self._services.open_journal(unlocked)  # the couple vault, when paired: quick to open
        except TandemError as error:
            unlocked.lock()
            self._show_unlock(unlocked.profile)
            self.unlock_page.error_label.show_message(str(error))
            return
        try:
            balance = self._services.open_balance(unlocked)
        except TandemError as error:
            journal.close()
            unlocked.lock()
            self._show_unlock(unlocked.profile)
            self.unlock_page.error_label.show_message(str(error))
            self.unlock_page.restore_button.setVisible(isinstance(error, DamagedData))
            return
        # SQLModel: loaded once someone unlocks (matplotlib waits until a chart is shown)
        from desktop.ui.balance.page import BalancePage
        from desktop.ui.insights.page import InsightsPage
        from desktop.ui.journal import JournalPage
        from desktop.ui.quiz.page import QuizPage

        self._unlocked, self.journal, self.balance = unlocked, journal, balance
        self.unlock_page.clear()
        balance_page, insights_page = BalancePage(balance), InsightsPage(balance)
        balance_page.spans_changed.connect(insights_page.mark_stale)
        pages = {
            "Journal": JournalPage(journal),
            "Quiz": QuizPage(self._services.quizzes, unlocked),
            "Balance": balance_page,
            "Insights": insights_page,
        }
        self.shell = ShellWidget(unlocked.profile, pages)
        self.shell.lock_requested.connect(self.lock)
        self.stack.addWidget(self.shell)
        self.stack.setCurrentWidget(self.shell)
        self.shell.navigation.setFocus()
        self.idle_watcher.set_interval_ms(self._idle_interval_ms())
        self.idle_watcher.start()
        self.backup_timer.start()
        self.menus.update(self._unlocked is not None)
        self.statusBar().clearMessage()
        self.profile_unlocked.emit()

    # -- actions -------------------------------------------------------------------------------------

    def lock(self) -> None:
        """Save unsaved work, close dialogs, delete the shell, close the journal, lock the vault, show the picker."""
        self.idle_watcher.stop()
        self.backup_timer.stop()
        self.close_dialogs()
        if self.shell is not None:
            try:
                self.shell.prepare_to_lock()
            except Exception:  # locking must never fail; the draft saved by the autosave is still there
                log.exception("could not save unsaved work before locking")
            self.stack.removeWidget(self.shell)
            self.shell.hide()
            self.shell.deleteLater()
            self.shell = None
        journal, self.journal = self.journal, None
        if journal is not None:
            journal.close()
        balance, self.balance = self.balance, None
        if balance is not None:
            balance.close()
        unlocked, self._unlocked = self._unlocked, None
        if unlocked is not None:
            unlocked.lock()
        self.menus.update(self._unlocked is not None)
        self.show_picker()
        if unlocked is not None:
            self.profile_locked.emit()

    def switch_profile(self) -> None:
        self.lock()

    def close_dialogs(self) -> None:
        """Reject every open dialog (message boxes, input dialogs, the wizard) and close popup menus."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            elif isinstance(widget, QMenu) and widget.isVisible():
                widget.close()

    def new_profile(self) -> None:
        if self._unlocked is not None:
            self.lock()
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        self.wizard = CreateProfileWizard(self._services.profiles, self)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.profile_ready.connect(self._enter)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()

    def show_welcome(self) -> None:
        self.help.show_welcome()

    def open_guide(self, topic_id: str = "") -> None:
        """Show the Guide at a topic (an id or alias, e.g. `trust`, `control`, `secure`); views link here."""
        self.help.open_guide(topic_id)

    def _wizard_closed(self) -> None:
        self.wizard = None
        if self._unlocked is None:
            self.picker.refresh()

    def export_journal(self) -> None:
        if self._unlocked is None or self.journal is None:
            return
        from desktop.ui.export.dialog import ExportDialog

        dialog = ExportDialog(self._services.exports, self._unlocked, self.journal, self, balance=self.balance)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(dialog.result_message, 10_000))
        dialog.open()

    def import_journal(self) -> None:
        if self._unlocked is None:
            return
        from desktop.ui.export.import_dialog import ImportDialog

        services = self._services
        dialog = ImportDialog(services.imports, services.couples, self._unlocked, self.balance, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.open()

    def _imported(self, report: object) -> None:
        """Show what an import added: the journal list, the calendar, the Balance page."""
        if self.shell is None:
            return
        for title in ("Journal", "Balance"):
            reload = getattr(self.shell.page(title), "reload", None)
            if reload is not None:
                reload()

    def back_up(self, automatic: bool = False) -> None:
        """Now, or (from the timer) only when 30 minutes have passed since the last backup of a changed file."""
        if self._unlocked is None:
            return
        backups = self._services.backups
        keys = backups.keys_of(self._unlocked)  # taken now: the work may finish after a lock

        def done(report: object) -> None:
            if not automatic:
                message = self.tr("Backed up. The newest ten backups of each file are kept.")
                self.statusBar().showMessage(message, 10_000)

        work = (lambda: backups.backup_if_due(keys)) if automatic else (lambda: backups.backup_now(keys))
        run_in_background(work, on_success=done, on_failure=lambda error: self.statusBar().showMessage(str(error)))

    def go_to(self, index: int) -> None:
        if self.shell is not None:
            self.shell.show_page(index)

    def choose_auto_lock(self) -> None:
        unlocked = self._unlocked
        if unlocked is None:
            return
        settings = unlocked.settings
        low, high = AUTO_LOCK_RANGE
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Auto-lock"),
            self.tr("Lock Tandem after this many minutes without activity:"),
            settings.auto_lock_minutes(),
            low,
            high,
            1,
        )
        if not ok or self._unlocked is not unlocked:  # cancelled, or locked while the dialog was open
            return
        try:
            settings.set_auto_lock_minutes(minutes)
        except TandemError as error:
            QMessageBox.information(self, self.tr("Auto-lock"), str(error))
            return
        self.idle_watcher.set_interval_ms(self._idle_interval_ms())
        self.statusBar().showMessage(
            self.tr("Tandem will lock after {minutes} minutes without activity.").format(minutes=minutes), 5000
        )

    def choose_reminders(self) -> None:
        self.reminders.choose()

    def _lock_after_idle(self) -> None:
        self.lock()
        self.statusBar().showMessage(self.tr("Locked after a while without activity."), 10_000)

    def bring_to_front(self) -> None:
        """Another launch asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.geometry_memory.save(self)
        self.reminders.stop()
        self.lock()
        super().closeEvent(event)
