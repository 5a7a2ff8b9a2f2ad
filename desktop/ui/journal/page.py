"""Reflect: the journal page — the list and its search on the left, the editor on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import TandemError
from desktop.services.journal import DraftView, EntryQuery, EntryView, JournalService
from desktop.services.prompts import PromptDeck, load_prompts
from desktop.ui.journal.actions import build_actions
from desktop.ui.journal.calendar import EntryCalendar, OnThisDay
from desktop.ui.journal.delegate import EntryDelegate
from desktop.ui.journal.drafts import DraftOffer
from desktop.ui.journal.editor import EntryEditor
from desktop.ui.journal.entry_rows import heading_of
from desktop.ui.journal.filters import FilterBar
from desktop.ui.journal.list_model import EntryListModel
from desktop.ui.journal.trash import TrashDialog
from desktop.ui.widgets import hint


class MessageBar(QFrame):
    """A calm line above the list: "Moved to trash. Undo", or a problem to explain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Bring the entry back (Ctrl+Z in the list)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self.hide()

    def show_message(self, text: str, *, undo: bool = False) -> None:
        self.label.setText(text)
        self.undo_button.setVisible(undo)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_message("")


class JournalPage(QWidget):
    """Talks to the journal only through `JournalService`; `prepare_to_lock()` saves unsaved words."""

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._last_deleted: EntryView | None = None
        self._selecting = False

        self.filter_bar = FilterBar(journal.can_share)
        self.filter_bar.query_changed.connect(self.set_query)
        self.count_label = hint()
        self.message_bar = MessageBar()
        self.message_bar.undo_button.clicked.connect(self.undo_delete)
        self.model = EntryListModel(journal, self)
        self.model.total_changed.connect(self._show_count)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setAccessibleName(self.tr("Entries"))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long lines are elided
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.calendar = EntryCalendar(journal)
        self.calendar.day_chosen.connect(self.filter_bar.show_day)
        self.on_this_day = OnThisDay(journal)
        self.on_this_day.entry_chosen.connect(self.open_entry)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.calendar, self.tr("Calendar"))
        self.side_tabs.addTab(self.on_this_day, self.tr("On this day"))

        self.editor = EntryEditor(journal, PromptDeck(load_prompts()))
        self.editor.saved.connect(self._saved)
        self.draft_offer = DraftOffer()
        self.draft_offer.restore_requested.connect(self.restore_draft)
        self.draft_offer.discard_requested.connect(self.discard_draft)

        self.actions_ = build_actions(
            self, self.list_view, new_entry=self.new_entry, save=self.save, delete=self.delete_entry,
            undo_delete=self.undo_delete, find=self.filter_bar.focus_search, trash=self.show_trash,
            preview=self.editor.preview_check.toggle,
        )  # fmt: skip
        self._layout()
        self.model.reload()
        self.on_this_day.refresh()
        self.draft_offer.offer(journal.drafts())

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.message_bar)
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(self.list_view)
        left_split.addWidget(self.side_tabs)
        left_split.setStretchFactor(0, 3)
        left_split.setStretchFactor(1, 2)
        left_split.setChildrenCollapsible(False)
        left_layout.addWidget(left_split, 1)

        tools = QHBoxLayout()
        for action in (self.actions_.new_entry, self.actions_.delete, self.actions_.trash):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tools.addWidget(button)
        tools.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.editor, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.draft_offer)
        layout.addWidget(split, 1)

    # -- what the shell calls -------------------------------------------------------------------------

    def prepare_to_lock(self) -> None:
        """Save what is being written (or keep it as a draft) before the journal closes."""
        self.editor.flush()

    # -- actions ----------------------------------------------------------------------------------------

    def new_entry(self) -> None:
        self.editor.flush()
        self._select(None)
        self.editor.new_entry()
        self.editor.body_edit.setFocus()

    def save(self) -> None:
        self.editor.save()

    def open_entry(self, entry: EntryView) -> None:
        """Show an entry in the editor, first saving (or keeping as a draft) whatever was open."""
        if self.editor.entry_id == entry.id and not self.editor.dirty:
            return
        self.editor.flush()
        try:
            full = self.journal.get(entry.id)
        except TandemError as error:
            self.message_bar.show_message(str(error))
            return
        self.editor.load(full)
        self._select(entry.id)

    def delete_entry(self) -> None:
        entry = self._chosen_entry()
        if entry is None:
            self.message_bar.show_message(self.tr("Choose an entry to delete."))
            return
        if not entry.mine:
            if entry.author_name:
                self.message_bar.show_message(
                    self.tr("Only {author} can delete this entry.").format(author=entry.author_name)
                )
            else:
                self.message_bar.show_message(self.tr("Only your partner can delete this entry."))
            return
        row = self.list_view.currentIndex().row()
        try:
            self.journal.delete(entry.id)
        except TandemError as error:
            self.message_bar.show_message(str(error))
            return
        if self.editor.entry_id == entry.id:
            self.editor.forget()
        self._last_deleted = entry
        self._changed()
        self.message_bar.show_message(
            self.tr("Moved “{heading}” to the trash.").format(heading=heading_of(entry)), undo=True
        )
        if self.model.rowCount():  # the next entry, so that Delete can be pressed again
            self.list_view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def undo_delete(self) -> None:
        entry, self._last_deleted = self._last_deleted, None
        if entry is None:
            return
        try:
            self.journal.restore(entry.id)
        except TandemError as error:
            self.message_bar.show_message(str(error))
            return
        self.message_bar.clear()
        self._changed()
        self._select(entry.id)

    def show_trash(self) -> None:
        self.editor.flush()
        dialog = TrashDialog(self.journal, self)
        dialog.changed.connect(self._changed)
        dialog.open()

    def set_query(self, query: EntryQuery) -> None:
        self.model.set_query(query)

    def restore_draft(self, draft: DraftView) -> None:
        self.editor.flush()
        self._select(None)
        self.editor.load_draft(draft)
        self.editor.body_edit.setFocus()

    def discard_draft(self, draft: DraftView) -> None:
        self.journal.discard_draft(draft.id)

    # -- internals ----------------------------------------------------------------------------------------

    def _chosen_entry(self) -> EntryView | None:
        if self.list_view.hasFocus() or self.editor.entry_id is None:
            return self.model.entry_at(self.list_view.currentIndex().row())
        try:
            return self.journal.get(self.editor.entry_id)
        except TandemError:
            return None

    def _saved(self, entry: EntryView) -> None:
        self._changed()
        self._select(entry.id)

    def reload(self) -> None:
        """Entries were added elsewhere (an import): show them."""
        self._changed()

    def _changed(self) -> None:
        """Entries changed: list, calendar and "On this day" show them afresh."""
        self.model.reload()
        self.calendar.refresh()
        self.on_this_day.refresh()

    def _show_count(self, total: int) -> None:
        filtered = self.model.query != EntryQuery()
        count = f"{total:,}"
        if total == 0:
            text = self.tr("No entries match.") if filtered else self.tr("No entries yet. Write your first one.")
        elif total == 1:
            text = self.tr("1 entry")
        elif filtered:
            text = self.tr("{count} entries match").format(count=count)
        else:
            text = self.tr("{count} entries").format(count=count)
        self.count_label.setText(text)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        entry = self.model.entry_at(current.row())
        if entry is not None:
            self.open_entry(entry)

    def _select(self, entry_id: str | None) -> None:
        self._select_row(self.model.row_of(entry_id) if entry_id else -1)

    def _select_row(self, row: int) -> None:
        self._selecting = True
        try:
            selection = self.list_view.selectionModel()
            if row < 0:
                selection.clearCurrentIndex()
                selection.clearSelection()
            else:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
                selection.setCurrentIndex(self.model.index(row, 0), flags)
        finally:
            self._selecting = False
