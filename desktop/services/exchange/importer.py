"""Importing entries and quiz results without ever duplicating what is already there.

An imported entry gets a new id. It is recognised on a later import by its fingerprint:
its date to the minute, its title and its text (line endings and trailing spaces aside),
among this profile's own entries (the trash included). Entries are written in one transaction
per vault, so an import is added whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.entry_rules import check_entry_text, check_mood, check_tag_count, check_written_at
from desktop.core.foreign_tags import map_foreign_tag
from desktop.core.qualities import Tag, parse_tag
from desktop.errors import InvalidInput
from desktop.services.exchange import sealed
from desktop.services.exchange.files import storage_problem
from desktop.services.exchange.progress import Progress
from desktop.services.exchange.sources import (
    CandidateEntry,
    CandidateQuizResult,
    ImportBatch,
    Source,
    read_batch,
)
from desktop.services.exchange.span_import import SpanOutcome, import_spans

if TYPE_CHECKING:
    from desktop.services.balance import BalanceService
    from desktop.services.profiles import UnlockedProfile
    from desktop.store.vault import Vault


@dataclass(frozen=True)
class ImportReport:
    added: int
    skipped: int  # already there, or written by a partner
    refused: int  # broke a rule; see `reasons`
    quiz_results_added: int = 0
    quiz_results_skipped: int = 0
    reasons: tuple[str, ...] = ()  # one line per skipped or refused entry or time span
    notes: tuple[str, ...] = field(default=())
    time_spans_added: int = 0
    time_spans_skipped: int = 0
    time_spans_refused: int = 0

    def summary(self) -> str:
        text = f"Added {self.added} entries, skipped {self.skipped}, refused {self.refused}."
        if self.quiz_results_added or self.quiz_results_skipped:
            text += f" Quiz results: added {self.quiz_results_added}, skipped {self.quiz_results_skipped}."
        if self.time_spans_added or self.time_spans_skipped or self.time_spans_refused:
            text += (
                f" Time spans: added {self.time_spans_added}, skipped {self.time_spans_skipped},"
                f" refused {self.time_spans_refused}."
            )
        return text


def fingerprint(written_at: datetime, title: str, body: str) -> str:
    def clean(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))

    minute = written_at.replace(second=0, microsecond=0).isoformat()
    return hashlib.sha256(json.dumps([minute, clean(title), clean(body)]).encode("utf-8")).hexdigest()


@dataclass
class _Plan:
    rows: dict[bool, list[tuple[CandidateEntry, tuple[Tag, ...]]]] = field(
        default_factory=lambda: {False: [], True: []}
    )
    skipped: int = 0
    refused: int = 0
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class ImportService:
    def __init__(self, clock=lambda: datetime.now().astimezone()) -> None:
        self._clock = clock

    def read(self, path: Path, source: Source, password: str | None = None) -> ImportBatch:
        """Read and check a whole file; `MalformedImport` when it is not what `source` says."""
        try:
            data = path.expanduser().read_bytes()
        except OSError as error:
            raise InvalidInput(f"{path} cannot be read ({error.strerror or error}).") from None
        if source == "tandem" and sealed.is_sealed(data):
            if password is None:
                raise NeedsPassword(path.name)
            data = sealed.unseal(data, password, path.name)
        return read_batch(data, path.name, source)

    def import_batch(
        self,
        unlocked: UnlockedProfile,
        shared_vault: Vault | None,
        batch: ImportBatch,
        progress: Progress | None = None,
        balance: BalanceService | None = None,
    ) -> ImportReport:
        """Add what is new; one transaction per vault. `shared_vault` is the couple's, when paired.

        Time spans go through `balance`, one by one, after the entries; without it they are left out."""
        progress = progress or Progress(what="The import")
        me = unlocked.profile.id
        plan = _Plan()
        now = self._clock().replace(tzinfo=None)
        seen: set[str] = set()
        vaults = [unlocked.vault] + ([shared_vault] if shared_vault is not None else [])
        total = len(batch.entries)
        for index, candidate in enumerate(batch.entries):
            if index % 100 == 0:
                progress.step(index, total)
            label = _label(index, candidate)
            if candidate.partner:
                plan.skipped += 1
                plan.reasons.append(f"{label}: skipped, written by {candidate.partner}; only they can import it.")
                continue
            try:
                tags = _checked(candidate, now)
            except InvalidInput as problem:
                plan.refused += 1
                plan.reasons.append(f"{label}: refused. {problem}")
                continue
            mark = fingerprint(candidate.written_at, candidate.title, candidate.body)
            if mark in seen or _already_there(vaults, me, candidate, mark):
                plan.skipped += 1
                plan.reasons.append(f"{label}: skipped, already in your journal.")
                continue
            seen.add(mark)
            shared = candidate.shared and shared_vault is not None
            if candidate.shared and not shared:
                plan.notes.append(f"{label}: kept private, as there is no partner to share it with.")
            plan.rows[shared].append((candidate, tags))
        progress.step(total, total)

        results, results_skipped = _new_quiz_results(unlocked.vault, me, batch.quiz_results)
        progress.commit()  # the last moment to cancel: nothing has been written yet
        stamp = self._clock()
        _write_entries(unlocked.vault, me, plan.rows[False], results, stamp)
        if plan.rows[True]:
            assert shared_vault is not None
            _write_entries(shared_vault, me, plan.rows[True], [], stamp)
        if balance is not None:
            spans = import_spans(balance, batch.time_spans)
            plan.reasons += spans.reasons
        else:
            spans = _spans_left_out(batch, plan)
        return ImportReport(
            added=len(plan.rows[False]) + len(plan.rows[True]),
            skipped=plan.skipped,
            refused=plan.refused,
            quiz_results_added=len(results),
            quiz_results_skipped=results_skipped,
            reasons=tuple(plan.reasons),
            notes=tuple(plan.notes),
            time_spans_added=spans.added,
            time_spans_skipped=spans.skipped,
            time_spans_refused=spans.refused,
        )


def _spans_left_out(batch: ImportBatch, plan: _Plan) -> SpanOutcome:
    if batch.time_spans:
        plan.notes.append(f"{len(batch.time_spans)} time spans were not imported.")
    return SpanOutcome()


class NeedsPassword(InvalidInput):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is an encrypted export: its password is needed to import it.")


def _label(index: int, candidate: CandidateEntry) -> str:
    title = " ".join(candidate.title.split())[:40]
    when = f"{candidate.written_at:%Y-%m-%d %H:%M}" if candidate.written_at.year >= 1000 else "?"
    return f"Entry {index + 1} ({when}{', “' + title + '”' if title else ''})"


def _checked(candidate: CandidateEntry, now: datetime) -> tuple[Tag, ...]:
    """The entry's tags, once the entry keeps every rule a typed entry keeps; else InvalidInput."""
    check_written_at(candidate.written_at, now)
    title = candidate.title.strip()
    if len(title) > 200 and candidate.foreign_tags:  # jrnl's title is the first sentence: keep it in the body
        raise InvalidInput("Its title is longer than 200 characters.")
    check_entry_text(title, candidate.body)
    check_mood(candidate.mood)
    if candidate.foreign_tags:
        tags = {map_foreign_tag(text) for text in candidate.tags}
    else:
        tags = {parse_tag(text) for text in candidate.tags}
    check_tag_count(len(tags))
    return tuple(sorted(tags))


