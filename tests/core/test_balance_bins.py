"""Bins follow the range shown; ISO weeks start on Monday; SQL and Python agree on every bin start."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.balance.bins import BinSize, DateRange, bin_label, bin_size_for, bin_sql, bin_start, bin_starts
from desktop.core.balance.trend import shares, trailing_baseline


@pytest.mark.parametrize(
    ("days", "size"),
    [(1, BinSize.DAY), (21, BinSize.DAY), (31, BinSize.DAY), (32, BinSize.WEEK), (180, BinSize.WEEK),
     (366, BinSize.WEEK), (367, BinSize.MONTH), (3650, BinSize.MONTH)],
)  # fmt: skip
def test_bin_size_follows_the_range(days: int, size: BinSize) -> None:
    first = date(2025, 1, 1)
    assert bin_size_for(DateRange(first, first + timedelta(days=days - 1))) is size


def test_iso_weeks_start_on_monday_across_a_year_end() -> None:
    # 2024-12-30 is the Monday of ISO week 2025-W01.
    span = DateRange(date(2024, 12, 25), date(2025, 1, 7))
    assert bin_starts(span, BinSize.WEEK) == (date(2024, 12, 23), date(2024, 12, 30), date(2025, 1, 6))
    assert bin_label(date(2024, 12, 30), BinSize.WEEK) == "2025-W01"
    assert bin_start(date(2025, 1, 5), BinSize.WEEK) == date(2024, 12, 30)  # a Sunday belongs to the week before


def test_month_bins_cover_partial_months_and_december() -> None:
    span = DateRange(date(2024, 11, 15), date(2025, 2, 1))
    assert bin_starts(span, BinSize.MONTH) == (date(2024, 11, 1), date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1))


def test_last_weeks_ends_with_this_week() -> None:
    span = DateRange.last_weeks(2, date(2025, 6, 11))  # a Wednesday
    assert (span.first, span.last) == (date(2025, 6, 2), date(2025, 6, 15))


@given(st.dates(min_value=date(1970, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(list(BinSize)))
def test_sql_bin_start_matches_python(day: date, size: BinSize) -> None:
    conn = sqlite3.connect(":memory:")
    (found,) = conn.execute(f"SELECT {bin_sql(':day', size)}", {"day": day.isoformat()}).fetchone()
    conn.close()
    assert date.fromisoformat(found) == bin_start(day, size)


def test_share_and_trailing_baseline() -> None:
    share = shares([60, 0, 30, 90, 0], [60, 0, 90, 30, 60])
    assert share == (0.5, None, 0.25, 0.75, 0.0)
    # Each bin's baseline is the mean of up to four earlier bins that had time logged.
    assert trailing_baseline(share, window=2) == (None, 0.5, 0.5, 0.375, 0.5)
