"""Choosing a new passphrase: typed twice, with a live strength estimate and hint."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from desktop.core.profile_rules import MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH, passphrase_strength
from desktop.ui.core_texts import strength_hint, strength_label
from desktop.ui.widgets import hint


class NewPassphraseFields(QWidget):
    """Two password fields; `is_valid()` once they match and are long enough. Emits `validity_changed`."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase_edit = QLineEdit()
        self.confirm_edit = QLineEdit()
        for edit, label in (
            (self.passphrase_edit, self.tr("New passphrase")),
            (self.confirm_edit, self.tr("Repeat passphrase")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(MAX_PASSPHRASE_LENGTH)
            edit.setAccessibleName(label)
            edit.textChanged.connect(self._update)

        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(6)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel()
        self.hint_label = hint()
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("New passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Repeat it:"), self.confirm_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.meter)
        layout.addWidget(self.strength_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.problem_label)
        self._valid = False
        self._update()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def is_valid(self) -> bool:
        return self._valid

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.confirm_edit.clear()

    def _update(self) -> None:
        first, second = self.passphrase_edit.text(), self.confirm_edit.text()
        strength = passphrase_strength(first)
        self.meter.setValue(strength.score if first else 0)
        shown = self.tr("Strength: {strength}").format(strength=strength_label(strength)) if first else ""
        self.strength_label.setText(shown)
        self.hint_label.setText(strength_hint(strength))
        if first and len(first) < MIN_PASSPHRASE_LENGTH:
            problem = self.tr("Use at least {count} characters.").format(count=MIN_PASSPHRASE_LENGTH)
        elif first and first.strip() != first:
            problem = self.tr("A passphrase cannot start or end with a space.")
        elif second and first != second:
            problem = self.tr("The two passphrases are not the same yet.")
        else:
            problem = ""
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        valid = len(first) >= MIN_PASSPHRASE_LENGTH and first == second and first.strip() == first
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
