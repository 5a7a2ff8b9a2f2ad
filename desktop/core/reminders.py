"""When the gentle reminders are due: pure scheduling, in naive local wall-clock time.

A reminder has an occurrence at its time, every day (write) or every week on its weekday (nudge). It is due
once per occurrence, at or after it: the write reminder until the end of that day, the nudge until its next
occurrence a week later, so a missed one is shown once when the app next runs, never as a backlog.
Only the date a reminder was last shown is kept, so a clock moved back can never show it twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class ReminderKind(StrEnum):
    WRITE = "write"
    NUDGE = "nudge"


@dataclass(frozen=True)
class ReminderPlan:
    """Which reminders are on and when; off by default. Weekdays count from Monday = 0 to Sunday = 6."""

    write_enabled: bool = False
    write_time: time = time(20, 0)
    nudge_enabled: bool = False
    nudge_weekday: int = 6
    nudge_time: time = time(18, 0)

    def __post_init__(self) -> None:
        for name in ("write_enabled", "nudge_enabled"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be True or False")
        for name in ("write_time", "nudge_time"):
            value = getattr(self, name)
            if not isinstance(value, time) or value.tzinfo is not None:
                raise ValueError(f"{name} must be a local time of day without a time zone")
        weekday = self.nudge_weekday
        if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
            raise ValueError("nudge_weekday must be a whole number from 0 (Monday) to 6 (Sunday)")

    @property
    def any_enabled(self) -> bool:
        return self.write_enabled or self.nudge_enabled

    def is_enabled(self, kind: ReminderKind) -> bool:
        return self.write_enabled if kind is ReminderKind.WRITE else self.nudge_enabled


LastShown = Mapping[ReminderKind, date | None]


def latest_occurrence(plan: ReminderPlan, kind: ReminderKind, now: datetime) -> datetime | None:
    """The occurrence whose window `now` falls in, or None when `now` is in no window (or the kind is off)."""
    _require_naive(now)
    if not plan.is_enabled(kind):
        return None
    if kind is ReminderKind.WRITE:
        today = datetime.combine(now.date(), plan.write_time)
        return today if today <= now else None
    days_back = (now.weekday() - plan.nudge_weekday) % 7
    occurrence = datetime.combine(now.date() - timedelta(days=days_back), plan.nudge_time)
    return occurrence if occurrence <= now else occurrence - timedelta(days=7)


def due_reminders(plan: ReminderPlan, now: datetime, last_shown: LastShown) -> list[ReminderKind]:
    """The reminders to show at `now`, given the date each kind was last shown (None: never)."""
    due = []
    for kind in ReminderKind:
        occurrence = latest_occurrence(plan, kind, now)
        shown = last_shown.get(kind)
        if occurrence is not None and (shown is None or shown < occurrence.date()):
            due.append(kind)
    return due


def next_occurrence(plan: ReminderPlan, kind: ReminderKind, now: datetime) -> datetime | None:
    """The first occurrence strictly after `now`, or None when the kind is off."""
    _require_naive(now)
    if not plan.is_enabled(kind):
        return None
    if kind is ReminderKind.WRITE:
        candidate = datetime.combine(now.date(), plan.write_time)
        step = timedelta(days=1)
    else:
        days_ahead = (plan.nudge_weekday - now.weekday()) % 7
        candidate = datetime.combine(now.date() + timedelta(days=days_ahead), plan.nudge_time)
        step = timedelta(days=7)
    return candidate if candidate > now else candidate + step


def next_check_at(plan: ReminderPlan, now: datetime) -> datetime | None:
    """When a reminder may next become due (after the ones due now were shown), or None when all are off."""
    upcoming = [moment for kind in ReminderKind if (moment := next_occurrence(plan, kind, now)) is not None]
    return min(upcoming, default=None)


def _require_naive(now: datetime) -> None:
    if now.tzinfo is not None:
        raise ValueError("reminders work in naive local time; pass datetime.now(), not an aware datetime")