def _already_there(vaults: list[Vault], me: str, candidate: CandidateEntry, mark: str) -> bool:
    from sqlmodel import col, select

    from desktop.store.models import Entry

    minute = candidate.written_at.replace(second=0, microsecond=0)
    for vault in vaults:
        with vault.session() as session:
            if candidate.source_id and (row := session.get(Entry, candidate.source_id)) and row.author_id == me:
                return True
            rows = session.exec(
                select(Entry.written_at, Entry.title, Entry.body).where(
                    Entry.author_id == me,
                    col(Entry.written_at) >= minute,
                    col(Entry.written_at) < minute + timedelta(minutes=1),
                )
            )
            if any(fingerprint(*row) == mark for row in rows):
                return True
    return False


def _new_quiz_results(
    vault: Vault, me: str, results: tuple[CandidateQuizResult, ...]
) -> tuple[list[CandidateQuizResult], int]:
    """Results not already there (the same quiz taken at the same second)."""
    from sqlmodel import select

    from desktop.store.models import QuizResult

    with vault.session() as session:
        existing = {
            (quiz_id, _utc(taken_at).replace(microsecond=0))
            for quiz_id, taken_at in session.exec(
                select(QuizResult.quiz_id, QuizResult.taken_at).where(QuizResult.author_id == me)
            )
        }
    new, skipped = [], 0
    for result in results:
        key = (result.quiz_id, result.taken_at.astimezone(UTC).replace(microsecond=0))
        if key in existing:
            skipped += 1
        else:
            existing.add(key)
            new.append(result)
    return new, skipped


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _write_entries(
    vault: Vault,
    me: str,
    rows: list[tuple[CandidateEntry, tuple[Tag, ...]]],
    results: list[CandidateQuizResult],
    stamp: datetime,
) -> None:
    if not rows and not results:
        return
    from desktop.store.models import Entry, EntryTag, QuizResult

    try:
        with vault.session() as session:
            for candidate, tags in rows:
                entry = _entry_row(Entry, me, candidate, stamp)
                session.add(entry)
                session.flush()  # the entry before its tags, for the foreign key
                session.add_all(EntryTag(entry_id=entry.id, tag=tag.name, polarity=tag.polarity) for tag in tags)
            for result in results:
                session.add(_quiz_row(QuizResult, me, result))
            session.commit()
    except OSError as error:
        raise storage_problem(error, vault.path) from None


def _entry_row(model: type, me: str, candidate: CandidateEntry, stamp: datetime) -> object:
    return model(
        id=uuid.uuid4().hex, author_id=me, written_at=candidate.written_at, title=candidate.title.strip(),
        body=candidate.body, mood=candidate.mood, created_at=stamp, updated_at=stamp,
    )  # fmt: skip


def _quiz_row(model: type, me: str, result: CandidateQuizResult) -> object:
    return model(
        id=uuid.uuid4().hex, author_id=me, quiz_id=result.quiz_id, quiz_title=result.quiz_title,
        taken_at=result.taken_at, answers=None if result.answers is None else json.dumps(result.answers),
        scores=json.dumps(result.scores), category=result.category,
    )  # fmt: skip
