"""The Import dialog: choose what kind of file and which one, import it off the GUI thread, read the report.

The work runs on the thread pool through `ProgressTask` (as exports do): it reports progress and can be
cancelled until the first write. Close while it runs stops it while it is still reading (nothing is added
then); a second Close closes. See `TaskDialog` for locking.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.exchange.importer import ImportReport, ImportService
from desktop.services.exchange.sources import SOURCE_NAMES, Source
from desktop.ui.export.progress import TaskDialog
from desktop.ui.widgets import hint

if TYPE_CHECKING:
    from desktop.services.balance import BalanceService
    from desktop.services.couples import CoupleService
    from desktop.services.profiles import UnlockedProfile

SOURCES: tuple[Source, ...] = ("tandem", "jrnl", "dayone")


class ImportDialog(TaskDialog):
    """`imported(report)` once something may have been added, so the pages can show it."""

    imported = Signal(object)

    def __init__(
        self,
        imports: ImportService,
        couples: CoupleService,
        unlocked: UnlockedProfile,
        balance: BalanceService | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(unlocked, parent)
        self.setWindowTitle(self.tr("Import"))
        self._imports, self._couples, self._balance = imports, couples, balance
        self.report: ImportReport | None = None

        self.source_box = QComboBox()
        for source in SOURCES:
            self.source_box.addItem(f"{SOURCE_NAMES[source]} (JSON)")  # a product's name and a format's
        self.source_box.setAccessibleName(self.tr("Import from"))
        self.source_box.currentIndexChanged.connect(self._source_changed)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("The file to import"))
        self.path_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password of an encrypted export"))
        self.password_edit.setPlaceholderText(self.tr("Only for an encrypted export"))
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Import report"))
        self.report_view.hide()

        form = QFormLayout()
        form.addRow(self.tr("Import from:"), self.source_box)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Password:"), self.password_edit)
        self._form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(self.tr("Entries already in your journal are skipped, so importing a file twice adds nothing."))
        )
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self._source_changed()

    @property
    def chosen_source(self) -> Source:
        return SOURCES[self.source_box.currentIndex()]

    def _source_changed(self) -> None:
        self._form.setRowVisible(self.password_edit, self.chosen_source == "tandem")
        self._update_buttons()

    def _browse(self) -> None:
        filters = ";;".join(
            (
                self.tr("Exports ({patterns})").format(patterns="*.json *.tandem"),
                self.tr("All files ({patterns})").format(patterns="*"),
            )
        )
        start = self.path_edit.text() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), start, filters)
        if chosen:
            self.path_edit.setText(chosen)

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(bool(self.path_edit.text().strip()) and self._task is None)

    def start_import(self) -> None:
        if self._task is not None:
            return
        path, source = Path(self.path_edit.text().strip()).expanduser(), self.chosen_source
        password = (self.password_edit.text() or None) if source == "tandem" else None
        imports, couples, unlocked, balance = self._imports, self._couples, self._unlocked, self._balance

        def work(progress) -> ImportReport:
            batch = imports.read(path, source, password)
            shared = couples.open_couple_vault(unlocked)
            try:
                return imports.import_batch(unlocked, shared, batch, progress, balance=balance)
            finally:
                if shared is not None:
                    shared.close()

        self.report_view.hide()
        self._run(work, what="The import")

    def _succeeded(self, report: ImportReport) -> None:
        self._task_over()
        self.report = report
        lines = [report.summary(), *report.reasons, *report.notes]
        self.report_view.setPlainText("\n".join(lines))
        self.report_view.show()
        self._update_buttons()
        self.imported.emit(report)
        if self._unlocked.is_locked:  # it was writing when Tandem locked, so it finished
            self._close_after_lock(
                self.tr("The import finished before Tandem locked. {summary}").format(summary=report.summary())
            )

    def _stopped_by_lock_message(self) -> str:
        return self.tr("The import was stopped because Tandem locked. Nothing was imported.")
