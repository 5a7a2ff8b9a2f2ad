"""Read-side queries over one vault: newest-first pages, counts, search, calendar days."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, text, tuple_
from sqlmodel import Session, col, select

from desktop.core.qualities import NEUTRAL, Tag
from desktop.core.search_query import to_fts5
from desktop.services.journal.records import Cursor, EntryQuery
from desktop.store.models import Entry, EntryTag

PREVIEW_CHARS = 300


def _filtered(statement: Any, query: EntryQuery) -> Any:
    statement = statement.where(col(Entry.deleted_at).is_(None))
    fts = to_fts5(query.text)
    if fts is not None:
        statement = statement.where(
            text("entry.rowid IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH :fts)").bindparams(fts=fts)
        )
    for tag in query.tags:
        match = select(EntryTag.entry_id).where(EntryTag.entry_id == Entry.id, EntryTag.tag == tag.name)
        if tag.polarity != NEUTRAL:
            match = match.where(EntryTag.polarity == tag.polarity)
        statement = statement.where(match.exists())
    if query.mood_min is not None:
        statement = statement.where(col(Entry.mood) >= query.mood_min)
    if query.mood_max is not None:
        statement = statement.where(col(Entry.mood) <= query.mood_max)
    if query.date_from is not None:
        statement = statement.where(col(Entry.written_at) >= datetime.combine(query.date_from, time.min))
    if query.date_to is not None:
        day_after = datetime.combine(query.date_to + timedelta(days=1), time.min)
        statement = statement.where(col(Entry.written_at) < day_after)
    return statement


def page(
    session: Session, query: EntryQuery, after: Cursor | None, limit: int, *, full_body: bool = False
) -> list[tuple[Any, ...]]:
    """Rows (id, author_id, written_at, title, body or its preview, mood) newest first, after `after`."""
    statement = _filtered(_rows(full_body), query)
    if after is not None:
        statement = statement.where(tuple_(Entry.written_at, Entry.id) < tuple_(after.written_at, after.id))
    statement = statement.order_by(col(Entry.written_at).desc(), col(Entry.id).desc()).limit(limit)
    return list(session.exec(statement))


def _rows(full_body: bool = False) -> Any:
    body = Entry.body if full_body else func.substr(Entry.body, 1, PREVIEW_CHARS)
    return select(Entry.id, Entry.author_id, Entry.written_at, Entry.title, body, Entry.mood)


def count(session: Session, query: EntryQuery) -> int:
    return session.exec(_filtered(select(func.count()).select_from(Entry), query)).one()


def tags_of(session: Session, entry_ids: list[str]) -> dict[str, tuple[Tag, ...]]:
    found: dict[str, list[Tag]] = defaultdict(list)
    for start in range(0, len(entry_ids), 500):  # SQLite's bound-parameter limit
        chunk = entry_ids[start : start + 500]
        rows = session.exec(select(EntryTag).where(col(EntryTag.entry_id).in_(chunk)))
        for row in rows:
            found[row.entry_id].append(Tag(row.tag, row.polarity))
    return {entry_id: tuple(sorted(tags)) for entry_id, tags in found.items()}


def days_with_entries(session: Session, first: date, last: date) -> set[date]:
    statement = (
        select(func.date(Entry.written_at))
        .where(col(Entry.deleted_at).is_(None))
        .where(col(Entry.written_at) >= datetime.combine(first, time.min))
        .where(col(Entry.written_at) < datetime.combine(last + timedelta(days=1), time.min))
        .distinct()
    )
    return {date.fromisoformat(day) for day in session.exec(statement)}


def on_this_day(session: Session, day: date, limit: int) -> list[tuple[Any, ...]]:
    """Rows like `page`'s from the same month and day in earlier years, newest first."""
    statement = (
        _rows()
        .where(col(Entry.deleted_at).is_(None))
        .where(func.strftime("%m-%d", Entry.written_at) == day.strftime("%m-%d"))
        .where(col(Entry.written_at) < datetime.combine(day.replace(month=1, day=1), time.min))
        .order_by(col(Entry.written_at).desc())
        .limit(limit)
    )
    return list(session.exec(statement))
