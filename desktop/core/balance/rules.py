"""What a time span may be: the rules, with messages for the person logging it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.errors import InvalidInput

KINDS = ("together", "apart")
MAX_SPAN = timedelta(hours=24)
FUTURE_LIMIT = timedelta(days=1)  # a span may be logged for later today, not for next week
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
MAX_ACTIVITY_CHARS = 60
MAX_NOTE_CHARS = 2000
DEFAULT_ACTIVITIES = ("date night", "walk", "meal together", "own hobby", "friends", "family", "sport", "work trip")


def when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise InvalidInput(f"A span is “together” or “apart”, not “{kind}”.")


def check_times(start: datetime, end: datetime, now: datetime) -> None:
    """`start`, `end` and `now` are aware; messages show them in `start`'s own zone."""
    # In UTC: Python compares and subtracts datetimes sharing one tzinfo by their wall-clock digits, so
    # across a DST change their difference would be off by the change.
    length = end.astimezone(UTC) - start.astimezone(UTC)
    if length <= timedelta(0):
        raise InvalidInput(f"The span must end after it starts (it starts {when(start)}, ends {when(end)}).")
    if length > MAX_SPAN:
        hours = length / timedelta(hours=1)
        raise InvalidInput(
            f"A span can be at most 24 hours; this one is {hours:.1f} hours. Log longer times day by day."
        )
    if start < EARLIEST:
        raise InvalidInput(f"{when(start)} is too long ago to log; check the date.")
    if end > now + FUTURE_LIMIT:
        raise InvalidInput(
            f"That span ends {when(end.astimezone(start.tzinfo))}, more than a day from now. "
            "Log time once it has happened."
        )


def check_minutes(minutes: int) -> None:
    if not 1 <= minutes <= MAX_SPAN // timedelta(minutes=1):
        raise InvalidInput(f"A span lasts from 1 minute to 24 hours (1440 minutes), not {minutes}.")


def clean_activity(activity: str) -> str:
    cleaned = " ".join(activity.split())
    if len(cleaned) > MAX_ACTIVITY_CHARS:
        raise InvalidInput(f"An activity is at most {MAX_ACTIVITY_CHARS} characters; this one has {len(cleaned)}.")
    return cleaned


def check_note(note: str) -> None:
    if len(note) > MAX_NOTE_CHARS:
        raise InvalidInput(f"A span's note is at most {MAX_NOTE_CHARS} characters; this one has {len(note)}.")
