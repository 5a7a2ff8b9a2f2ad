"""Logging spans: where they live, who sees them, edits, the rules (with clear messages), and the timer."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.errors import InvalidInput
from desktop.services.balance import BalanceService, SpanInput, SpanNotFound
from tests.services.balance_fixtures import BERLIN, NOW, Couple, alone, close, couple, open_balance

__all__ = ["alone", "couple"]  # the fixtures, imported for pytest

EVENING = datetime(2025, 6, 19, 19, 0)


def test_a_couples_spans_are_seen_by_both_partners(couple: Couple) -> None:
    logged = couple.alex.add(SpanInput("together", EVENING, minutes=90, activity="date night"))
    assert logged.shared and logged.person_name == "Both of you"
    (seen,) = couple.sam.recent()
    assert (seen.id, seen.kind, seen.minutes, seen.activity) == (logged.id, "together", 90, "date night")
    assert seen.start == datetime(2025, 6, 19, 19, 0, tzinfo=BERLIN)
    assert seen.end.utcoffset() == timedelta(hours=2)


def test_a_single_persons_spans_stay_in_their_own_vault(alone: BalanceService) -> None:
    logged = alone.add(SpanInput("apart", EVENING, minutes=45, person_id=alone.me.id, activity="walk"))
    assert not logged.shared
    with pytest.raises(InvalidInput, match="needs a partner"):
        alone.add(SpanInput("together", EVENING + timedelta(hours=3), minutes=30))


def test_edit_and_delete(couple: Couple) -> None:
    logged = couple.alex.add(SpanInput("apart", EVENING, minutes=60, person_id=couple.alex.me.id, activity="sport"))
    changed = couple.sam.update(
        logged.id, SpanInput("apart", EVENING, end=EVENING + timedelta(hours=2), person_id=couple.alex.me.id,
                             activity="climbing", note="bouldering", tags=("individuality+",))
    )  # fmt: skip
    assert (changed.minutes, changed.activity, changed.tags) == (120, "climbing", ("individuality+",))
    assert couple.alex.get(logged.id).note == "bouldering"
    couple.alex.delete(logged.id)
    assert couple.sam.recent() == []
    with pytest.raises(SpanNotFound):
        couple.alex.delete(logged.id)


def test_recent_activities_are_the_persons_own_then_the_usual(couple: Couple) -> None:
    couple.sam.add(SpanInput("apart", EVENING, minutes=60, person_id=couple.sam.me.id, activity="choir"))
    couple.alex.add(SpanInput("apart", EVENING, minutes=60, person_id=couple.alex.me.id, activity="pottery"))
    couple.alex.add(SpanInput("together", EVENING - timedelta(days=1), minutes=60, activity="cinema"))
    activities = couple.alex.recent_activities()
    assert activities[:2] == ["pottery", "cinema"]
    assert "choir" not in activities and "date night" in activities


@pytest.mark.parametrize(
    ("span", "message"),
    [
        (SpanInput("together", EVENING, end=EVENING - timedelta(minutes=5)), "must end after it starts"),
        (SpanInput("together", EVENING, end=EVENING), "must end after it starts"),
        (SpanInput("together", EVENING, end=EVENING + timedelta(hours=25)), "at most 24 hours"),
        (SpanInput("together", EVENING, minutes=0), "1 minute to 24 hours"),
        (SpanInput("together", datetime(2031, 1, 1, 10, 0), minutes=60), "more than a day from now"),
        (SpanInput("together", datetime(1960, 1, 1, 10, 0), minutes=60), "too long ago"),
        (SpanInput("sometimes", EVENING, minutes=60), "“together” or “apart”"),
        (SpanInput("together", EVENING), "an end or a length"),
        (SpanInput("together", EVENING, minutes=30, tags=("trust",)), "nurtured or strained"),
        (SpanInput("together", EVENING, minutes=30, activity="x" * 61), "at most 60 characters"),
    ],
)
def test_absurd_spans_are_refused_with_a_clear_message(couple: Couple, span: SpanInput, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        couple.alex.add(span)
    assert couple.alex.recent() == []


def test_overlaps_with_the_same_person_are_refused_and_named(couple: Couple) -> None:
    alex, sam = couple.alex.me.id, couple.sam.me.id
    couple.alex.add(SpanInput("apart", EVENING, minutes=120, person_id=alex, activity="own hobby"))
    with pytest.raises(InvalidInput, match=r"Alex’s span: own hobby \(apart\), 2025-06-19 19:00–21:00"):
        couple.sam.add(SpanInput("together", EVENING + timedelta(hours=1), minutes=60))  # both: Alex is busy
    with pytest.raises(InvalidInput, match="overlaps"):
        couple.alex.add(SpanInput("apart", EVENING - timedelta(minutes=30), minutes=31, person_id=alex))
    # Sam's own time apart at the same hours is fine, and so is Alex's right after.
    couple.sam.add(SpanInput("apart", EVENING, minutes=120, person_id=sam, activity="friends"))
    couple.alex.add(SpanInput("together", EVENING + timedelta(hours=2), minutes=60, person_id=alex))
    # An edit does not clash with the span itself.
    (latest, *_rest) = couple.alex.recent()
    couple.alex.update(latest.id, SpanInput("together", EVENING + timedelta(hours=2), minutes=90, person_id=alex))


def test_the_timer_survives_a_restart_and_logs_a_span(couple: Couple) -> None:
    started = couple.alex.start_timer("together", None, "walk")
    assert started.started_at == NOW.replace(second=0)
    with pytest.raises(InvalidInput, match="already running"):
        couple.alex.start_timer("apart", couple.alex.me.id)
    close(couple.alex)

    later = open_balance(couple.services, "Alex", now=NOW + timedelta(minutes=75))
    try:
        assert later.timer() == started
        assert couple.sam.timer() is None  # the timer is private until it is stopped
        logged = later.stop_timer(note="along the river")
        assert (logged.minutes, logged.activity, logged.person_name, logged.note) == (
            75,
            "walk",
            "Both of you",
            "along the river",
        )
        assert later.timer() is None
        assert [view.id for view in couple.sam.recent()] == [logged.id]
    finally:
        close(later)
    couple.alex = open_balance(couple.services, "Alex")


def test_a_timer_too_short_or_too_long_is_not_logged(couple: Couple) -> None:
    couple.alex.start_timer("apart", couple.alex.me.id, "reading")
    with pytest.raises(InvalidInput, match="less than a minute"):
        couple.alex.stop_timer()
    close(couple.alex)
    couple.alex = open_balance(couple.services, "Alex", now=NOW + timedelta(hours=30))
    with pytest.raises(InvalidInput, match="at most 24 hours"):
        couple.alex.stop_timer()
    assert couple.alex.timer() is not None
    couple.alex.discard_timer()
    assert couple.alex.timer() is None and couple.alex.recent() == []


def test_the_target_band_is_the_couples_own(couple: Couple) -> None:
    assert couple.alex.target_band() is None  # no ideal is assumed
    couple.alex.set_target_band((40, 60))
    assert couple.sam.target_band() == (40, 60)
    with pytest.raises(InvalidInput, match="between 0 and 100"):
        couple.sam.set_target_band((70, 50))
