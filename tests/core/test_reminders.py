"""When the gentle reminders are due, with hand-picked times and a property over many clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.reminders import (
    LastShown,
    ReminderKind,
    ReminderPlan,
    due_reminders,
    latest_occurrence,
    next_check_at,
)

WRITE, NUDGE = ReminderKind.WRITE, ReminderKind.NUDGE
BOTH = ReminderPlan(write_enabled=True, nudge_enabled=True)  # write 20:00 daily, nudge Sunday 18:00
NEVER: LastShown = {}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_the_default_plan_is_off_with_gentle_times() -> None:
    plan = ReminderPlan()
    assert not plan.any_enabled
    assert (plan.write_time, plan.nudge_weekday, plan.nudge_time) == (time(20, 0), 6, time(18, 0))


@pytest.mark.parametrize(
    "fields",
    [
        {"nudge_weekday": 7},
        {"nudge_weekday": -1},
        {"nudge_weekday": True},
        {"write_enabled": "yes"},
        {"write_time": "20:00"},
        {"nudge_time": time(18, 0, tzinfo=UTC)},
    ],
)
def test_a_plan_refuses_values_that_make_no_sense(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        ReminderPlan(**fields)  # type: ignore[arg-type]


def test_a_disabled_plan_is_never_due() -> None:
    moment = at("2026-03-01 00:00")  # a Sunday
    for _ in range(24 * 8):
        assert due_reminders(ReminderPlan(), moment, NEVER) == []
        moment += timedelta(hours=1)
    assert next_check_at(ReminderPlan(), moment) is None


def test_the_write_reminder_is_due_from_its_time_until_the_end_of_that_day() -> None:
    plan = ReminderPlan(write_enabled=True, write_time=time(20, 0))
    assert due_reminders(plan, at("2026-03-04 19:59:59"), NEVER) == []
    assert due_reminders(plan, at("2026-03-04 20:00"), NEVER) == [WRITE]
    assert due_reminders(plan, at("2026-03-04 23:59"), NEVER) == [WRITE]
    assert due_reminders(plan, at("2026-03-05 08:00"), NEVER) == []  # no backlog from yesterday


def test_once_shown_the_write_reminder_waits_for_the_next_day() -> None:
    plan = ReminderPlan(write_enabled=True)
    shown = {WRITE: date(2026, 3, 4)}
    assert due_reminders(plan, at("2026-03-04 22:00"), shown) == []
    assert due_reminders(plan, at("2026-03-05 19:00"), shown) == []
    assert due_reminders(plan, at("2026-03-05 20:00"), shown) == [WRITE]


def test_a_clock_moved_back_does_not_show_it_again() -> None:
    plan = ReminderPlan(write_enabled=True, write_time=time(1, 30))
    shown = {WRITE: date(2026, 10, 25)}  # shown at the first 01:30 of the night clocks go back
    assert due_reminders(plan, at("2026-10-25 01:45"), shown) == []  # the second 01:45
    assert due_reminders(plan, at("2026-10-24 23:00"), {WRITE: date(2026, 10, 25)}) == []  # back a whole day


def test_a_time_skipped_by_the_clock_going_forward_is_still_shown() -> None:
    plan = ReminderPlan(write_enabled=True, write_time=time(2, 30))
    assert due_reminders(plan, at("2026-03-29 03:00"), NEVER) == [WRITE]  # 02:00 jumped to 03:00


def test_the_nudge_is_due_on_its_weekday_and_waits_a_week_once_shown() -> None:
    plan = ReminderPlan(nudge_enabled=True, nudge_weekday=6, nudge_time=time(18, 0))
    shown_week_before = {NUDGE: date(2026, 2, 22)}
    assert due_reminders(plan, at("2026-03-01 17:59"), shown_week_before) == []  # Sunday, before its time
    assert due_reminders(plan, at("2026-03-01 18:00"), shown_week_before) == [NUDGE]
    shown = {NUDGE: date(2026, 3, 1)}
    for day in range(1, 7):  # Monday to Saturday
        assert due_reminders(plan, at("2026-03-01 18:00") + timedelta(days=day), shown) == []
    assert due_reminders(plan, at("2026-03-08 17:00"), shown) == []
    assert due_reminders(plan, at("2026-03-08 18:00"), shown) == [NUDGE]


def test_a_missed_nudge_is_shown_once_later_that_week_across_the_calendar_week_boundary() -> None:
    plan = ReminderPlan(nudge_enabled=True)  # Sunday 18:00, the last evening of an ISO week
    shown_week_before = {NUDGE: date(2026, 2, 22)}
    assert latest_occurrence(plan, NUDGE, at("2026-03-03 09:00")) == at("2026-03-01 18:00")
    assert due_reminders(plan, at("2026-03-03 09:00"), shown_week_before) == [NUDGE]  # Tuesday, app not run Sunday
    assert due_reminders(plan, at("2026-03-04 09:00"), {NUDGE: date(2026, 3, 3)}) == []
    assert due_reminders(plan, at("2026-03-04 09:00"), NEVER) == [NUDGE]  # just turned on: once for this week


def test_the_nudge_on_a_monday_at_midnight_covers_the_new_year() -> None:
    plan = ReminderPlan(nudge_enabled=True, nudge_weekday=0, nudge_time=time(0, 0))
    assert latest_occurrence(plan, NUDGE, at("2027-01-03 23:59")) == at("2026-12-28 00:00")
    assert due_reminders(plan, at("2027-01-04 00:00"), {NUDGE: date(2026, 12, 31)}) == [NUDGE]


def test_both_can_be_due_at_once() -> None:
    assert due_reminders(BOTH, at("2026-03-01 21:00"), NEVER) == [WRITE, NUDGE]


def test_the_next_check_is_the_next_time_of_any_reminder_that_is_on() -> None:
    assert next_check_at(BOTH, at("2026-03-01 17:00")) == at("2026-03-01 18:00")
    assert next_check_at(BOTH, at("2026-03-01 18:00")) == at("2026-03-01 20:00")
    assert next_check_at(BOTH, at("2026-03-01 20:00")) == at("2026-03-02 20:00")
    nudge_only = ReminderPlan(nudge_enabled=True, nudge_weekday=2)
    assert next_check_at(nudge_only, at("2026-03-04 18:00")) == at("2026-03-11 18:00")  # Wednesday at its time


def test_an_aware_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        due_reminders(BOTH, datetime.now().astimezone(), NEVER)


plans = st.builds(
    ReminderPlan,
    write_enabled=st.booleans(),
    write_time=st.times(),
    nudge_enabled=st.booleans(),
    nudge_weekday=st.integers(0, 6),
    nudge_time=st.times(),
)
# The app checks at uneven moments; now and then the clock jumps back (DST, a manual change).
steps = st.lists(st.integers(min_value=-3 * 3600, max_value=2 * 86_400), min_size=1, max_size=60)


@given(plan=plans, start=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1)), steps=steps)
def test_a_reminder_is_never_due_twice_for_the_same_day_or_week(
    plan: ReminderPlan, start: datetime, steps: list[int]
) -> None:
    last_shown: dict[ReminderKind, date | None] = {}
    shown_for: dict[ReminderKind, set[datetime]] = {WRITE: set(), NUDGE: set()}
    now = start
    for seconds in steps:
        now += timedelta(seconds=seconds)
        for kind in due_reminders(plan, now, last_shown):
            occurrence = latest_occurrence(plan, kind, now)
            assert occurrence is not None and occurrence <= now and plan.is_enabled(kind)
            assert occurrence not in shown_for[kind], f"{kind} shown twice for {occurrence}"
            shown_for[kind].add(occurrence)
            last_shown[kind] = now.date()
        upcoming = next_check_at(plan, now)
        assert upcoming is None if not plan.any_enabled else upcoming > now
