"""Reading dates and times as people type them."""

from __future__ import annotations

from datetime import date, datetime, time

from desktop.errors import InvalidInput

NOON = time(12, 0)


def parse_datetime(text: str) -> datetime:
    """``2025-06-10`` (taken as noon), ``2025-06-10 18:00`` or ``2025-06-10T18:00:00``, as wall-clock time."""
    cleaned = text.strip()
    try:
        if len(cleaned) == 10:
            return datetime.combine(date.fromisoformat(cleaned), NOON)
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        raise InvalidInput(f"“{text}” is not a date. Write it like 2025-06-10 or 2025-06-10 18:30.") from None
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else parsed.astimezone().replace(tzinfo=None)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"“{text}” is not a date. Write it like 2025-06-10.") from None
