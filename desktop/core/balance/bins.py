"""Calendar bins for charts: a day for short ranges, an ISO week (Monday start) for months, a month beyond.

Bins are local wall-clock dates. The same bin starts are computed in SQL (see `bin_sql`) so that aggregation
groups rows in the database, and here in Python to lay out the (few) bins of a chart, empty ones included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

DAY_BINS_UP_TO_DAYS = 31  # a month or less: one bar per day
WEEK_BINS_UP_TO_DAYS = 366  # up to a year: one bar per week; beyond, one per month


class BinSize(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class DateRange:
    """Local calendar days from `first` to `last`, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"a range ends on or after its start: {self.first} … {self.last}")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @classmethod
    def last_weeks(cls, weeks: int, today: date) -> DateRange:
        """`weeks` whole ISO weeks ending with the one holding `today`."""
        monday = bin_start(today, BinSize.WEEK)
        return cls(monday - timedelta(weeks=weeks - 1), monday + timedelta(days=6))


def bin_size_for(span: DateRange) -> BinSize:
    if span.days <= DAY_BINS_UP_TO_DAYS:
        return BinSize.DAY
    if span.days <= WEEK_BINS_UP_TO_DAYS:
        return BinSize.WEEK
    return BinSize.MONTH


def bin_start(day: date, size: BinSize) -> date:
    if size is BinSize.DAY:
        return day
    if size is BinSize.WEEK:
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday
    return day.replace(day=1)


def next_bin(start: date, size: BinSize) -> date:
    if size is BinSize.DAY:
        return start + timedelta(days=1)
    if size is BinSize.WEEK:
        return start + timedelta(weeks=1)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def bin_starts(span: DateRange, size: BinSize) -> tuple[date, ...]:
    """Every bin touching the range, in order, empty ones included."""
    starts = []
    current = bin_start(span.first, size)
    while current <= span.last:
        starts.append(current)
        current = next_bin(current, size)
    return tuple(starts)


def bin_label(start: date, size: BinSize) -> str:
    if size is BinSize.DAY:
        return f"{start:%a %d %b}"
    if size is BinSize.WEEK:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{start:%b %Y}"


def bin_sql(day_expression: str, size: BinSize) -> str:
    """SQLite expression for the bin start (ISO date text) of `day_expression`, an ISO date."""
    if size is BinSize.DAY:
        return day_expression
    if size is BinSize.WEEK:
        # strftime('%w') is 0 for Sunday … 6 for Saturday; (w + 6) % 7 is days since Monday.
        return (
            f"date({day_expression}, '-' || ((CAST(strftime('%w', {day_expression}) AS INTEGER) + 6) % 7) || ' days')"
        )
    return f"strftime('%Y-%m-01', {day_expression})"
