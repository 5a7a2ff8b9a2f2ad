"""Reading and writing span rows in one vault."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlmodel import Session, and_, col, or_, select

from desktop.store.models import TimeSpan


def overlapping(
    session: Session, person_id: str | None, start_utc: datetime, end_utc: datetime, ignore_id: str | None
) -> TimeSpan | None:
    """A span of the same person (or of both, or any when `person_id` is None) sharing some time with this one."""
    statement = select(TimeSpan).where(col(TimeSpan.started_at) < end_utc, col(TimeSpan.ended_at) > start_utc)
    if person_id is not None:
        statement = statement.where(or_(col(TimeSpan.person_id).is_(None), col(TimeSpan.person_id) == person_id))
    if ignore_id is not None:
        statement = statement.where(col(TimeSpan.id) != ignore_id)
    return session.exec(statement.order_by(col(TimeSpan.started_at)).limit(1)).first()


def newest(session: Session, limit: int, after: tuple[datetime, str] | None) -> list[TimeSpan]:
    """One vault's spans newest first by (start, id), from just after `after` (a start in UTC and an id)."""
    statement = select(TimeSpan)
    if after is not None:
        started_at, span_id = after
        statement = statement.where(
            or_(
                col(TimeSpan.started_at) < started_at,
                and_(col(TimeSpan.started_at) == started_at, col(TimeSpan.id) < span_id),
            )
        )
    order = (col(TimeSpan.started_at).desc(), col(TimeSpan.id).desc())
    return list(session.exec(statement.order_by(*order).limit(limit)))


def recent_activities(session: Session, person_id: str, limit: int) -> list[tuple[str, datetime]]:
    """This person's own activities (theirs or both partners'), each with when it was last logged."""
    from sqlalchemy import func

    statement = (
        select(TimeSpan.activity, func.max(TimeSpan.started_at))
        .where(TimeSpan.activity != "", or_(col(TimeSpan.person_id).is_(None), col(TimeSpan.person_id) == person_id))
        .group_by(TimeSpan.activity)
        .order_by(func.max(TimeSpan.started_at).desc())
        .limit(limit)
    )
    return [(activity, last) for activity, last in session.exec(statement)]


def local_start(row: TimeSpan) -> datetime:
    return _local(row.started_at, row.start_offset)


def local_end(row: TimeSpan) -> datetime:
    return _local(row.ended_at, row.end_offset)


def _local(stored: datetime, offset: int) -> datetime:
    return stored.astimezone(timezone(timedelta(minutes=offset)))
