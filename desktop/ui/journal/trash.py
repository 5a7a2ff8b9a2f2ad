"""The trash: entries this person deleted, to bring back one by one or remove for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import TandemError
from desktop.services.journal import JournalService
from desktop.ui.journal.delegate import EntryDelegate
from desktop.ui.journal.entry_rows import FixedEntryModel
from desktop.ui.widgets import Notice, hint


class TrashDialog(QDialog):
    """Emits `changed()` whenever an entry comes back or the trash is emptied."""

    changed = Signal()

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setWindowTitle(self.tr("Trash"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(460, 420)
        self.model = FixedEntryModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(EntryDelegate(self.view))
        self.view.setAccessibleName(self.tr("Entries in the trash"))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.summary = hint()
        self.error = Notice()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Put the chosen entry back in your journal"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        self.empty_button.setToolTip(self.tr("Delete everything in the trash for good"))
        self.empty_button.clicked.connect(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        entries = self._journal.trash()
        self.model.set_entries(entries)
        count = len(entries)
        if count == 0:
            self.summary.setText(self.tr("The trash is empty."))
        elif count == 1:
            self.summary.setText(self.tr("1 entry in the trash."))
        else:
            self.summary.setText(self.tr("{count} entries in the trash.").format(count=count))
        self._update_buttons()

    def restore_selected(self) -> None:
        entry = self.model.entry_at(self.view.currentIndex().row())
        if entry is None:
            return
        try:
            self._journal.restore(entry.id)
        except TandemError as error:
            self.error.show_message(str(error))
            return
        self.refresh()
        self.changed.emit()

    def empty(self) -> None:
        count = self.model.rowCount()
        if not count:
            return
        if count == 1:
            question = self.tr("Delete 1 entry for good? This cannot be undone.")
        else:
            question = self.tr("Delete {count} entries for good? This cannot be undone.").format(count=count)
        confirm = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Empty trash"), question, QMessageBox.StandardButton.Cancel, self
        )
        delete_button = confirm.addButton(self.tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        confirm.exec()
        if confirm.clickedButton() is not delete_button:
            return
        try:
            self._journal.empty_trash()
        except TandemError as error:
            self.error.show_message(str(error))
            return
        self.refresh()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.view.currentIndex().isValid())
        self.empty_button.setEnabled(self.model.rowCount() > 0)
