"""Writing one entry: date, title, Markdown body with a preview, mood, tags and sharing; never losing a word.

Every change restarts a short timer; when it fires, what the editor holds is saved as a draft.
`flush()` (on lock and on close) saves the entry if it is valid, and otherwise keeps the draft.
"""

from __future__ import annotations

import html
import uuid
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
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
from desktop.services.guide import guide_link
from desktop.services.journal import DraftView, EntryNotFound, EntryView, JournalService
from desktop.services.prompts import Prompt, PromptDeck
from desktop.ui.core_texts import mood_label
from desktop.ui.guide import follow_guide_link
from desktop.ui.journal.drafts import EditorContent
from desktop.ui.journal.tag_picker import TagPicker
from desktop.ui.widgets import Notice, hint

AUTOSAVE_MS = 1500  # a draft is on disk within two seconds of the last keystroke
_PREVIEW_MS = 250
NOT_PAIRED_TIP = QT_TRANSLATE_NOOP(
    "EntryEditor", "Sharing needs a partner: pair your profile with your partner's to share entries."
)
PROMPT_GUIDE_SHORTCUT = "Ctrl+Shift+G"


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
        self.prompt: Prompt | None = None  # the prompt on show, while a new entry is being written
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
        self.when_edit.setAccessibleName(self.tr("Date and time"))
        self.when_edit.setToolTip(self.tr("When this happened; earlier dates are fine"))
        self.mood_combo = QComboBox()
        self.mood_combo.setAccessibleName(self.tr("Mood"))
        self.mood_combo.addItem(self.tr("No mood"), None)
        for value in MOODS:
            self.mood_combo.addItem(self.tr("{value} · {mood}").format(value=value, mood=mood_label(value)), value)
        self.share_check = QCheckBox(self.tr("Share with partner"))
        self.share_check.setToolTip(self.tr("Your partner can read shared entries; only you can change them."))
        if not self._journal.can_share:
            self.share_check.setEnabled(False)
            self.share_check.setToolTip(QCoreApplication.translate("EntryEditor", NOT_PAIRED_TIP))
        top = QHBoxLayout()
        top.addWidget(self.when_edit)
        top.addWidget(self.mood_combo)
        top.addStretch(1)
        top.addWidget(self.share_check)

        self.prompt_row = self._build_prompt_row()

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title (optional)"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(
            self.tr("Write here. Markdown works: *emphasis*, **strong**, - lists, # headings.")
        )
        self.body_edit.setAccessibleName(self.tr("Entry text"))
        self.body_edit.setTabChangesFocus(True)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenExternalLinks(False)
        self.preview.setOpenLinks(False)
        self.text_split = QSplitter(Qt.Orientation.Horizontal)
        self.text_split.addWidget(self.body_edit)
        self.text_split.addWidget(self.preview)
        self.text_split.setChildrenCollapsible(False)
        self.preview_check = QCheckBox(self.tr("Preview"))
        self.preview_check.setToolTip(self.tr("Show the text as it reads, beside what you write"))
        self.preview_check.setChecked(True)
        self.preview_check.toggled.connect(self._show_preview)

        self.tag_picker = TagPicker()
        self.error = Notice()
        self.state_label = hint()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(False)
        self.save_button.setToolTip(self.tr("Save this entry (Ctrl+S)"))
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

    def _build_prompt_row(self) -> QWidget:
        """The writing prompt, a link to its theme in the Guide, and "New prompt"."""
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setForegroundRole(self.prompt_label.palette().ColorRole.PlaceholderText)
        self.prompt_label.setAccessibleName(self.tr("Writing prompt"))
        # The prompt's theme in the Guide: a link for the mouse; for the keyboard, a shortcut anywhere in the
        # editor and the prompt row's context menu (the Menu key on "New prompt"). A keyboard-focusable link
        # would need two Tabs before Enter opens it, so the link stays out of the tab order.
        self.prompt_guide_label = QLabel()
        self.prompt_guide_label.setTextFormat(Qt.TextFormat.RichText)
        self.prompt_guide_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.prompt_guide_label.setAccessibleName(self.tr("The prompt's theme in the Guide"))
        self.prompt_guide_label.linkActivated.connect(lambda href: follow_guide_link(self, href))
        self.prompt_guide_action = QAction(self.tr("About This Prompt in the &Guide"), self)
        self.prompt_guide_action.setShortcut(QKeySequence(PROMPT_GUIDE_SHORTCUT))
        self.prompt_guide_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.prompt_guide_action.setStatusTip(self.tr("Read what Tandem's Guide says about the writing prompt's theme"))
        self.prompt_guide_action.triggered.connect(self.open_prompt_guide)
        self.addAction(self.prompt_guide_action)  # the shortcut works anywhere in the editor
        self.new_prompt_button = QPushButton(self.tr("New prompt"))
        self.new_prompt_button.setToolTip(self.tr("Show another idea to write about"))
        self.new_prompt_button.clicked.connect(self.next_prompt)
        row = QWidget()
        row.addAction(self.prompt_guide_action)
        row.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        prompt_layout = QHBoxLayout(row)
        prompt_layout.setContentsMargins(0, 0, 0, 0)
        prompt_layout.addWidget(self.prompt_label, 1)
        prompt_layout.addWidget(self.prompt_guide_label)
        prompt_layout.addWidget(self.new_prompt_button)
        return row

    # -- what the page calls ---------------------------------------------------------------------------

    def new_entry(self) -> None:
        """An empty entry dated now, with a fresh prompt."""
        self._fill(EditorContent(_now(), "", "", None, (), False), entry_id=None, read_only=False)
        self.next_prompt()
        self._show_prompt_row(True)
        self.state_label.setText(self.tr("New entry"))

    def load(self, entry: EntryView) -> None:
        """Show a saved entry: editable when it is this person's, read-only when the partner's."""
        content = EditorContent(entry.written_at, entry.title, entry.body, entry.mood, entry.tags, entry.shared)
        self._fill(content, entry_id=entry.id, read_only=not entry.mine)
        self._show_prompt_row(False)
        if entry.mine:
            self.state_label.setText(self.tr("Saved · shared") if entry.shared else self.tr("Saved · private"))
        elif entry.author_name:
            self.state_label.setText(self.tr("Shared by {author}").format(author=entry.author_name))
            self.read_only_notice.show_message(
                self.tr("{author} shared this entry with you. Only {author} can change it.").format(
                    author=entry.author_name
                )
            )
        else:
            self.state_label.setText(self.tr("Shared by your partner"))
            self.read_only_notice.show_message(
                self.tr("Your partner shared this entry with you. Only your partner can change it.")
            )

    def load_draft(self, draft: DraftView) -> None:
        """Bring back unsaved work; it stays a draft (and unsaved) until saved."""
        self._fill(EditorContent.from_draft(draft.content), entry_id=draft.entry_id, read_only=False)
        self.draft_id = draft.id
        self.dirty = True
        self._show_prompt_row(False)
        self.state_label.setText(self.tr("Restored draft · not saved yet"))

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
        self.state_label.setText(self.tr("Draft kept · {time}").format(time=f"{datetime.now():%H:%M}"))
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
        self.prompt = prompt = self._prompts.next()
        self.prompt_label.setText(self.tr("{theme}: {prompt}").format(theme=prompt.theme, prompt=prompt.text))
        href = html.escape(guide_link(prompt.guide_topic))
        self.prompt_guide_label.setText(self.tr('<a href="{link}">More in the Guide</a>').format(link=href))
        self.prompt_guide_label.setToolTip(
            self.tr("Read about “{theme}” in the Guide ({shortcut})").format(
                theme=prompt.theme,
                shortcut=QKeySequence(PROMPT_GUIDE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )

    def open_prompt_guide(self) -> None:
        """Show the Guide at the prompt's theme (the link, the shortcut and the prompt's context menu)."""
        if self.prompt is not None and self.prompt_row.isVisibleTo(self):
            follow_guide_link(self, self.prompt.guide_topic)

    # -- internals -----------------------------------------------------------------------------------------

    def _show_prompt_row(self, shown: bool) -> None:
        self.prompt_row.setVisible(shown)
        self.prompt_guide_action.setEnabled(shown)

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
