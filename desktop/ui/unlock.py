"""Opening a profile: with its passphrase, or with the recovery key and a new passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import DamagedData, TandemError
from desktop.services.profiles import ProfileService, ProfileSummary, UnlockedProfile
from desktop.ui.passphrase_fields import NewPassphraseFields
from desktop.ui.widgets import BusyBar, Notice, center_column, colour_dot, heading, hint
from desktop.ui.workers import BackgroundCall, run_in_background

_COLUMN_WIDTH = 380


class UnlockPage(QWidget):
    """Emits `unlocked(UnlockedProfile)` on success; `back_requested` returns to the picker."""

    unlocked = Signal(object)
    back_requested = Signal()

    def __init__(
        self,
        profiles: ProfileService,
        parent: QWidget | None = None,
        restore: Callable[[str, str], UnlockedProfile] | None = None,
    ) -> None:
        """`restore(name, passphrase)` restores damaged journal files from backups and unlocks."""
        super().__init__(parent)
        self._profiles = profiles
        self._restore = restore
        self._profile: ProfileSummary | None = None
        self._call: BackgroundCall | None = None

        self.dot = QLabel()
        self.name_label = heading("", 1.6)
        title_row = QHBoxLayout()
        title_row.addWidget(self.dot)
        title_row.addWidget(self.name_label, 1)

        self.modes = QStackedWidget()
        self.modes.addWidget(self._build_passphrase_mode())
        self.modes.addWidget(self._build_recovery_mode())
        self.busy_bar = BusyBar()

        column = QWidget()
        column.setFixedWidth(_COLUMN_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.addLayout(title_row)
        column_layout.addWidget(self.modes)
        column_layout.addWidget(self.busy_bar)
        center_column(self, column)

    def _build_passphrase_mode(self) -> QWidget:
        page = QWidget()
        self.prompt = hint(self.tr("Enter your passphrase to open your journal."))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.error_label = Notice()
        self.restore_button = QPushButton(self.tr("Restore from Backup"))
        self.restore_button.setToolTip(self.tr("Put back the newest backup that opens; the damaged file is kept aside"))
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.restore_button.hide()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Choose another profile"))
        self.back_button.clicked.connect(self._go_back)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.forgot_button = QPushButton(self.tr("Forgot your passphrase? Use your recovery key"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.show_recovery_mode)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)  # the stack is as tall as the recovery form; keep this one packed at the top
        return page

    def _build_recovery_mode(self) -> QWidget:
        page = QWidget()
        intro = hint(
            self.tr(
                "Type the recovery key you saved when you created this profile, "
                "then choose a new passphrase. Your journal stays as it is."
            )
        )
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setPlaceholderText("ABCD-EFGH-…")
        self.recovery_edit.setAccessibleName(self.tr("Recovery key"))
        self.recovery_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery_edit.textChanged.connect(self._update_recovery_button)
        self.new_passphrase = NewPassphraseFields()
        self.new_passphrase.validity_changed.connect(self._update_recovery_button)
        self.recovery_error_label = Notice()
        self.recovery_back_button = QPushButton(self.tr("Back"))
        self.recovery_back_button.setToolTip(self.tr("Unlock with your passphrase instead"))
        self.recovery_back_button.clicked.connect(self.show_passphrase_mode)
        self.recover_button = QPushButton(self.tr("Unlock and set passphrase"))
        self.recover_button.setEnabled(False)
        self.recover_button.clicked.connect(self.recover)

        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Recovery key:")))
        layout.addWidget(self.recovery_edit)
        layout.addSpacing(6)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.recovery_error_label)
        layout.addLayout(buttons)
        return page

    # -- what the main window calls ------------------------------------------------------------

    def show_profile(self, profile: ProfileSummary) -> None:
        self.clear()
        self._profile = profile
        self.dot.setPixmap(colour_dot(profile.colour, 22))
        self.name_label.setText(profile.name)
        self.passphrase_edit.setFocus()

    def clear(self) -> None:
        """Forget everything typed and any unlock still running (its result is locked again)."""
        if self._call is not None:
            self._call.cancel()
            self._call = None
        self._profile = None
        self.name_label.clear()
        self.dot.clear()
        self.passphrase_edit.clear()
        self.recovery_edit.clear()
        self.new_passphrase.clear()
        self.error_label.clear_message()
        self.recovery_error_label.clear_message()
        self.restore_button.hide()
        self._set_busy(False)
        self.show_passphrase_mode()

    def show_passphrase_mode(self) -> None:
        self.modes.setCurrentIndex(0)
        self.recovery_error_label.clear_message()
        self.passphrase_edit.setFocus()

    def show_recovery_mode(self) -> None:
        self.modes.setCurrentIndex(1)
        self.error_label.clear_message()
        self.recovery_edit.setFocus()

    def unlock(self) -> None:
        if self._profile is None or self._call is not None:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.error_label.show_message(self.tr("Please type your passphrase."))
            return
        name = self._profile.name
        self._start(lambda: self._profiles.unlock(name, passphrase))

    def restore_from_backup(self) -> None:
        """After damage was found: restore with the passphrase typed again, never silently."""
        if self._profile is None or self._call is not None or self._restore is None:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.error_label.show_message(self.tr("Type your passphrase again, then choose Restore from Backup."))
            return
        name, restore = self._profile.name, self._restore
        self._start(lambda: restore(name, passphrase))

    def recover(self) -> None:
        if self._profile is None or self._call is not None:
            return
        name, key, new_passphrase = self._profile.name, self.recovery_edit.text(), self.new_passphrase.passphrase()
        profiles = self._profiles

        def unlock_and_rewrap() -> UnlockedProfile:
            unlocked = profiles.unlock_with_recovery_key(name, key)
            try:
                profiles.change_passphrase(unlocked, new_passphrase)
            except BaseException:
                unlocked.lock()
                raise
            return unlocked

        self._start(unlock_and_rewrap)

    # -- internals -------------------------------------------------------------------------------

    def _start(self, work: Callable[[], UnlockedProfile]) -> None:
        self.restore_button.hide()
        self.error_label.clear_message()
        self.recovery_error_label.clear_message()
        self._set_busy(True)
        self._call = run_in_background(
            work,
            on_success=self._succeeded,
            on_failure=self._failed,
            on_discard=lambda unlocked: unlocked.lock(),
        )

    def _succeeded(self, unlocked: UnlockedProfile) -> None:
        self._call = None
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.recovery_edit.clear()
        self.new_passphrase.clear()
        self.unlocked.emit(unlocked)

    def _failed(self, error: TandemError) -> None:
        self._call = None
        self._set_busy(False)
        if self.modes.currentIndex() == 0:
            self.passphrase_edit.clear()
            damaged = isinstance(error, DamagedData) and self._restore is not None
            self.restore_button.setVisible(damaged)
            if damaged:
                message = self.tr(
                    "{error} To restore the newest backup that opens, type your passphrase again and choose Restore."
                ).format(error=error)
            else:
                message = str(error)
            self.error_label.show_message(message)
            self.passphrase_edit.setFocus()
        else:
            self.recovery_error_label.show_message(str(error))
            self.recovery_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.modes.setEnabled(not busy)
        self.busy_bar.set_busy(busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))

    def _update_recovery_button(self) -> None:
        self.recover_button.setEnabled(bool(self.recovery_edit.text().strip()) and self.new_passphrase.is_valid())

    def _go_back(self) -> None:
        self.clear()
        self.back_requested.emit()
