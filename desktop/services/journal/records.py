"""Plain values the journal service takes and returns; never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.qualities import Tag


@dataclass(frozen=True)
class EntryInput:
    """What the person wrote, as the editor or the command line hands it over."""

    written_at: datetime
    body: str
    title: str = ""
    mood: int | None = None
    tags: tuple[Tag, ...] = ()
    shared: bool = False


@dataclass(frozen=True)
class EntryView:
    id: str
    author_id: str
    author_name: str
    written_at: datetime
    title: str
    body: str  # the full text from `get`; a preview in list pages
    mood: int | None
    tags: tuple[Tag, ...]
    shared: bool
    mine: bool  # only the author may edit or delete

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.written_at, self.id)


@dataclass(frozen=True, order=True)
class Cursor:
    """Where a page of the newest-first list ended; the next page starts after it."""

    written_at: datetime
    id: str


@dataclass(frozen=True)
class EntryQuery:
    """A search: full text plus filters, all optional and combined with AND."""

    text: str = ""
    tags: tuple[Tag, ...] = ()  # a quality with polarity 0 matches either polarity
    mood_min: int | None = None
    mood_max: int | None = None
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    private: bool = True
    shared: bool = True


@dataclass(frozen=True)
class DraftView:
    id: str
    entry_id: str | None
    content: dict
    saved_at: datetime
