"""Journal figures for the charts, counted in SQL over one vault: quality tags, mood, entries per day.

`written_at` is the person's own wall-clock time, so its date is already the local day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from desktop.core.balance.bins import BinSize, DateRange, bin_sql

_LIVE_IN_RANGE = "e.deleted_at IS NULL AND e.written_at >= :from_day AND e.written_at < :until_day"


def _range(span: DateRange) -> dict[str, Any]:
    # written_at is stored as "YYYY-MM-DD HH:MM:SS…", so plain ISO dates compare correctly as text
    return {"from_day": span.first.isoformat(), "until_day": (span.last + timedelta(days=1)).isoformat()}


def quality_tags_by_bin(session: Session, span: DateRange, size: BinSize) -> list[tuple[str, int, int]]:
    """Rows (bin start, polarity +1/-1, tags)."""
    sql = (
        f"SELECT {bin_sql('date(e.written_at)', size)} AS bin, t.polarity, COUNT(*) "
        f"FROM entry e JOIN entry_tag t ON t.entry_id = e.id WHERE {_LIVE_IN_RANGE} AND t.polarity <> 0 "
        "GROUP BY bin, t.polarity"
    )
    return [tuple(row) for row in session.connection().execute(text(sql), _range(span))]  # type: ignore[misc]


def mood_by_bin(session: Session, span: DateRange, size: BinSize) -> list[tuple[str, int, int]]:
    """Rows (bin start, sum of moods, entries with a mood)."""
    sql = (
        f"SELECT {bin_sql('date(e.written_at)', size)} AS bin, SUM(e.mood), COUNT(e.mood) "
        f"FROM entry e WHERE {_LIVE_IN_RANGE} AND e.mood IS NOT NULL GROUP BY bin"
    )
    return [tuple(row) for row in session.connection().execute(text(sql), _range(span))]  # type: ignore[misc]


def entries_by_day(session: Session, span: DateRange) -> list[tuple[str, int]]:
    sql = f"SELECT date(e.written_at) AS day, COUNT(*) FROM entry e WHERE {_LIVE_IN_RANGE} GROUP BY day"
    return [tuple(row) for row in session.connection().execute(text(sql), _range(span))]  # type: ignore[misc]


def strained_tags(session: Session, span: DateRange) -> list[tuple[str, int]]:
    """Rows (quality, entries tagging it strained)."""
    sql = (
        "SELECT t.tag, COUNT(*) FROM entry e JOIN entry_tag t ON t.entry_id = e.id "
        f"WHERE {_LIVE_IN_RANGE} AND t.polarity = -1 GROUP BY t.tag"
    )
    return [tuple(row) for row in session.connection().execute(text(sql), _range(span))]  # type: ignore[misc]


def first_entry_day(session: Session) -> date | None:
    found = (
        session.connection()
        .execute(text("SELECT date(written_at) FROM entry WHERE deleted_at IS NULL ORDER BY written_at LIMIT 1"))
        .scalar()
    )
    return date.fromisoformat(found) if found else None
