"""Finding entries: newest-first pages across both vaults, full-text search, filters, calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.qualities import Tag
from desktop.core.search_query import to_fts5
from desktop.services.journal import EntryQuery
from tests.services.journal_fixtures import TRUST_DOWN, TRUST_UP, Couple, couple, entry

__all__ = ["couple"]


@pytest.fixture
def written(couple: Couple) -> Couple:
    journal = couple.alex_journal
    journal.create(entry("Coffee at the café by the river", "2024-05-01 09:00", tags=[TRUST_UP], mood=4))
    journal.create(entry("We argued about the holidays", "2025-05-01 21:00", tags=[TRUST_DOWN], mood=2))
    journal.create(entry("Quality time: a long walk, no phones", "2025-06-10 18:00", title="Walk", mood=5,
                         tags=[Tag("quality-time", 1)], shared=True))  # fmt: skip
    journal.create(entry("Gardening alone, happily", "2025-06-11 10:00", tags=[Tag("individuality", 1)]))
    return couple


def _bodies(couple: Couple, **query: object) -> list[str]:
    return [view.body for view in couple.alex_journal.page(EntryQuery(**query))]  # type: ignore[arg-type]


def test_newest_first_across_private_and_shared(written: Couple) -> None:
    assert _bodies(written) == [
        "Gardening alone, happily",
        "Quality time: a long walk, no phones",
        "We argued about the holidays",
        "Coffee at the café by the river",
    ]
    assert [view.shared for view in written.alex_journal.page(EntryQuery())] == [False, True, False, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cafe", ["Coffee at the café by the river"]),  # accents ignored
        ("CAFÉ river", ["Coffee at the café by the river"]),  # words ANDed, case ignored
        ('"long walk"', ["Quality time: a long walk, no phones"]),  # phrase
        ('"walk long"', []),
        ("garden*", ["Gardening alone, happily"]),  # prefix
        ("garden", []),
        ("walk", ["Quality time: a long walk, no phones"]),  # title and body both searched
        ("NOT OR AND", []),  # operators are words, not syntax
        ('"unclosed phrase', []),
    ],
)
def test_full_text_search(written: Couple, text: str, expected: list[str]) -> None:
    assert _bodies(written, text=text) == expected


def test_filters_combine_with_search(written: Couple) -> None:
    assert _bodies(written, tags=(TRUST_DOWN,)) == ["We argued about the holidays"]
    assert _bodies(written, tags=(Tag("trust"),)) == ["We argued about the holidays", "Coffee at the café by the river"]
    assert _bodies(written, tags=(Tag("trust"),), text="coffee") == ["Coffee at the café by the river"]
    assert _bodies(written, mood_min=4) == ["Quality time: a long walk, no phones", "Coffee at the café by the river"]
    assert _bodies(written, mood_max=2) == ["We argued about the holidays"]
    assert _bodies(written, date_from=date(2025, 6, 10), date_to=date(2025, 6, 10)) == [
        "Quality time: a long walk, no phones"
    ]
    assert _bodies(written, private=False) == ["Quality time: a long walk, no phones"]
    assert _bodies(written, shared=False, date_from=date(2025, 6, 1)) == ["Gardening alone, happily"]
    assert written.alex_journal.count(EntryQuery(date_from=date(2025, 1, 1))) == 3


def test_pages_follow_their_cursor_without_gaps_or_repeats(couple: Couple) -> None:
    start = datetime(2020, 1, 1, 12, 0)
    for i in range(57):
        couple.alex_journal.create(entry(f"entry {i}", (start + timedelta(hours=i * 7)).isoformat(), shared=i % 3 == 0))
    seen, cursor = [], None
    while page := couple.alex_journal.page(EntryQuery(), after=cursor, limit=10):
        seen += [view.body for view in page]
        cursor = page[-1].cursor
    assert seen == [f"entry {i}" for i in reversed(range(57))]
    assert couple.alex_journal.count(EntryQuery()) == 57
    assert couple.sam_journal.count(EntryQuery()) == 19


def test_same_minute_entries_are_all_listed(couple: Couple) -> None:
    for i in range(5):
        couple.alex_journal.create(entry(f"same minute {i}", "2025-01-01 08:00", shared=i % 2 == 0))
    first = couple.alex_journal.page(EntryQuery(), limit=2)
    rest = couple.alex_journal.page(EntryQuery(), after=first[-1].cursor, limit=10)
    assert sorted(view.body for view in first + rest) == [f"same minute {i}" for i in range(5)]


def test_calendar_days_and_on_this_day(written: Couple) -> None:
    days = written.alex_journal.days_with_entries(date(2025, 6, 1), date(2025, 6, 30))
    assert days == {date(2025, 6, 10), date(2025, 6, 11)}
    earlier = written.alex_journal.on_this_day(date(2026, 5, 1))
    assert [view.body for view in earlier] == ["We argued about the holidays", "Coffee at the café by the river"]
    assert written.alex_journal.on_this_day(date(2025, 5, 1))[0].body == "Coffee at the café by the river"


def test_partner_search_sees_only_shared(written: Couple) -> None:
    assert [view.body for view in written.sam_journal.page(EntryQuery(text="walk OR coffee"))] == []
    assert [view.body for view in written.sam_journal.page(EntryQuery(text="walk"))] == [
        "Quality time: a long walk, no phones"
    ]
    assert written.sam_journal.count(EntryQuery(text="cafe")) == 0


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_typed_text_is_a_valid_fts5_query(text: str) -> None:
    import sqlite3

    query = to_fts5(text)
    if query is None:
        return
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO f VALUES ('some text')")
    conn.execute("SELECT * FROM f WHERE f MATCH ?", (query,)).fetchall()
    conn.close()
