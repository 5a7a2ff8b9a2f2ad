"""Writing one entry: date, title, Markdown body with a preview, mood, tags and sharing; never losing a word.

Every change restarts a short timer; when it fires, what the editor holds is saved as a draft.
`flush()` (on lock and on close) saves the entry if it is valid, and otherwise keeps the draft.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entry_rules import MOODS
from desktop.errors import TandemError
from desktop.services.journal import DraftView, EntryNotFound, EntryView, JournalService
from desktop.services.prompts import PromptDeck
from desktop.ui.journal.drafts import EditorContent
from desktop.ui.journal.tag_picker import TagPicker
from desktop.ui.widgets import Notice, hint

AUTOSAVE_MS = 1500  # a draft is on disk within two seconds of the last keystroke
_PREVIEW_MS = 250
NOT_PAIRED_TIP = "Sharing needs a partner: pair your profile with your partner's to share entries."


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


class EntryEditor(QWidget):
    """Emits `saved(EntryView)` after a save and `draft_saved()` after an autosave."""

    saved = Signal(object)
    draft_saved = Signal()

    def __init__(self, journal: JournalService, prompts: PromptDeck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._prompts = prompts
        self.entry_id: str | None = None
        self.draft_id = uuid.uuid4().hex
        self.dirty = False
        self.read_only = False
        self._loading = False

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_draft)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(_PREVIEW_MS)
        self._preview_timer.timeout.connect(self._render_preview)

        self._build()
        for signal in (
            self.when_edit.dateTimeChanged,
            self.title_edit.textChanged,
            self.body_edit.textChanged,
            self.mood_combo.currentIndexChanged,
            self.tag_picker.tags_changed,
            self.share_check.toggled,
        ):
            signal.connect(self._changed)
        self.body_edit.textChanged.connect(self._preview_timer.start)
        self.new_entry()

    def _build(self) -> None:
        self.read_only_notice = Notice()
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when_edit.setAccessibleName("Date and time")
        self.when_edit.setToolTip("When this happened; earlier dates are fine")
        self.mood_combo = QComboBox()
        self.mood_combo.setAccessibleName("Mood")
        self.mood_combo.addItem("No mood", None)
        for value, label in MOODS.items():
            self.mood_combo.addItem(f"{value} · {label}", value)
        self.share_check = QCheckBox("Share with partner")
        self.share_check.setToolTip("Your partner can read shared entries; only you can change them.")
        if not self._journal.can_share:
            self.share_check.setEnabled(False)
            self.share_check.setToolTip(NOT_PAIRED_TIP)
        top = QHBoxLayout()
        top.addWidget(self.when_edit)
        top.addWidget(self.mood_combo)
        top.addStretch(1)
        top.addWidget(self.share_check)

        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setForegroundRole(self.prompt_label.palette().ColorRole.PlaceholderText)
        self.prompt_label.setAccessibleName("Writing prompt")
        self.new_prompt_button = QPushButton("New prompt")
        self.new_prompt_button.setToolTip("Show another idea to write about")
        self.new_prompt_button.clicked.connect(self.next_prompt)
        self.prompt_row = QWidget()
        prompt_layout = QHBoxLayout(self.prompt_row)
        prompt_layout.setContentsMargins(0, 0, 0, 0)
        prompt_layout.addWidget(self.prompt_label, 1)
        prompt_layout.addWidget(self.new_prompt_button)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Title (optional)")
        self.title_edit.setAccessibleName("Title")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText("Write here. Markdown works: *emphasis*, **strong**, - lists, # headings.")
        self.body_edit.setAccessibleName("Entry text")
        self.body_edit.setTabChangesFocus(True)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Preview")
        self.preview.setOpenExternalLinks(False)
        self.preview.setOpenLinks(False)
        self.text_split = QSplitter(Qt.Orientation.Horizontal)
        self.text_split.addWidget(self.body_edit)
        self.text_split.addWidget(self.preview)
        self.text_split.setChildrenCollapsible(False)
        self.preview_check = QCheckBox("Preview")
        self.preview_check.setToolTip("Show the text as it reads, beside what you write")
        self.preview_check.setChecked(True)
        self.preview_check.toggled.connect(self._show_preview)

        self.tag_picker = TagPicker()
        self.error = Notice()
        self.state_label = hint()
        self.save_button = QPushButton("Save")
        self.save_button.setDefault(False)
        self.save_button.setToolTip("Save this entry (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state_label, 1)
        bottom.addWidget(self.preview_check)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.read_only_notice)
        layout.addLayout(top)
        layout.addWidget(self.prompt_row)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.text_split, 1)
        layout.addWidget(self.tag_picker)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    # -- what the page calls ---------------------------------------------------------------------------

    def new_entry(self) -> None:
        """An empty entry dated now, with a fresh prompt."""
        self._fill(EditorContent(_now(), "", "", None, (), False), entry_id=None, read_only=False)
        self.next_prompt()
        self.prompt_row.show()
        self.state_label.setText("New entry")

    def load(self, entry: EntryView) -> None:
        """Show a saved entry: editable when it is this person's, read-only when the partner's."""
        content = EditorContent(entry.written_at, entry.title, entry.body, entry.mood, entry.tags, entry.shared)
        self._fill(content, entry_id=entry.id, read_only=not entry.mine)
        self.prompt_row.hide()
        if entry.mine:
            self.state_label.setText(f"Saved · {'shared' if entry.shared else 'private'}")
        else:
            author = entry.author_name or "your partner"
            self.state_label.setText(f"Shared by {author}")
            self.read_only_notice.show_message(f"{author} shared this entry with you. Only {author} can change it.")

    def load_draft(self, draft: DraftView) -> None:
        """Bring back unsaved work; it stays a draft (and unsaved) until saved."""
        self._fill(EditorContent.from_draft(draft.content), entry_id=draft.entry_id, read_only=False)
        self.draft_id = draft.id
        self.dirty = True
        self.prompt_row.hide()
        self.state_label.setText("Restored draft · not saved yet")

    def content(self) -> EditorContent:
        return EditorContent(
            written_at=self.when_edit.dateTime().toPython().replace(second=0, microsecond=0),  # type: ignore[union-attr]
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            mood=self.mood_combo.currentData(),
            tags=self.tag_picker.tags(),
            shared=self.share_check.isChecked(),
        )

    def is_empty(self) -> bool:
        content = self.content()
        return not (content.title.strip() or content.body.strip() or content.tags or content.mood)

    def save(self) -> EntryView | None:
        """Save the entry; a problem is shown in place and the draft is kept. Returns the saved entry."""
        if self.read_only:
            return None
        self.autosave_timer.stop()
        entry = self.content().to_input()
        try:
            if self.entry_id is None:
                view = self._journal.create(entry)
            else:
                try:
                    view = self._journal.update(self.entry_id, entry)
                except EntryNotFound:  # deleted for good while this was open: keep the words as a new entry
                    view = self._journal.create(entry)
        except TandemError as error:
            self.error.show_message(str(error))
            self.save_draft()
            return None
        self._journal.discard_draft(self.draft_id)
        self.load(view)
        self.saved.emit(view)
        return view

    def save_draft(self) -> None:
        self.autosave_timer.stop()
        if self.read_only or not self.dirty:
            return
        if self.entry_id is None and self.is_empty():
            self._journal.discard_draft(self.draft_id)
            return
        self._journal.save_draft(self.draft_id, self.entry_id, self.content().to_draft())
        self.state_label.setText(f"Draft kept · {datetime.now():%H:%M}")
        self.draft_saved.emit()

    def flush(self) -> None:
        """Before a lock or a close: save the entry if it is valid, otherwise keep the draft."""
        if self.read_only or not self.dirty:
            return
        if self.entry_id is None and self.is_empty():
            self.save_draft()
            return
        self.save()

    def forget(self) -> None:
        """The entry shown was deleted: start a new one without saving anything."""
        self.autosave_timer.stop()
        self._journal.discard_draft(self.draft_id)
        self.new_entry()

    def next_prompt(self) -> None:
        prompt = self._prompts.next()
        self.prompt_label.setText(f"{prompt.theme}: {prompt.text}")

    # -- internals -----------------------------------------------------------------------------------------

    def _fill(self, content: EditorContent, *, entry_id: str | None, read_only: bool) -> None:
        self.autosave_timer.stop()
        self._loading = True
        try:
            self.entry_id = entry_id
            self.draft_id = uuid.uuid4().hex
            latest = QDateTime.currentDateTime().addDays(1)
            self.when_edit.setMaximumDateTime(latest)
            self.when_edit.setDateTime(QDateTime(content.written_at))
            self.title_edit.setText(content.title)
            self.body_edit.setPlainText(content.body)
            self.mood_combo.setCurrentIndex(max(self.mood_combo.findData(content.mood), 0))
            self.tag_picker.set_tags(content.tags)
            self.share_check.setChecked(content.shared and self._journal.can_share)
            self._set_read_only(read_only)
            self.error.clear_message()
            self.read_only_notice.clear_message()
            self._render_preview()
        finally:
            self._loading = False
        self.dirty = False

    def _set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in (self.title_edit, self.body_edit):
            widget.setReadOnly(read_only)
        self.when_edit.setReadOnly(read_only)
        for widget in (self.mood_combo, self.tag_picker, self.save_button):
            widget.setEnabled(not read_only)
        self.share_check.setEnabled(not read_only and self._journal.can_share)

    def _changed(self) -> None:
        if self._loading or self.read_only:
            return
        self.dirty = True
        self.error.clear_message()
        self.autosave_timer.start()  # restarted on each change

    def _render_preview(self) -> None:
        if self.preview_check.isChecked():
            self.preview.setMarkdown(self.body_edit.toPlainText())

    def _show_preview(self, shown: bool) -> None:
        self.preview.setVisible(shown)
        if shown:
            self._render_preview()
