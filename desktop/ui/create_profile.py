"""The create-profile wizard: name and colour, passphrase, then the recovery key, saved on purpose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.profile_rules import MAX_NAME_LENGTH, PROFILE_COLOURS, clean_name
from desktop.errors import ProfileExists, TandemError
from desktop.services.profiles import ProfileService, UnlockedProfile
from desktop.store.crypto import new_recovery_key
from desktop.ui.passphrase_fields import NewPassphraseFields
from desktop.ui.widgets import BusyBar, Notice, colour_icon, scaled_font
from desktop.ui.workers import BackgroundCall, run_in_background

_COLOUR_NAMES = {
    "#3b7dd8": QT_TRANSLATE_NOOP("NamePage", "Blue"),
    "#d0505f": QT_TRANSLATE_NOOP("NamePage", "Red"),
    "#2f9e6e": QT_TRANSLATE_NOOP("NamePage", "Green"),
    "#c98a1b": QT_TRANSLATE_NOOP("NamePage", "Amber"),
    "#8a5cc7": QT_TRANSLATE_NOOP("NamePage", "Purple"),
    "#2aa3b3": QT_TRANSLATE_NOOP("NamePage", "Teal"),
}


class NamePage(QWizardPage):
    def __init__(self, profiles: ProfileService) -> None:
        super().__init__()
        self._profiles = profiles
        self.setTitle(self.tr("Your name and colour"))
        self.setSubTitle(self.tr("This is what the “Who's writing?” screen shows. Anyone at this computer can see it."))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("Your first name or a nickname"))
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.name_edit.textChanged.connect(self._name_changed)

        self.colour_group = QButtonGroup(self)
        swatches = QHBoxLayout()
        for index, colour in enumerate(PROFILE_COLOURS):
            swatch = QToolButton()
            swatch.setCheckable(True)
            swatch.setIcon(colour_icon(colour, 26))
            swatch.setIconSize(QSize(26, 26))
            swatch.setAutoRaise(True)
            label = self.tr(_COLOUR_NAMES[colour]) if colour in _COLOUR_NAMES else colour
            swatch.setAccessibleName(self.tr("Colour: {colour}").format(colour=label))
            swatch.setToolTip(label)
            self.colour_group.addButton(swatch, index)
            swatches.addWidget(swatch)
        swatches.addStretch(1)
        self.colour_group.button(0).setChecked(True)
        self.error_label = Notice()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Name:")))
        layout.addWidget(self.name_edit)
        layout.addSpacing(10)
        layout.addWidget(QLabel(self.tr("Colour:")))
        layout.addLayout(swatches)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def colour(self) -> str:
        return PROFILE_COLOURS[max(self.colour_group.checkedId(), 0)]

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.name())

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        try:
            name = clean_name(self.name_edit.text())
            taken = {summary.name.casefold() for summary in self._profiles.list_profiles()}
            if name.casefold() in taken:
                raise ProfileExists(name)
        except TandemError as error:
            self.error_label.show_message(str(error))
            return False
        return True

    def _name_changed(self) -> None:
        self.error_label.clear_message()
        self.completeChanged.emit()


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "It locks your journal so that only you can read it. Nobody can look it up for you, "
                "so pick one you will remember."
            )
        )
        self.fields = NewPassphraseFields()
        self.fields.validity_changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.fields.passphrase_edit.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.fields.is_valid()


class RecoveryKeyPage(QWizardPage):
    """Shows the recovery key; Finish creates and unlocks the profile off the GUI thread."""

    def __init__(self, profiles: ProfileService) -> None:
        super().__init__()
        self._profiles = profiles
        self._call: BackgroundCall | None = None
        self._created: UnlockedProfile | None = None
        self.recovery_key = ""
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If you ever forget your passphrase, this key is the only way back into your journal. "
                "It is shown only now."
            )
        )
        self.key_label = QLabel()
        key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        key_font.setPointSizeF(max(key_font.pointSizeF(), 10) * 1.35)
        self.key_label.setFont(key_font)
        self.key_label.setWordWrap(True)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.key_label.setMargin(14)

        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the recovery key to the clipboard"))
        self.copy_button.clicked.connect(self.copy_key)
        self.save_button = QPushButton(self.tr("Save to file…"))
        self.save_button.setToolTip(self.tr("Save the recovery key as a text file, e.g. on a USB stick"))
        self.save_button.clicked.connect(self.save_key)
        self.status_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status_label, 1)

        self.saved_check = QCheckBox(self.tr("I have saved my recovery key somewhere safe"))
        self.saved_check.setFont(scaled_font(self.saved_check, 1.0, bold=True))
        self.saved_check.toggled.connect(self.completeChanged)
        self.error_label = Notice()
        self.busy_bar = BusyBar()

        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addSpacing(10)
        layout.addWidget(self.saved_check)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        if not self.recovery_key:  # going Back and Next again keeps the key the person may have saved
            self.recovery_key = new_recovery_key()
        self.key_label.setText(self.recovery_key)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.saved_check.isChecked() and self._call is None

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.status_label.setText(self.tr("Copied."))

    def save_key(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery key"), self.tr("Tandem recovery key.txt"), self.tr("Text files (*.txt)")
        )
        if not path:
            return
        try:
            Path(path).write_text(self.recovery_key_text(), encoding="utf-8")
        except OSError as error:
            self.status_label.setText("")
            self.error_label.show_message(
                self.tr("Could not save the file: {reason}.").format(reason=error.strerror or error)
            )
            return
        self.error_label.clear_message()
        self.status_label.setText(self.tr("Saved."))

    def recovery_key_text(self) -> str:
        name = self.field_name()
        return self.tr(
            "Tandem recovery key for the profile “{name}”\n\n"
            "    {key}\n\n"
            "With this key you can open the journal if the passphrase is forgotten.\n"
            "Keep it somewhere safe and private, away from this computer.\n"
        ).format(name=name, key=self.recovery_key)

    def field_name(self) -> str:
        return self.wizard().name_page.name()  # type: ignore[attr-defined]

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self._created is not None:
            return True
        if self._call is None:
            self._start_creating()
        return False

    def take_created(self) -> UnlockedProfile | None:
        created, self._created = self._created, None
        return created

    def cancel(self) -> None:
        """Stop waiting for a creation in progress; a profile it unlocks is locked again at once."""
        if self._call is not None:
            self._call.cancel()
            self._call = None

    def _start_creating(self) -> None:
        wizard = self.wizard()
        name, colour = wizard.name_page.name(), wizard.name_page.colour()  # type: ignore[attr-defined]
        passphrase = wizard.passphrase_page.fields.passphrase()  # type: ignore[attr-defined]
        key, profiles = self.recovery_key, self._profiles

        def create_and_unlock() -> UnlockedProfile:
            created = profiles.create_profile(name, colour, passphrase, recovery_key=key)
            return profiles.unlock(created.profile.name, passphrase)

        self.error_label.clear_message()
        self._call = run_in_background(
            create_and_unlock, self._created_ok, self._creation_failed, on_discard=lambda u: u.lock()
        )
        self._set_busy(True)

    def _created_ok(self, unlocked: UnlockedProfile) -> None:
        self._call = None
        self._created = unlocked
        self._set_busy(False)
        self.wizard().accept()

    def _creation_failed(self, error: TandemError) -> None:
        self._call = None
        self._set_busy(False)
        self.error_label.show_message(str(error))

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.set_busy(busy)
        self.saved_check.setEnabled(not busy)
        self.wizard().button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        self.completeChanged.emit()


class CreateProfileWizard(QWizard):
    """Emits `profile_ready(UnlockedProfile)` once the new profile exists and is unlocked."""

    profile_ready = Signal(object)

    def __init__(self, profiles: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New profile"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create profile"))
        self.setMinimumSize(560, 460)
        self.name_page = NamePage(profiles)
        self.passphrase_page = PassphrasePage()
        self.recovery_page = RecoveryKeyPage(profiles)
        for page in (self.name_page, self.passphrase_page, self.recovery_page):
            self.addPage(page)

    def done(self, result: int) -> None:
        accepted = result == QDialog.DialogCode.Accepted
        # QWizard.done() validates the page on Finish; our validation starts creating and accepts again when done.
        if accepted and not self.validateCurrentPage():
            return
        created = self.recovery_page.take_created()
        self.recovery_page.cancel()
        # Nothing typed here should outlive the wizard.
        self.passphrase_page.fields.clear()
        self.recovery_page.recovery_key = ""
        self.recovery_page.key_label.clear()
        if accepted:
            QDialog.done(self, result)  # already validated
        else:
            super().done(result)
        if created is not None and accepted:
            self.profile_ready.emit(created)
        elif created is not None:
            created.lock()
