"""Export a profile's journal and quiz results: JSON (plain or encrypted), Markdown, and the text of the PDF.

Collecting is split into one function per section of the format: a new section is one more
function and one more line in `collect`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from desktop import __version__
from desktop.core.profile_rules import check_new_passphrase
from desktop.services.exchange import markdown, sealed
from desktop.services.exchange.document import (
    ExportDocument,
    ExportedEntry,
    ExportedProfile,
    ExportedQuizResult,
    ExportedTimeSpan,
    to_json,
)
from desktop.services.exchange.files import atomic_folder, write_atomically
from desktop.services.exchange.progress import Progress
from desktop.store import crypto

if TYPE_CHECKING:
    from desktop.services.balance import BalanceService
    from desktop.services.journal import JournalService
    from desktop.services.profiles import UnlockedProfile

ExportFormat = Literal["json", "sealed", "markdown", "markdown-folder"]
_PAGE = 500
NOT_ENCRYPTED_WARNING = (
    "The exported file is not encrypted: anyone who gets hold of it can read your journal. "
    "Keep it somewhere safe, or choose an encrypted export."
)


@dataclass(frozen=True)
class ExportReport:
    path: Path
    entries: int
    quiz_results: int
    encrypted: bool
    time_spans: int = 0


def profile_section(unlocked: UnlockedProfile) -> ExportedProfile:
    profile = unlocked.profile
    return ExportedProfile(id=profile.id, name=profile.name, colour=profile.colour)


def entries_section(journal: JournalService, progress: Progress) -> tuple[ExportedEntry, ...]:
    """Every entry the profile can read (its own, private and shared, and its partner's shared ones),
    newest first. Entries in the trash are left out."""
    from desktop.services.journal import EntryQuery

    query = EntryQuery()
    total = journal.count(query)
    found: list[ExportedEntry] = []
    after = None
    while True:
        progress.step(len(found), total)
        views = journal.page(query, after=after, limit=_PAGE, full_body=True)
        found += [
            ExportedEntry(
                id=view.id,
                written_at=view.written_at,
                title=view.title,
                body=view.body,
                mood=view.mood,
                tags=view.tags,
                shared=view.shared,
                author=view.author_name,
                mine=view.mine,
            )
            for view in views
        ]
        if len(views) < _PAGE:
            break
        after = views[-1].cursor
    progress.step(len(found), total)
    return tuple(found)


def quiz_results_section(unlocked: UnlockedProfile) -> tuple[ExportedQuizResult, ...]:
    """The profile's own results, with their answers, oldest first."""
    from sqlmodel import col, select

    from desktop.store.models import QuizResult

    with unlocked.vault.session() as session:
        rows = session.exec(select(QuizResult).order_by(col(QuizResult.taken_at), col(QuizResult.id))).all()
    return tuple(
        ExportedQuizResult(
            id=row.id,
            quiz_id=row.quiz_id,
            quiz_title=row.quiz_title,
            taken_at=row.taken_at if row.taken_at.tzinfo else row.taken_at.replace(tzinfo=UTC),
            scores={key: float(value) for key, value in json.loads(row.scores).items()},
            category=row.category,
            answers=None if row.answers is None else {k: int(v) for k, v in json.loads(row.answers).items()},
            shared=row.shared_at is not None,
        )
        for row in rows
        if row.author_id == unlocked.profile.id
    )


def time_spans_section(balance: BalanceService | None) -> tuple[ExportedTimeSpan, ...]:
    """Every span the profile can read (its own vault's and the couple vault's), oldest first."""
    if balance is None:
        return ()

    def who(person_id: str | None) -> str:
        return "both" if person_id is None else "me" if person_id == balance.me.id else "partner"

    return tuple(
        ExportedTimeSpan(
            id=view.id,
            kind=view.kind,
            who=who(view.person_id),
            person=view.person_name,
            start=view.start,
            end=view.end,
            zone=view.zone,
            activity=view.activity,
            note=view.note,
            tags=view.tags,
            shared=view.shared,
        )
        for view in balance.every_span()
    )


class ExportService:
    def __init__(self, kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> None:
        self._kdf = kdf  # for encrypted exports: the same Argon2id settings as new passphrases

    def collect(
        self,
        unlocked: UnlockedProfile,
        journal: JournalService,
        progress: Progress | None = None,
        balance: BalanceService | None = None,
    ) -> ExportDocument:
        """The whole export; time spans come from `balance` (none without it)."""
        progress = progress or Progress()
        return ExportDocument(
            exported_at=datetime.now().astimezone(),
            app_version=__version__,
            profile=profile_section(unlocked),
            entries=entries_section(journal, progress),
            quiz_results=quiz_results_section(unlocked),
            time_spans=time_spans_section(balance),
        )

    def export(
        self,
        unlocked: UnlockedProfile,
        journal: JournalService,
        path: Path,
        fmt: ExportFormat,
        *,
        password: str | None = None,
        progress: Progress | None = None,
        balance: BalanceService | None = None,
    ) -> ExportReport:
        """Write the export to `path` atomically: a cancel or a failure leaves no file behind."""
        progress = progress or Progress()
        if fmt == "sealed":
            check_new_passphrase(password or "")
        document = self.collect(unlocked, journal, progress, balance)
        progress.check()
        if fmt in ("json", "sealed"):
            data = json_bytes(document)
            if fmt == "sealed":
                data = sealed.seal(data, password or "", self._kdf)
            progress.check()
            write_atomically(path, lambda handle: handle.write(data), progress.commit)
        elif fmt == "markdown":
            text = markdown.journal_markdown(document).encode("utf-8")
            write_atomically(path, lambda handle: handle.write(text), progress.commit)
        else:
            _write_markdown_folder(document, path, progress)
        return ExportReport(
            path, len(document.entries), len(document.quiz_results), fmt == "sealed", len(document.time_spans)
        )

    def journal_markdown(
        self,
        unlocked: UnlockedProfile,
        journal: JournalService,
        progress: Progress | None = None,
        balance: BalanceService | None = None,
    ) -> str:
        """The journal as one Markdown document: what the PDF printer lays out."""
        return markdown.journal_markdown(self.collect(unlocked, journal, progress, balance))


def json_bytes(document: ExportDocument) -> bytes:
    return (json.dumps(to_json(document), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _write_markdown_folder(document: ExportDocument, path: Path, progress: Progress) -> None:
    with atomic_folder(path, progress.commit) as folder:
        taken: set[str] = {"quiz-results.md", "time-spans.md"}
        total = len(document.entries)
        for done, entry in enumerate(sorted(document.entries, key=lambda e: (e.written_at, e.id))):
            if done % 50 == 0:
                progress.step(done, total)
            (folder / markdown.entry_file_name(entry, taken)).write_text(
                markdown.entry_markdown(entry, level=1), encoding="utf-8"
            )
        if document.quiz_results:
            summary = markdown.quiz_summary_markdown(document.quiz_results, level=1)
            (folder / "quiz-results.md").write_text(summary, encoding="utf-8")
        if document.time_spans:
            spans = markdown.time_spans_markdown(document.time_spans, level=1)
            (folder / "time-spans.md").write_text(spans, encoding="utf-8")
        progress.step(total, total)
