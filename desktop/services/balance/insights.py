"""A few plain facts found in the data, for the Insights page to write as sentences in the person's language.

They describe; they never judge the relationship. The services hold no Qt, so they return the numbers and the
names; `desktop/ui/insights/sentences.py` (and the CLI, if it ever shows them) writes the words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.core.balance.bins import BinSize, DateRange

if TYPE_CHECKING:
    from desktop.services.balance.stats import BalanceStats

LATELY_DAYS = 30


@dataclass(frozen=True)
class MonthSplit:
    """The calendar month so far, against the three months before it."""

    together_share: float  # 0..1 of the minutes logged this month
    together_minutes: float
    apart_minutes: float
    earlier_share: float | None  # None when nothing was logged in the three months before


@dataclass(frozen=True)
class StrainedQuality:
    """The quality tagged strained most often lately (the first by id on a tie)."""

    quality_id: str
    times: int


@dataclass(frozen=True)
class TopActivities:
    """What time apart went most to lately: one or two activities, the largest first."""

    minutes: tuple[tuple[str, float], ...]  # (activity, apart minutes)


@dataclass(frozen=True)
class Insights:
    """The facts behind the Insights page's sentences, in the order they are shown."""

    lately_days: int  # "the last 30 days" of the sentences below
    month: MonthSplit | None  # None: nothing logged yet this month
    strained: StrainedQuality | None  # None: no quality tagged strained lately
    apart: TopActivities | None  # None: no time apart logged lately, and no sentence about it
    journal_days: int  # days lately with at least one journal entry


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def _lately(today: date) -> DateRange:
    return DateRange(today - timedelta(days=LATELY_DAYS - 1), today)


def month_split(stats: BalanceStats, today: date) -> MonthSplit | None:
    series = stats.balance(DateRange(_months_back(today, 3), today), BinSize.MONTH)
    together, apart = series.totals()
    now_together, now_apart = together[-1], apart[-1]
    if now_together + now_apart == 0:
        return None
    before_together, before_apart = sum(together[:-1]), sum(apart[:-1])
    before = before_together + before_apart
    return MonthSplit(
        together_share=now_together / (now_together + now_apart),
        together_minutes=now_together,
        apart_minutes=now_apart,
        earlier_share=before_together / before if before else None,
    )


def most_strained(stats: BalanceStats, today: date) -> StrainedQuality | None:
    qualities = {tag: count for tag, count in stats.strained(_lately(today)).items() if count}
    if not qualities:
        return None
    tag = max(sorted(qualities), key=lambda name: qualities[name])
    return StrainedQuality(tag, qualities[tag])


def apart_activities(stats: BalanceStats, today: date) -> TopActivities | None:
    totals = stats.activities(_lately(today))
    if not totals.activities:
        return None
    summed = [sum(row[i] for row in totals.minutes) for i in range(len(totals.activities))]
    return TopActivities(tuple(zip(totals.activities, summed, strict=True))[:2])


def insights(stats: BalanceStats, today: date) -> Insights:
    return Insights(
        lately_days=LATELY_DAYS,
        month=month_split(stats, today),
        strained=most_strained(stats, today),
        apart=apart_activities(stats, today),
        journal_days=len(stats.journal_days(_lately(today)).entries),
    )
