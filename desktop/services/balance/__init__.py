"""Balance: time together and apart, the target band, and the data behind the charts and insights."""

from desktop.services.balance.records import (
    ActivityTotals,
    BalanceSeries,
    Dashboard,
    JournalDays,
    MoodSeries,
    Person,
    PersonMinutes,
    QualitySeries,
    ShareSeries,
    SpanInput,
    SpanView,
    TimerState,
)
from desktop.services.balance.service import BOTH, BalanceService, SpanNotFound

__all__ = [
    "BOTH",
    "ActivityTotals",
    "BalanceSeries",
    "BalanceService",
    "Dashboard",
    "JournalDays",
    "MoodSeries",
    "Person",
    "PersonMinutes",
    "QualitySeries",
    "ShareSeries",
    "SpanInput",
    "SpanNotFound",
    "SpanView",
    "TimerState",
]
