"""SQLModel tables of the vaults. Personal and couple vaults share this one schema.

Tables are created by Alembic revisions only, never by ``create_all``. (The registry
is not here: it is read at start-up with plain ``sqlite3``, see ``registry.py``.)
"""

from __future__ import annotations

from datetime import datetime

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel


class Setting(SQLModel, table=True):
    """A per-vault preference such as the auto-lock delay; values are JSON text."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str


class Entry(SQLModel, table=True):
    """A journal entry. In a couple vault, `author_id` says which partner wrote it."""

    __tablename__ = "entry"

    id: str = Field(primary_key=True)
    author_id: str
    written_at: NaiveDatetime  # the person's own wall-clock time, as they dated the entry
    title: str = ""
    body: str = ""
    mood: int | None = None
    created_at: datetime  # timestamps are aware, stored as UTC
    updated_at: datetime
    deleted_at: datetime | None = None  # in the trash until emptied


class EntryTag(SQLModel, table=True):
    __tablename__ = "entry_tag"

    entry_id: str = Field(foreign_key="entry.id", primary_key=True, ondelete="CASCADE")
    tag: str = Field(primary_key=True)
    polarity: int = 0  # +1 nurtured, -1 strained, 0 for warning signs and own tags


class Draft(SQLModel, table=True):
    """What the editor held at its last autosave; removed once the entry is saved."""

    __tablename__ = "draft"

    id: str = Field(primary_key=True)
    entry_id: str | None = None
    content: str  # JSON of the editor's fields
    saved_at: datetime


class QuizResult(SQLModel, table=True):
    """A finished quiz. In a couple vault it is a shared copy: scores and category, no answers."""

    __tablename__ = "quiz_result"

    id: str = Field(primary_key=True)
    author_id: str
    quiz_id: str
    quiz_title: str = ""
    taken_at: datetime
    answers: str | None = None  # JSON {item id: answer}
    scores: str  # JSON {subscale id: score}
    category: str
    shared_at: datetime | None = None


class QuizProgress(SQLModel, table=True):
    """The answers of a quiz left unfinished, so it can be resumed."""

    __tablename__ = "quiz_progress"

    quiz_id: str = Field(primary_key=True)
    answers: str  # JSON {item id: answer}
    updated_at: datetime


class TimeSpan(SQLModel, table=True):
    """Time together or apart. In a couple vault, `person_id` is either partner, or None for both of them.

    Instants are stored as UTC; the offsets (minutes east of UTC) where it was logged give its local
    wall-clock start and end, so charts bin it by the days the person lived it.
    """

    __tablename__ = "time_span"

    id: str = Field(primary_key=True)
    author_id: str
    person_id: str | None = None
    kind: str  # "together" or "apart"
    started_at: datetime  # UTC
    ended_at: datetime  # UTC
    start_offset: int  # minutes east of UTC at the start
    end_offset: int
    zone: str = ""  # the IANA zone it was logged in, when known
    activity: str = ""
    note: str = ""
    tags: str = ""  # quality tags as written, space-separated: "quality-time+ trust+"
    created_at: datetime
    updated_at: datetime
