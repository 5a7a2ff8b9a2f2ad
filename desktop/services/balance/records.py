"""Plain values the balance service takes and returns; nothing here reaches back into a vault."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.core.balance.bins import BinSize, DateRange
from desktop.services.balance.insights import Insights


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    colour: str


@dataclass(frozen=True)
class SpanInput:
    """A span as a person logs it. Times are wall-clock in the service's zone (or aware).

    Give `end` or `minutes`. `person_id` None means both partners.
    """

    kind: str
    start: datetime
    end: datetime | None = None
    minutes: int | None = None
    person_id: str | None = None
    activity: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()
    zone: str = ""  # the IANA zone it was logged in, when it is not the service's (an imported span)


@dataclass(frozen=True)
class SpanView:
    id: str
    kind: str
    person_id: str | None  # None: both partners
    person_name: str  # "Alex", or "Both of you"
    start: datetime  # aware, in the offset it was logged in
    end: datetime
    minutes: int
    activity: str
    note: str
    tags: tuple[str, ...]
    shared: bool  # in the couple vault
    zone: str = ""  # the IANA zone it was logged in, when known


@dataclass(frozen=True)
class TimerState:
    kind: str
    person_id: str | None
    activity: str
    started_at: datetime  # aware


@dataclass(frozen=True)
class PersonMinutes:
    person: Person
    together: tuple[float, ...]  # minutes per bin
    apart: tuple[float, ...]


@dataclass(frozen=True)
class BalanceSeries:
    """Minutes together and apart per bin and person, every bin of the range present."""

    span: DateRange
    size: BinSize
    bins: tuple[date, ...]
    people: tuple[PersonMinutes, ...]

    def totals(self) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """(together, apart) per bin, summed over people."""
        together = tuple(sum(p.together[i] for p in self.people) for i in range(len(self.bins)))
        apart = tuple(sum(p.apart[i] for p in self.people) for i in range(len(self.bins)))
        return together, apart


@dataclass(frozen=True)
class ShareSeries:
    bins: tuple[date, ...]
    size: BinSize
    share: tuple[float | None, ...]  # together / all logged, 0..1
    baseline: tuple[float | None, ...]  # the couple's own trailing average
    band: tuple[int, int] | None  # the target band they chose, in percent


@dataclass(frozen=True)
class ActivityTotals:
    """Apart minutes per activity (largest first) and person."""

    activities: tuple[str, ...]
    people: tuple[Person, ...]
    minutes: tuple[tuple[float, ...], ...]  # [person][activity]


@dataclass(frozen=True)
class QualitySeries:
    bins: tuple[date, ...]
    size: BinSize
    nurtured: tuple[int, ...]  # tags per bin
    strained: tuple[int, ...]


@dataclass(frozen=True)
class MoodSeries:
    bins: tuple[date, ...]
    size: BinSize
    mean: tuple[float | None, ...]  # 1..5, None where no entry had a mood
    count: tuple[int, ...]


@dataclass(frozen=True)
class JournalDays:
    span: DateRange
    entries: dict[date, int] = field(default_factory=dict)  # days with entries only


@dataclass(frozen=True)
class Dashboard:
    """Everything the Insights page shows for one range."""

    span: DateRange
    balance: BalanceSeries
    share: ShareSeries
    activities: ActivityTotals
    qualities: QualitySeries
    mood: MoodSeries
    journal_days: JournalDays
    insights: Insights  # the facts the page writes as a few sentences
