"""Time zones: a span keeps its instants in UTC and the UTC offsets of its start and end where it was logged,
so that it can be binned by local wall-clock days long after, wherever the computer is then.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_zone() -> tzinfo | None:
    """The computer's IANA zone when it can be named (TZ, or /etc/localtime's link), else None (use the OS)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        parts = localtime.resolve().parts
        if "zoneinfo" in parts:
            candidates.append("/".join(parts[parts.index("zoneinfo") + 1 :]))
    for name in candidates:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


def zone_name(zone: tzinfo | None) -> str:
    return getattr(zone, "key", "") if zone is not None else ""


def to_aware(wall_clock: datetime, zone: tzinfo | None) -> datetime:
    """A wall-clock time in `zone` (the OS's local rules when None) as an aware datetime."""
    if wall_clock.tzinfo is not None:
        return wall_clock
    return wall_clock.replace(tzinfo=zone) if zone is not None else wall_clock.astimezone()


def offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    assert offset is not None, "an aware datetime"
    return round(offset.total_seconds() / 60)


def as_utc(moment: datetime) -> datetime:
    """How an instant is stored: UTC (SQLite keeps the digits, the ORM puts the UTC zone back on reading)."""
    return moment.astimezone(UTC)
