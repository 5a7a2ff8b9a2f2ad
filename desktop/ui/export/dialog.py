"""The Export dialog: choose a format and a place, see it is not encrypted (or set a password), watch progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.exchange.export import NOT_ENCRYPTED_WARNING, ExportService
from desktop.services.journal import JournalService
from desktop.services.profiles import UnlockedProfile
from desktop.ui.export.pdf import write_pdf
from desktop.ui.export.progress import TaskDialog
from desktop.ui.passphrase_fields import NewPassphraseFields
from desktop.ui.widgets import Notice, hint

if TYPE_CHECKING:
    from desktop.services.balance import BalanceService

# (label, format, suffix or "" for a folder); labels are translated where they are shown
FORMATS = (
    (QT_TRANSLATE_NOOP("ExportDialog", "JSON, encrypted with a password (recommended)"), "sealed", ".tandem"),
    (QT_TRANSLATE_NOOP("ExportDialog", "JSON (complete, can be imported again)"), "json", ".json"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Markdown, one file"), "markdown", ".md"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Markdown, a folder with one file per entry"), "markdown-folder", ""),
    (QT_TRANSLATE_NOOP("ExportDialog", "PDF, to print"), "pdf", ".pdf"),
)


class ExportDialog(TaskDialog):
    def __init__(
        self,
        exports: ExportService,
        unlocked: UnlockedProfile,
        journal: JournalService,
        parent: QWidget | None = None,
        balance: BalanceService | None = None,
    ) -> None:
        super().__init__(unlocked, parent)
        self.setWindowTitle(self.tr("Export Journal"))
        self._exports, self._journal, self._balance = exports, journal, balance
        self._target = Path()
        self.result_message = ""

        self.format_box = QComboBox()
        for label, _fmt, _suffix in FORMATS:
            self.format_box.addItem(QCoreApplication.translate("ExportDialog", label))
        self.format_box.setAccessibleName(self.tr("Format"))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Export to"))
        self.path_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.password = NewPassphraseFields()
        self.password.validity_changed.connect(self._update_buttons)
        self.warning = Notice()
        self.progress_bar.setAccessibleName(self.tr("Export progress"))

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Export to:"), path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Your entries, their tags and moods, your quiz results and your time spans.")))
        layout.addLayout(form)
        layout.addWidget(self.password)
        layout.addWidget(self.warning)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self._format_changed()

    @property
    def chosen_format(self) -> str:
        return FORMATS[self.format_box.currentIndex()][1]

    def _format_changed(self) -> None:
        fmt, suffix = FORMATS[self.format_box.currentIndex()][1:]
        encrypted = fmt == "sealed"
        self.password.setVisible(encrypted)
        if encrypted:
            self.warning.clear_message()
        else:
            self.warning.show_message(NOT_ENCRYPTED_WARNING)
        current = self.path_edit.text().strip()
        if current:
            stem = Path(current).with_suffix("")
        else:
            stem = Path.home() / self.tr("{name} journal").format(name=self._unlocked.profile.name)
        self.path_edit.setText(str(stem) + suffix)
        self._update_buttons()

    def _browse(self) -> None:
        suffix = FORMATS[self.format_box.currentIndex()][2]
        if not suffix:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export into a new folder"))
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(), f"*{suffix}")
        if chosen:
            self.path_edit.setText(chosen)

    def _update_buttons(self) -> None:
        ready = bool(self.path_edit.text().strip()) and (self.chosen_format != "sealed" or self.password.is_valid())
        self.export_button.setEnabled(ready and self._task is None)

    def start_export(self) -> None:
        if self._task is not None:
            return
        path, fmt = Path(self.path_edit.text().strip()).expanduser(), self.chosen_format
        password = self.password.passphrase() if fmt == "sealed" else None
        exports, unlocked, journal, balance = self._exports, self._unlocked, self._journal, self._balance
        title = self.tr("{name}’s journal").format(name=unlocked.profile.name)

        def work(progress):
            if fmt == "pdf":
                # Laid out and printed here too, off the GUI thread: a long journal takes seconds.
                write_pdf(exports.journal_markdown(unlocked, journal, progress, balance), path, title, progress)
                return path
            return exports.export(unlocked, journal, path, fmt, password=password, progress=progress, balance=balance)  # type: ignore[arg-type]

        self._target = path
        self._run(work, what="The export")

    def _succeeded(self, result: object) -> None:
        self._task_over()
        self.result_message = self.tr("Exported to {path}.").format(path=self._target)
        self.accept()  # also after a lock: the file was complete before it

    def _stopped_by_lock_message(self) -> str:
        return self.tr("The export was stopped because Tandem locked. Nothing was written.")
