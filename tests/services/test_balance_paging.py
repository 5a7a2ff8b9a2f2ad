"""Paging through the span list: every span exactly once, newest first, even when several start in the same minute."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.services.balance import BalanceService, SpanInput, SpanView
from desktop.store.models import TimeSpan
from tests.services.balance_fixtures import Couple, alone, couple

__all__ = ["alone", "couple"]  # the fixtures, imported for pytest

EVENING = datetime(2025, 6, 19, 19, 0)


def every_page(service: BalanceService, size: int) -> list[SpanView]:
    seen = page = service.recent(size)
    while len(page) == size:  # as the span list's fetchMore does
        page = service.recent(size, before=page[-1])
        seen = seen + page
    return seen


def newest_first(views: list[SpanView]) -> list[str]:
    return [view.id for view in sorted(views, key=lambda view: (view.start, view.id), reverse=True)]


def test_five_spans_in_one_minute_each_come_once_across_pages_of_two(alone: BalanceService) -> None:
    # Only an import or an older version can store spans that overlap like this; the list must still page exactly.
    start = datetime(2025, 6, 19, 17, 0, tzinfo=UTC)
    with alone.unlocked.vault.session() as session:  # type: ignore[attr-defined]
        for span_id in ("c3", "a1", "e5", "b2", "d4"):
            session.add(
                TimeSpan(
                    id=span_id, author_id=alone.me.id, person_id=alone.me.id, kind="apart", started_at=start,
                    ended_at=start + timedelta(minutes=30), start_offset=120, end_offset=120, created_at=start,
                    updated_at=start,
                )
            )  # fmt: skip
        session.commit()
    later = alone.add(SpanInput("apart", EVENING + timedelta(hours=1), minutes=20, person_id=alone.me.id))
    earlier = alone.add(SpanInput("apart", EVENING - timedelta(hours=5), minutes=20, person_id=alone.me.id))

    paged = [view.id for view in every_page(alone, 2)]

    assert paged == [later.id, "e5", "d4", "c3", "b2", "a1", earlier.id]
    assert paged == newest_first(alone.every_span())


def test_partners_spans_that_start_together_meet_at_a_page_boundary(couple: Couple) -> None:
    alex, sam = couple.alex.me.id, couple.sam.me.id
    couple.alex.add(SpanInput("apart", EVENING, minutes=60, person_id=alex, activity="choir"))
    couple.sam.add(SpanInput("apart", EVENING, minutes=90, person_id=sam, activity="climbing"))
    couple.sam.add(SpanInput("together", EVENING - timedelta(hours=2), minutes=60, activity="dinner"))

    for size in (1, 2, 3):
        paged = every_page(couple.sam, size)
        assert [view.id for view in paged] == newest_first(couple.sam.every_span()), size
    assert [view.activity for view in every_page(couple.alex, 1)][2] == "dinner"
