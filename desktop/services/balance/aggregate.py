"""Aggregation of time spans in SQL: split at local midnight, binned by local day, week or month.

A span's local start and end are its UTC instants plus the offsets it was logged with. A span of at most
24 hours crosses at most one local midnight; the part before midnight is counted in wall-clock minutes
(DST changes happen after midnight), the rest is its real length minus that, so a span over a DST night
counts its real minutes. A span for both partners (person_id NULL) counts for each.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from desktop.core.balance.bins import BinSize, DateRange, bin_sql

# Offsets run from UTC-12 to UTC+14: a day either side catches every span touching the local range.
_UTC_MARGIN = timedelta(days=1)

_PIECES = """
WITH people(pid) AS (VALUES {people}),
spans AS (
    SELECT person_id, kind, activity,
        datetime(started_at, start_offset || ' minutes') AS local_start,
        datetime(ended_at, end_offset || ' minutes') AS local_end,
        (julianday(ended_at) - julianday(started_at)) * 1440.0 AS total
    FROM time_span
    WHERE started_at < :until_utc AND ended_at > :from_utc
),
cut AS (
    SELECT *, min(total, (julianday(date(local_start), '+1 day') - julianday(local_start)) * 1440.0) AS first_part
    FROM spans
),
pieces AS (
    SELECT person_id, kind, activity, date(local_start) AS day,
        CASE WHEN date(local_start) = date(local_end) THEN total ELSE first_part END AS minutes
    FROM cut
    UNION ALL
    SELECT person_id, kind, activity, date(local_end) AS day, total - first_part AS minutes
    FROM cut WHERE date(local_start) <> date(local_end)
),
mine AS (
    SELECT people.pid AS pid, kind, activity, day, minutes
    FROM pieces JOIN people ON pieces.person_id IS NULL OR pieces.person_id = people.pid
    WHERE day BETWEEN :first AND :last AND minutes > 0
)
"""


def _params(span: DateRange, people: Sequence[str]) -> tuple[str, dict[str, Any]]:
    placeholders = ", ".join(f"(:p{i})" for i in range(len(people)))
    params: dict[str, Any] = {f"p{i}": pid for i, pid in enumerate(people)}
    params |= {
        "first": span.first.isoformat(),
        "last": span.last.isoformat(),
        "from_utc": str(datetime.combine(span.first, time.min) - _UTC_MARGIN),
        "until_utc": str(datetime.combine(span.last + timedelta(days=1), time.min) + _UTC_MARGIN),
    }
    return placeholders, params


def minutes_by_bin(
    session: Session, span: DateRange, size: BinSize, people: Sequence[str]
) -> list[tuple[str, str, str, float]]:
    """Rows (bin start ISO date, person id, kind, minutes)."""
    placeholders, params = _params(span, people)
    sql = _PIECES.format(people=placeholders) + (
        f"SELECT {bin_sql('day', size)} AS bin, pid, kind, ROUND(SUM(minutes), 3) FROM mine GROUP BY bin, pid, kind"
    )
    return [tuple(row) for row in session.connection().execute(text(sql), params)]  # type: ignore[misc]


def apart_by_activity(session: Session, span: DateRange, people: Sequence[str]) -> list[tuple[str, str, float]]:
    """Rows (activity, person id, minutes) of time apart."""
    placeholders, params = _params(span, people)
    sql = _PIECES.format(people=placeholders) + (
        "SELECT activity, pid, ROUND(SUM(minutes), 3) FROM mine WHERE kind = 'apart' GROUP BY activity, pid"
    )
    return [tuple(row) for row in session.connection().execute(text(sql), params)]  # type: ignore[misc]


def first_day(session: Session) -> str | None:
    """The earliest local day of any span, ISO text."""
    row = session.connection().execute(
        text("SELECT date(datetime(started_at, start_offset || ' minutes')) FROM time_span ORDER BY started_at LIMIT 1")
    )
    found = row.scalar()
    return str(found) if found else None
