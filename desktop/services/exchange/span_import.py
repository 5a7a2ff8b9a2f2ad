"""Importing time spans through the balance service, so every rule of a typed span applies.

A span already there (the same start and end instants, kind and activity) is skipped; a span
that breaks a rule or overlaps another is refused alone, with the service's own reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desktop.errors import InvalidInput
from desktop.services.exchange.sources import CandidateTimeSpan

if TYPE_CHECKING:
    from desktop.services.balance import BalanceService


@dataclass
class SpanOutcome:
    added: int = 0
    skipped: int = 0
    refused: int = 0
    reasons: list[str] = field(default_factory=list)


def import_spans(balance: BalanceService, candidates: tuple[CandidateTimeSpan, ...]) -> SpanOutcome:
    """Add each new span on its own: one refused span does not hold back the others."""
    from desktop.services.balance import SpanInput

    outcome = SpanOutcome()
    if not candidates:
        return outcome
    there = {_key(view.start, view.end, view.kind, view.activity) for view in balance.every_span()}
    for index, candidate in enumerate(candidates):
        label = _label(index, candidate)
        key = _key(candidate.start, candidate.end, candidate.kind, candidate.activity)
        if key in there:
            outcome.skipped += 1
            outcome.reasons.append(f"{label}: skipped, already logged.")
            continue
        try:
            person_id = _person(balance, candidate)
            balance.add(
                SpanInput(
                    kind=candidate.kind, start=candidate.start, end=candidate.end, person_id=person_id,
                    activity=candidate.activity, note=candidate.note, tags=candidate.tags,
                    zone=_known_zone(candidate.zone),
                )
            )  # fmt: skip
        except InvalidInput as problem:
            outcome.refused += 1
            outcome.reasons.append(f"{label}: refused. {problem}")
            continue
        there.add(key)
        outcome.added += 1
    return outcome


def _person(balance: BalanceService, candidate: CandidateTimeSpan) -> str | None:
    if candidate.who == "me":
        return balance.me.id
    if candidate.who == "both":
        return None
    if balance.partner is None:
        raise InvalidInput("It was logged for a partner, and this profile has no partner to log it for.")
    return balance.partner.id


def _key(start: datetime, end: datetime, kind: str, activity: str) -> tuple:
    return (_instant(start), _instant(end), kind, " ".join(activity.split()))


def _instant(moment: datetime) -> datetime:
    """Wall-clock times (no offset in the file) are compared as the computer's local time, as they are logged."""
    return (moment if moment.tzinfo is not None else moment.astimezone()).astimezone(UTC).replace(microsecond=0)


def _known_zone(name: str) -> str:
    try:
        return ZoneInfo(name).key if name else ""
    except (ValueError, KeyError, OSError):  # an unknown or malformed zone name: keep only the offsets
        return ""


def _label(index: int, candidate: CandidateTimeSpan) -> str:
    when = f"{candidate.start:%Y-%m-%d %H:%M}" if candidate.start.year >= 1000 else "?"
    what = f"{candidate.kind}, {' '.join(candidate.activity.split())[:40]}" if candidate.activity else candidate.kind
    return f"Time span {index + 1} ({when}, {what[:60]})"
