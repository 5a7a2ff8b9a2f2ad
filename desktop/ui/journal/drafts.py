"""Unsaved work: what a draft holds, and the offer to bring drafts back after a crash or a kill."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.qualities import Tag, parse_tag
from desktop.errors import TandemError
from desktop.services.journal import DraftView, EntryInput


@dataclass(frozen=True)
class EditorContent:
    """What the editor holds, whether or not it would pass as an entry yet."""

    written_at: datetime
    title: str
    body: str
    mood: int | None
    tags: tuple[Tag, ...]
    shared: bool

    def to_draft(self) -> dict:
        return {
            "written_at": self.written_at.isoformat(timespec="minutes"),
            "title": self.title,
            "body": self.body,
            "mood": self.mood,
            "tags": [str(tag) for tag in self.tags],
            "shared": self.shared,
        }

    @classmethod
    def from_draft(cls, content: dict) -> EditorContent:
        """Tolerant: a draft from an older version, or a damaged one, gives what can be read."""
        try:
            written_at = datetime.fromisoformat(str(content.get("written_at")))
        except ValueError:
            written_at = datetime.now().replace(second=0, microsecond=0)
        tags = []
        for text in content.get("tags", ()):
            try:
                tags.append(parse_tag(str(text), polarity_required=False))
            except TandemError:
                continue
        mood = content.get("mood")
        return cls(
            written_at=written_at.replace(tzinfo=None),
            title=str(content.get("title", "")),
            body=str(content.get("body", "")),
            mood=mood if isinstance(mood, int) and 1 <= mood <= 5 else None,
            tags=tuple(tags),
            shared=bool(content.get("shared", False)),
        )

    def to_input(self) -> EntryInput:
        return EntryInput(self.written_at, self.body, self.title, self.mood, self.tags, self.shared)


def draft_summary(draft: DraftView) -> str:
    content = EditorContent.from_draft(draft.content)
    words = content.title.strip() or next((line.strip() for line in content.body.splitlines() if line.strip()), "")
    words = words if len(words) <= 60 else words[:57] + "…"
    saved = draft.saved_at.astimezone() if draft.saved_at.tzinfo else draft.saved_at
    words = words or QCoreApplication.translate("DraftOffer", "untitled")
    if draft.entry_id:
        text = QCoreApplication.translate(
            "DraftOffer", "Changes to an entry you were writing ({saved}) were not saved: “{words}”."
        )
    else:
        text = QCoreApplication.translate("DraftOffer", "An entry you were writing ({saved}) was not saved: “{words}”.")
    return text.format(saved=f"{saved:%d %b, %H:%M}", words=words)


class DraftOffer(QFrame):
    """A calm bar that offers unsaved drafts back, one at a time, newest first."""

    restore_requested = Signal(object)  # DraftView
    discard_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self._drafts: list[DraftView] = []
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Open this draft in the editor"))
        self.restore_button.clicked.connect(lambda: self._answer(self.restore_requested))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Throw this draft away"))
        self.discard_button.clicked.connect(lambda: self._answer(self.discard_requested))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def offer(self, drafts: list[DraftView]) -> None:
        self._drafts = list(drafts)
        self._show_next()

    @property
    def current(self) -> DraftView | None:
        return self._drafts[0] if self._drafts else None

    def _answer(self, signal: object) -> None:
        if not self._drafts:
            return
        draft = self._drafts.pop(0)
        self._show_next()
        signal.emit(draft)  # type: ignore[attr-defined]

    def _show_next(self) -> None:
        if not self._drafts:
            self.message.clear()
            self.hide()
            return
        summary = draft_summary(self._drafts[0])
        if len(self._drafts) > 1:
            summary = self.tr("{summary} ({count} drafts to look at.)").format(summary=summary, count=len(self._drafts))
        self.message.setText(summary)
        self.show()
