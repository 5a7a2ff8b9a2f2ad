"""Chart data over both vaults: SQL aggregates from each, merged per bin (a few rows, never every span)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from desktop.core.balance.bins import BinSize, DateRange, bin_size_for, bin_starts
from desktop.core.balance.trend import shares, trailing_baseline
from desktop.services.balance import aggregate, journal_stats
from desktop.services.balance.records import (
    ActivityTotals,
    BalanceSeries,
    JournalDays,
    MoodSeries,
    Person,
    PersonMinutes,
    QualitySeries,
    ShareSeries,
)
from desktop.store.vault import Vault

UNNAMED_ACTIVITY = "(no activity)"


class BalanceStats:
    def __init__(self, vaults: Callable[[], list[Vault]], people: tuple[Person, ...]) -> None:
        self._vaults = vaults
        self._people = people

    def balance(self, span: DateRange, size: BinSize | None = None) -> BalanceSeries:
        size = size or bin_size_for(span)
        bins = bin_starts(span, size)
        index = {start.isoformat(): i for i, start in enumerate(bins)}
        minutes = {(p.id, kind): [0.0] * len(bins) for p in self._people for kind in ("together", "apart")}
        for vault in self._vaults():
            with vault.session() as session:
                rows = aggregate.minutes_by_bin(session, span, size, [p.id for p in self._people])
            for bin_start, person_id, kind, total in rows:
                minutes[(person_id, kind)][index[bin_start]] += total
        people = tuple(
            PersonMinutes(p, tuple(minutes[(p.id, "together")]), tuple(minutes[(p.id, "apart")])) for p in self._people
        )
        return BalanceSeries(span=span, size=size, bins=bins, people=people)

    def share(self, balance: BalanceSeries, band: tuple[int, int] | None) -> ShareSeries:
        together, apart = balance.totals()
        share = shares(together, apart)
        return ShareSeries(balance.bins, balance.size, share, trailing_baseline(share), band)

    def activities(self, span: DateRange) -> ActivityTotals:
        totals: dict[tuple[str, str], float] = defaultdict(float)
        for vault in self._vaults():
            with vault.session() as session:
                rows = aggregate.apart_by_activity(session, span, [p.id for p in self._people])
            for activity, person_id, minutes in rows:
                totals[(activity or UNNAMED_ACTIVITY, person_id)] += minutes
        by_activity: dict[str, float] = defaultdict(float)
        for (activity, _person), minutes in totals.items():
            by_activity[activity] += minutes
        order = tuple(sorted(by_activity, key=lambda activity: (-by_activity[activity], activity)))
        matrix = tuple(tuple(totals.get((activity, p.id), 0.0) for activity in order) for p in self._people)
        return ActivityTotals(order, self._people, matrix)

    def qualities(self, span: DateRange, size: BinSize | None = None) -> QualitySeries:
        size = size or bin_size_for(span)
        bins = bin_starts(span, size)
        index = {start.isoformat(): i for i, start in enumerate(bins)}
        nurtured, strained = [0] * len(bins), [0] * len(bins)
        for vault in self._vaults():
            with vault.session() as session:
                rows = journal_stats.quality_tags_by_bin(session, span, size)
            for bin_start, polarity, count in rows:
                (nurtured if polarity > 0 else strained)[index[bin_start]] += count
        return QualitySeries(bins, size, tuple(nurtured), tuple(strained))

    def mood(self, span: DateRange, size: BinSize | None = None) -> MoodSeries:
        size = size or bin_size_for(span)
        bins = bin_starts(span, size)
        index = {start.isoformat(): i for i, start in enumerate(bins)}
        sums, counts = [0] * len(bins), [0] * len(bins)
        for vault in self._vaults():
            with vault.session() as session:
                rows = journal_stats.mood_by_bin(session, span, size)
            for bin_start, mood_sum, count in rows:
                sums[index[bin_start]] += mood_sum
                counts[index[bin_start]] += count
        means = tuple(total / count if count else None for total, count in zip(sums, counts, strict=True))
        return MoodSeries(bins, size, means, tuple(counts))

    def journal_days(self, span: DateRange) -> JournalDays:
        days: dict[date, int] = defaultdict(int)
        for vault in self._vaults():
            with vault.session() as session:
                for day, count in journal_stats.entries_by_day(session, span):
                    days[date.fromisoformat(day)] += count
        return JournalDays(span, dict(days))

    def strained(self, span: DateRange) -> dict[str, int]:
        found: dict[str, int] = defaultdict(int)
        for vault in self._vaults():
            with vault.session() as session:
                for tag, count in journal_stats.strained_tags(session, span):
                    found[tag] += count
        return dict(found)

    def first_day(self) -> date | None:
        """The earliest day with a span or an entry."""
        found: list[date] = []
        for vault in self._vaults():
            with vault.session() as session:
                span_day = aggregate.first_day(session)
                entry_day = journal_stats.first_entry_day(session)
            found += [date.fromisoformat(span_day)] if span_day else []
            found += [entry_day] if entry_day else []
        return min(found, default=None)
