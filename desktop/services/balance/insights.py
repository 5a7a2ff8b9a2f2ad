"""A few plain sentences computed from the data. They describe; they never judge the relationship."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.core.balance.bins import BinSize, DateRange
from desktop.core.balance.durations import duration
from desktop.core.qualities import label_of

if TYPE_CHECKING:
    from desktop.services.balance.stats import BalanceStats

LATELY_DAYS = 30


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def month_split(stats: BalanceStats, today: date) -> str:
    series = stats.balance(DateRange(_months_back(today, 3), today), BinSize.MONTH)
    together, apart = series.totals()
    now_together, now_apart = together[-1], apart[-1]
    if now_together + now_apart == 0:
        return "Nothing logged yet this month."
    share = now_together / (now_together + now_apart)
    sentence = (
        f"This month so far, {share:.0%} of the time logged was together "
        f"({duration(now_together)} together, {duration(now_apart)} apart)"
    )
    before_together, before_apart = sum(together[:-1]), sum(apart[:-1])
    if before_together + before_apart == 0:
        return sentence + "."
    before = before_together / (before_together + before_apart)
    return sentence + f"; over the three months before, it was {before:.0%}."


def most_strained(stats: BalanceStats, today: date) -> str:
    strained = stats.strained(DateRange(today - timedelta(days=LATELY_DAYS - 1), today))
    qualities = {tag: count for tag, count in strained.items() if count}
    if not qualities:
        return f"No quality was tagged strained in the journal in the last {LATELY_DAYS} days."
    tag = max(sorted(qualities), key=lambda name: qualities[name])
    times = "once" if qualities[tag] == 1 else f"{qualities[tag]} times"
    return (
        f"In the last {LATELY_DAYS} days, the quality most often tagged strained was {label_of(tag).lower()} ({times})."
    )


def apart_activities(stats: BalanceStats, today: date) -> str | None:
    totals = stats.activities(DateRange(today - timedelta(days=LATELY_DAYS - 1), today))
    if not totals.activities:
        return None
    summed = [sum(row[i] for row in totals.minutes) for i in range(len(totals.activities))]
    top = [f"{activity} ({duration(minutes)})" for activity, minutes in zip(totals.activities, summed, strict=True)][:2]
    return f"Time apart in the last {LATELY_DAYS} days went most to " + " and ".join(top) + "."


def journaling_days(stats: BalanceStats, today: date) -> str:
    days = stats.journal_days(DateRange(today - timedelta(days=LATELY_DAYS - 1), today))
    return f"Journal entries were written on {len(days.entries)} of the last {LATELY_DAYS} days."


def sentences(stats: BalanceStats, today: date) -> tuple[str, ...]:
    found = [month_split(stats, today), most_strained(stats, today), apart_activities(stats, today)]
    found.append(journaling_days(stats, today))
    return tuple(sentence for sentence in found if sentence)
