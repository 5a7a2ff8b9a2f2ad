"""Balance for one unlocked profile: logging spans (form, timer, edits), the target band, and chart data.

A paired couple's spans live in the couple vault, so both partners see them; a single person's in their
own vault (and spans logged before pairing stay there, still counted). The timer is private: it lives in
the person's own vault until it is stopped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlmodel import col, delete, select

from desktop.core.balance import rules, zones
from desktop.core.balance.bins import BinSize, DateRange
from desktop.core.balance.trend import check_band
from desktop.core.qualities import parse_tag
from desktop.errors import InvalidInput
from desktop.services.balance import spans
from desktop.services.balance.insights import insights
from desktop.services.balance.records import (
    BalanceSeries,
    Dashboard,
    Person,
    SpanInput,
    SpanView,
    TimerState,
)
from desktop.services.balance.stats import BalanceStats
from desktop.services.settings import VaultSettings
from desktop.store.models import Setting, TimeSpan
from desktop.store.vault import Vault

TIMER_KEY = "balance.timer"
BAND_KEY = "balance.target_band"
BOTH = "Both of you"


class SpanNotFound(InvalidInput):
    def __init__(self) -> None:
        super().__init__("That span no longer exists.")


class BalanceService:
    def __init__(
        self,
        me: Person,
        partner: Person | None,
        private: Vault,
        shared: Vault | None,
        *,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """`zone` is where wall-clock times are read (None: the computer's own rules); `clock` gives aware now."""
        self.me = me
        self.partner = partner if shared is not None else None
        self._private = private
        self._shared = shared
        self._zone = zone
        self._clock = clock
        self.stats = BalanceStats(self._vaults, self.people)

    @property
    def people(self) -> tuple[Person, ...]:
        return (self.me,) if self.partner is None else (self.me, self.partner)

    @property
    def paired(self) -> bool:
        return self._shared is not None

    def close(self) -> None:
        """Close the couple vault this service opened; the private vault belongs to the unlocked profile."""
        if self._shared is not None:
            self._shared.close()
            self._shared = None

    def now(self) -> datetime:
        """Now, in the zone wall-clock times are read in."""
        return self._clock().astimezone(self._zone) if self._zone is not None else self._clock().astimezone()

    def today(self) -> date:
        return self.now().date()

    # -- spans -------------------------------------------------------------------------------------

    def add(self, span: SpanInput) -> SpanView:
        row = self._row(span, span_id=uuid.uuid4().hex)
        vault = self._shared if self._shared is not None else self._private
        with vault.session() as session:
            session.add(row)
            session.commit()
        return self._view(row, vault is self._shared)

    def update(self, span_id: str, span: SpanInput) -> SpanView:
        vault, old = self._find(span_id)
        row = self._row(span, span_id=span_id, created_at=old.created_at)
        with vault.session() as session:
            session.merge(row)
            session.commit()
        return self._view(row, vault is self._shared)

    def delete(self, span_id: str) -> None:
        vault, _row = self._find(span_id)
        with vault.session() as session:
            session.exec(delete(TimeSpan).where(col(TimeSpan.id) == span_id))  # type: ignore[call-overload]
            session.commit()

    def get(self, span_id: str) -> SpanView:
        vault, row = self._find(span_id)
        return self._view(row, vault is self._shared)

    def recent(self, limit: int = 100, before: SpanView | None = None) -> list[SpanView]:
        """Newest first across both vaults; pass the last one seen as `before` for more.

        Ordered by (start, id), so spans that start in the same minute are neither skipped nor repeated
        where one page ends and the next begins.
        """
        after = (zones.as_utc(before.start), before.id) if before is not None else None
        views: list[SpanView] = []
        for vault in self._vaults():
            with vault.session() as session:
                views += [self._view(row, vault is self._shared) for row in spans.newest(session, limit, after)]
        return sorted(views, key=lambda view: (zones.as_utc(view.start), view.id), reverse=True)[:limit]

    def every_span(self) -> list[SpanView]:
        """Every span this profile can read, in both vaults, oldest first (for exports and imports)."""
        views: list[SpanView] = []
        for vault in self._vaults():
            with vault.session() as session:
                views += [self._view(row, vault is self._shared) for row in session.exec(select(TimeSpan))]
        return sorted(views, key=lambda view: (zones.as_utc(view.start), view.id))

    def recent_activities(self, limit: int = 8) -> list[str]:
        """This person's own recently used activities, newest first, then the usual ones."""
        found: list[tuple[str, datetime]] = []
        for vault in self._vaults():
            with vault.session() as session:
                found += spans.recent_activities(session, self.me.id, limit)
        own = list(dict.fromkeys(activity for activity, _ in sorted(found, key=lambda pair: pair[1], reverse=True)))
        return own[:limit] + [activity for activity in rules.DEFAULT_ACTIVITIES if activity not in own]

    # -- the timer ---------------------------------------------------------------------------------

    def timer(self) -> TimerState | None:
        saved = VaultSettings(self._private).get(TIMER_KEY)
        if saved is None:
            return None
        return TimerState(
            kind=saved["kind"],
            person_id=saved["person_id"],
            activity=saved["activity"],
            started_at=datetime.fromisoformat(saved["started_at"]),
        )

    def start_timer(self, kind: str, person_id: str | None, activity: str = "") -> TimerState:
        running = self.timer()
        if running is not None:
            raise InvalidInput(f"A timer is already running, since {rules.when(running.started_at)}. Stop it first.")
        rules.check_kind(kind)
        self._check_person(person_id)
        state = TimerState(kind, person_id, rules.clean_activity(activity), _to_minute(self.now()))
        VaultSettings(self._private).set(
            TIMER_KEY,
            {
                "kind": kind,
                "person_id": person_id,
                "activity": state.activity,
                "started_at": state.started_at.isoformat(),
            },
        )
        return state

    def stop_timer(self, note: str = "", tags: tuple[str, ...] = ()) -> SpanView:
        """Log the running timer as a span ending now; the timer keeps running if the span is refused."""
        running = self.timer()
        if running is None:
            raise InvalidInput("No timer is running.")
        end = _to_minute(self.now())
        if end - running.started_at < timedelta(minutes=1):
            raise InvalidInput("The timer has run for less than a minute; let it run a little longer, or discard it.")
        view = self.add(
            SpanInput(
                kind=running.kind, start=running.started_at, end=end, person_id=running.person_id,
                activity=running.activity, note=note, tags=tags,
            )
        )  # fmt: skip
        self.discard_timer()
        return view

    def discard_timer(self) -> None:
        with self._private.session() as session:
            session.exec(delete(Setting).where(col(Setting.key) == TIMER_KEY))  # type: ignore[call-overload]
            session.commit()

    # -- the target band -----------------------------------------------------------------------------

    def target_band(self) -> tuple[int, int] | None:
        """The couple's own target for the share of time together, in percent; None until they choose one."""
        saved = VaultSettings(self._band_vault()).get(BAND_KEY)
        return (int(saved[0]), int(saved[1])) if saved else None

    def set_target_band(self, band: tuple[int, int] | None) -> None:
        if band is not None:
            check_band(*band)
        VaultSettings(self._band_vault()).set(BAND_KEY, list(band) if band is not None else None)

    # -- chart data -----------------------------------------------------------------------------------

    def balance(self, span: DateRange, size: BinSize | None = None) -> BalanceSeries:
        return self.stats.balance(span, size)

    def weekly_report(self, weeks: int) -> BalanceSeries:
        if not 1 <= weeks <= 520:
            raise InvalidInput(f"A report covers 1 to 520 weeks, not {weeks}.")
        return self.stats.balance(DateRange.last_weeks(weeks, self.today()), BinSize.WEEK)

    def first_day(self) -> date | None:
        return self.stats.first_day()

    def dashboard(self, span: DateRange) -> Dashboard:
        """Every chart's data and the insight facts for one range: one call, for a background thread."""
        balance = self.stats.balance(span)
        return Dashboard(
            span=span,
            balance=balance,
            share=self.stats.share(balance, self.target_band()),
            activities=self.stats.activities(span),
            qualities=self.stats.qualities(span),
            mood=self.stats.mood(span),
            journal_days=self.stats.journal_days(span),
            insights=insights(self.stats, self.today()),
        )

    # -- helpers ------------------------------------------------------------------------------------------

    def _vaults(self) -> list[Vault]:
        return [self._private] + ([self._shared] if self._shared is not None else [])

    def _band_vault(self) -> Vault:
        return self._shared if self._shared is not None else self._private

    def _find(self, span_id: str) -> tuple[Vault, TimeSpan]:
        for vault in self._vaults():
            with vault.session() as session:
                row = session.get(TimeSpan, span_id)
            if row is not None:
                return vault, row
        raise SpanNotFound()

    def _check_person(self, person_id: str | None) -> None:
        if person_id is None and self.partner is None:
            raise InvalidInput("Logging time for both of you needs a partner: pair two profiles first.")
        if person_id is not None and person_id not in {person.id for person in self.people}:
            raise InvalidInput("Time can be logged for you, your partner, or both of you.")

    def _row(self, span: SpanInput, span_id: str, created_at: datetime | None = None) -> TimeSpan:
        """Check a span against the rules and the spans already logged; the row to store (`created_at` as stored)."""
        rules.check_kind(span.kind)
        person_id = span.person_id
        self._check_person(person_id)
        start = zones.to_aware(span.start, self._zone)
        if span.end is not None:
            end = zones.to_aware(span.end, self._zone)
        elif span.minutes is not None:
            rules.check_minutes(span.minutes)
            end = (start.astimezone(UTC) + timedelta(minutes=span.minutes)).astimezone(start.tzinfo)
            if self._zone is None:
                end = end.astimezone()  # the OS's rules, for the offset at the end
        else:
            raise InvalidInput("Give the span an end or a length in minutes.")
        rules.check_times(start, end, self._clock())
        activity = rules.clean_activity(span.activity)
        rules.check_note(span.note)
        tags = tuple(dict.fromkeys(str(parse_tag(tag)) for tag in span.tags if tag.strip()))
        start_utc, end_utc = zones.as_utc(start), zones.as_utc(end)
        for vault in self._vaults():
            with vault.session() as session:
                clash = spans.overlapping(session, person_id, start_utc, end_utc, span_id)
            if clash is not None:
                raise InvalidInput(f"That overlaps {self._describe(clash)}. Change the times, or edit that span.")
        now = self._clock()
        return TimeSpan(
            id=span_id, author_id=self.me.id, person_id=person_id, kind=span.kind, started_at=start_utc,
            ended_at=end_utc, start_offset=zones.offset_minutes(start), end_offset=zones.offset_minutes(end),
            zone=span.zone or zones.zone_name(self._zone), activity=activity, note=span.note, tags=" ".join(tags),
            created_at=created_at or zones.as_utc(now), updated_at=zones.as_utc(now),
        )  # fmt: skip

    def _name(self, person_id: str | None) -> str:
        if person_id is None:
            return BOTH
        return next((person.name for person in self.people if person.id == person_id), "someone no longer here")

    def _describe(self, row: TimeSpan) -> str:
        start, end = spans.local_start(row), spans.local_end(row)
        who = "the span of both of you" if row.person_id is None else f"{self._name(row.person_id)}’s span"
        what = f"{row.activity} ({row.kind})" if row.activity else row.kind
        until = f"{end:%H:%M}" if end.date() == start.date() else rules.when(end)
        return f"{who}: {what}, {rules.when(start)}–{until}"

    def _view(self, row: TimeSpan, shared: bool) -> SpanView:
        start, end = spans.local_start(row), spans.local_end(row)
        return SpanView(
            id=row.id, kind=row.kind, person_id=row.person_id, person_name=self._name(row.person_id), start=start,
            end=end, minutes=round((end - start) / timedelta(minutes=1)), activity=row.activity, note=row.note,
            tags=tuple(row.tags.split()), shared=shared, zone=row.zone,
        )  # fmt: skip


def _to_minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)
