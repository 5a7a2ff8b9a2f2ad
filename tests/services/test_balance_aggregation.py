"""Aggregation in SQL: local days in the zone where time was logged, midnight splits, DST days, ISO weeks,
bins by range, both partners, and the journal's figures from both vaults."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.balance.bins import BinSize, DateRange
from desktop.core.qualities import Tag
from desktop.errors import InvalidInput
from desktop.services.balance import BalanceService, SpanInput
from desktop.services.balance.insights import MonthSplit, StrainedQuality, TopActivities
from desktop.services.journal import EntryInput
from tests.services.balance_fixtures import Couple, alone, close, couple, open_balance

__all__ = ["alone", "couple"]  # the fixtures, imported for pytest


def minutes(series, person_index: int, kind: str) -> tuple[float, ...]:  # type: ignore[no-untyped-def]
    return tuple(round(value, 6) for value in getattr(series.people[person_index], kind))


def test_a_span_crossing_midnight_is_split_between_the_days(alone: BalanceService) -> None:
    me = alone.me.id
    alone.add(SpanInput("apart", datetime(2025, 6, 10, 22, 30), minutes=150, person_id=me, activity="party"))
    series = alone.balance(DateRange(date(2025, 6, 10), date(2025, 6, 11)))
    assert series.size is BinSize.DAY and series.bins == (date(2025, 6, 10), date(2025, 6, 11))
    assert minutes(series, 0, "apart") == (90, 60)
    assert minutes(series, 0, "together") == (0, 0)
    # The range clips: only the part on the 11th is inside a range that starts then.
    assert minutes(alone.balance(DateRange(date(2025, 6, 11), date(2025, 6, 11))), 0, "apart") == (60,)


def test_dst_spring_forward_day_has_23_hours(alone: BalanceService) -> None:
    """Europe/Berlin, 2025-03-30: clocks go from 02:00 to 03:00."""
    me = alone.me.id
    # The whole day, midnight to midnight, is 23 real hours.
    alone.add(SpanInput("apart", datetime(2025, 3, 30, 0, 0), end=datetime(2025, 3, 31, 0, 0), person_id=me))
    # Across the night before: 22:00 CET to 04:00 CEST is 5 real hours, 2 before midnight and 3 after.
    alone.add(SpanInput("together", datetime(2025, 3, 28, 22, 0), end=datetime(2025, 3, 29, 4, 0), person_id=me))
    series = alone.balance(DateRange(date(2025, 3, 28), date(2025, 3, 30)))
    assert minutes(series, 0, "apart") == (0, 0, 23 * 60)
    assert minutes(series, 0, "together") == (120, 240, 0)


def test_dst_night_and_fall_back_day(alone: BalanceService) -> None:
    me = alone.me.id
    alone.add(SpanInput("together", datetime(2025, 3, 29, 22, 0), end=datetime(2025, 3, 30, 4, 0), person_id=me))
    with pytest.raises(InvalidInput, match=r"25\.0 hours"):  # 24 h 59 min of real time on that day
        alone.add(SpanInput("apart", datetime(2024, 10, 27, 0, 0), end=datetime(2024, 10, 27, 23, 59), person_id=me))
    alone.add(SpanInput("apart", datetime(2024, 10, 27, 0, 0), end=datetime(2024, 10, 27, 23, 0), person_id=me))
    spring = alone.balance(DateRange(date(2025, 3, 29), date(2025, 3, 30)))
    assert minutes(spring, 0, "together") == (120, 180)  # 00:00→04:00 on the clock is 3 real hours
    autumn = alone.balance(DateRange(date(2024, 10, 27), date(2024, 10, 27)))
    assert minutes(autumn, 0, "apart") == (24 * 60,)  # 2024-10-27 had 25 hours: 00:00 to 23:00 is 24


def test_bins_are_local_days_of_where_it_was_logged(services) -> None:  # type: ignore[no-untyped-def]
    services.profiles.create_profile("Kai", "#3b7dd8", "kai passphrase")
    tokyo = open_balance(services, "Kai", zone=ZoneInfo("Asia/Tokyo"))
    try:
        tokyo.add(
            SpanInput("apart", datetime(2025, 6, 10, 8, 0), minutes=60, person_id=tokyo.me.id)
        )  # 23:00 UTC the 9th
    finally:
        close(tokyo)
    later = open_balance(services, "Kai", zone=ZoneInfo("America/New_York"))  # charts read elsewhere: same day
    try:
        assert minutes(later.balance(DateRange(date(2025, 6, 9), date(2025, 6, 10))), 0, "apart") == (0, 60)
        (span,) = later.recent()
        assert span.start.hour == 8 and span.start.utcoffset() == timedelta(hours=9)
    finally:
        close(later)


def test_iso_week_boundaries_split_a_sunday_night(alone: BalanceService) -> None:
    me = alone.me.id
    # Sunday 2025-06-15 23:00 to Monday 01:00: an hour in ISO week 24, an hour in week 25.
    alone.add(SpanInput("together", datetime(2025, 6, 15, 23, 0), minutes=120, person_id=me))
    alone.add(SpanInput("apart", datetime(2025, 6, 2, 9, 0), minutes=30, person_id=me))  # Monday of week 23
    series = alone.balance(DateRange(date(2025, 6, 1), date(2025, 7, 6)), BinSize.WEEK)
    assert series.bins[:4] == (date(2025, 5, 26), date(2025, 6, 2), date(2025, 6, 9), date(2025, 6, 16))
    assert minutes(series, 0, "together")[:4] == (0, 0, 60, 60)
    assert minutes(series, 0, "apart")[:4] == (0, 30, 0, 0)


def test_month_bins_for_long_ranges(alone: BalanceService) -> None:
    me = alone.me.id
    alone.add(SpanInput("together", datetime(2024, 1, 31, 23, 30), minutes=60, person_id=me))
    alone.add(SpanInput("apart", datetime(2024, 12, 5, 10, 0), minutes=90, person_id=me))
    series = alone.balance(DateRange(date(2024, 1, 1), date(2025, 1, 31)))
    assert series.size is BinSize.MONTH and len(series.bins) == 13
    assert minutes(series, 0, "together")[:2] == (30, 30)
    assert minutes(series, 0, "apart")[11] == 90


def test_both_partners_time_counts_for_each(couple: Couple) -> None:
    alex, sam = couple.alex.me.id, couple.sam.me.id
    couple.alex.add(SpanInput("together", datetime(2025, 6, 18, 19, 0), minutes=120, activity="date night"))
    couple.alex.add(SpanInput("apart", datetime(2025, 6, 18, 9, 0), minutes=60, person_id=alex, activity="sport"))
    couple.sam.add(SpanInput("apart", datetime(2025, 6, 18, 9, 0), minutes=45, person_id=sam, activity="friends"))
    couple.sam.add(SpanInput("apart", datetime(2025, 6, 19, 9, 0), minutes=30, person_id=sam, activity="sport"))
    week = couple.sam.balance(DateRange(date(2025, 6, 16), date(2025, 6, 22)), BinSize.WEEK)
    assert [p.person.name for p in week.people] == ["Sam", "Alex"]
    assert minutes(week, 0, "together") == (120,) and minutes(week, 0, "apart") == (75,)
    assert minutes(week, 1, "together") == (120,) and minutes(week, 1, "apart") == (60,)
    share = couple.sam.stats.share(week, (40, 60))
    assert share.share == (240 / 375,) and share.band == (40, 60)

    totals = couple.alex.stats.activities(DateRange(date(2025, 6, 16), date(2025, 6, 22)))
    assert totals.activities == ("sport", "friends")
    assert totals.minutes == ((60.0, 0.0), (30.0, 45.0))  # Alex, then Sam


def test_spans_logged_before_pairing_still_count(services) -> None:  # type: ignore[no-untyped-def]
    for name in ("Alex", "Sam"):
        services.profiles.create_profile(name, "#3b7dd8", f"{name.lower()} passphrase")
    single = open_balance(services, "Alex")
    single.add(SpanInput("apart", datetime(2025, 6, 18, 9, 0), minutes=60, person_id=single.me.id))
    close(single)
    services.couples.pair(
        services.profiles.unlock("Alex", "alex passphrase"), services.profiles.unlock("Sam", "sam passphrase")
    )
    paired = open_balance(services, "Alex")
    try:
        paired.add(SpanInput("apart", datetime(2025, 6, 18, 11, 0), minutes=30, person_id=paired.me.id))
        with_old = paired.balance(DateRange(date(2025, 6, 18), date(2025, 6, 18)))
        assert minutes(with_old, 0, "apart") == (90,)
        assert [view.shared for view in paired.recent()] == [True, False]
    finally:
        close(paired)


def test_journal_figures_come_from_both_vaults(couple: Couple) -> None:
    unlocked = couple.alex.unlocked  # type: ignore[attr-defined]
    journal = couple.services.open_journal(unlocked)
    try:
        for day, mood, tags, shared in [
            (datetime(2025, 6, 2, 21, 0), 4, (Tag("trust", 1), Tag("communication", -1)), False),
            (datetime(2025, 6, 2, 22, 0), 2, (Tag("communication", -1),), True),
            (datetime(2025, 6, 10, 8, 0), None, (Tag("love", 1), Tag("#garden")), False),
        ]:
            journal.create(EntryInput(written_at=day, body="…", mood=mood, tags=tags, shared=shared))
    finally:
        journal.close()
    span = DateRange(date(2025, 6, 1), date(2025, 6, 14))
    stats = couple.sam.stats  # Sam sees only what was shared
    assert stats.journal_days(span).entries == {date(2025, 6, 2): 1}
    mine = couple.alex.stats
    assert mine.journal_days(span).entries == {date(2025, 6, 2): 2, date(2025, 6, 10): 1}
    qualities = mine.qualities(span)
    assert qualities.size is BinSize.DAY
    assert qualities.nurtured[1] == 1 and qualities.strained[1] == 2 and qualities.nurtured[9] == 1
    assert mine.qualities(span, BinSize.WEEK).strained == (0, 2, 0)  # weeks of 26 May, 2 June, 9 June
    mood = mine.mood(span)
    assert mood.mean[1] == 3.0 and mood.count[1] == 2 and mood.mean[9] is None
    assert mine.strained(span) == {"communication": 2}


def test_insight_facts_describe_without_judging(couple: Couple) -> None:
    alex = couple.alex.me.id
    couple.alex.add(SpanInput("together", datetime(2025, 6, 5, 19, 0), minutes=180, activity="date night"))
    couple.alex.add(SpanInput("apart", datetime(2025, 6, 6, 19, 0), minutes=60, person_id=alex, activity="choir"))
    couple.alex.add(SpanInput("together", datetime(2025, 4, 5, 19, 0), minutes=60))
    couple.alex.add(SpanInput("apart", datetime(2025, 4, 6, 19, 0), minutes=180, person_id=alex, activity="sport"))
    dashboard = couple.alex.dashboard(DateRange(date(2025, 5, 1), date(2025, 6, 20)))
    insights = dashboard.insights
    # June: 360 together (both partners) + 60 apart → 86%; Feb–May: 120 together + 180 apart → 40%.
    assert insights.month == MonthSplit(360 / 420, 360, 60, 120 / 300)
    assert insights.lately_days == 30 and insights.strained is None and insights.journal_days == 0
    assert insights.apart == TopActivities((("choir", 60),))  # sport was in April, before the last 30 days
    assert dashboard.balance.size is BinSize.WEEK and dashboard.share.band is None


def test_insight_facts_from_the_journal_and_a_quiet_month(couple: Couple) -> None:
    alex = couple.alex.me.id
    for day, activity, minutes in ((25, "pottery", 60), (26, "climbing", 90), (27, "reading", 30), (28, "pottery", 30)):
        couple.alex.add(SpanInput("apart", datetime(2025, 5, day, 19, 0), minutes=minutes, person_id=alex,
                                  activity=activity))  # fmt: skip
    journal = couple.services.open_journal(couple.alex.unlocked)  # type: ignore[attr-defined]
    try:
        for day, tags in [
            (datetime(2025, 6, 1, 21, 0), (Tag("respect", -1), Tag("quality-time", -1))),
            (datetime(2025, 6, 2, 21, 0), (Tag("respect", -1),)),
            (datetime(2025, 6, 2, 22, 0), (Tag("quality-time", -1), Tag("trust", 1))),
            (datetime(2025, 5, 1, 22, 0), (Tag("trust", -1),)),  # before the last 30 days
        ]:
            journal.create(EntryInput(written_at=day, body="…", tags=tags))
    finally:
        journal.close()
    insights = couple.alex.dashboard(DateRange(date(2025, 6, 1), date(2025, 6, 20))).insights
    assert insights.month is None  # nothing logged in June
    assert insights.strained == StrainedQuality("quality-time", 2)  # a tie goes to the first by id
    assert insights.apart == TopActivities((("climbing", 90), ("pottery", 90)))  # the top two; the same time: by name
    assert insights.journal_days == 2
