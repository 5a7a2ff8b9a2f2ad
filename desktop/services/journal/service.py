"""The journal of one unlocked profile: its private vault and, when paired, the couple's vault."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, delete, select

from desktop.core.entry_rules import check_entry_text, check_mood, check_tag_count, check_written_at
from desktop.errors import InvalidInput
from desktop.services.journal import listing
from desktop.services.journal.records import Cursor, DraftView, EntryInput, EntryQuery, EntryView
from desktop.store.models import Draft, Entry, EntryTag
from desktop.store.vault import Vault

PAGE_SIZE = 200


class EntryNotFound(InvalidInput):
    def __init__(self) -> None:
        super().__init__("That entry no longer exists.")


class JournalService:
    """Entries are private (the author's vault) unless shared (the couple vault, readable by both)."""

    def __init__(
        self,
        profile_id: str,
        names: dict[str, str],
        private: Vault,
        shared: Vault | None,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        """`clock` gives the aware local time: timestamps are stored as UTC, entry dates as wall-clock time."""
        self._me = profile_id
        self._names = names
        self._private = private
        self._shared = shared
        self._clock = clock

    @property
    def can_share(self) -> bool:
        return self._shared is not None

    def close(self) -> None:
        """Close the couple vault this journal opened; the private vault belongs to the unlocked profile."""
        if self._shared is not None:
            self._shared.close()
            self._shared = None

    # --- writing ------------------------------------------------------------

    def create(self, entry: EntryInput) -> EntryView:
        self._check(entry)
        now = self._clock()
        row = Entry(
            id=uuid.uuid4().hex, author_id=self._me, written_at=entry.written_at, title=entry.title.strip(),
            body=entry.body, mood=entry.mood, created_at=now, updated_at=now,
        )  # fmt: skip
        with self._vault_for(entry.shared).session() as session:
            _write(session, row, entry)
        return self.get(row.id)

    def update(self, entry_id: str, entry: EntryInput) -> EntryView:
        """Save changes; changing `shared` moves the entry between vaults, leaving nothing in the old one."""
        self._check(entry)
        vault, row = self._own_row(entry_id)
        row.written_at, row.title, row.body, row.mood = entry.written_at, entry.title.strip(), entry.body, entry.mood
        row.updated_at = self._clock()
        target = self._vault_for(entry.shared)
        if target is vault:
            with vault.session() as session:
                session.exec(delete(EntryTag).where(col(EntryTag.entry_id) == entry_id))
                _write(session, row, entry)
        else:
            # Copy first, then remove: a crash in between leaves two copies, never none.
            with target.session() as session:
                _write(session, row, entry)
            with vault.session() as session:
                session.exec(delete(Entry).where(col(Entry.id) == entry_id))
                session.commit()
        return self.get(entry_id)

    def delete(self, entry_id: str) -> None:
        """Move an entry to the trash, from where `restore` brings it back."""
        self._set_deleted(entry_id, self._clock())

    def restore(self, entry_id: str) -> None:
        self._set_deleted(entry_id, None)

    def trash(self) -> list[EntryView]:
        views = []
        for vault in self._vaults():
            with vault.session() as session:
                rows = session.exec(
                    select(Entry).where(col(Entry.deleted_at).is_not(None), Entry.author_id == self._me)
                ).all()
                tags = listing.tags_of(session, [row.id for row in rows])
                views += [self._view(row, tags.get(row.id, ()), vault is self._shared) for row in rows]
        return sorted(views, key=lambda view: view.cursor, reverse=True)

    def empty_trash(self) -> int:
        """Delete for good what this person put in the trash; returns how many entries went."""
        removed = 0
        for vault in self._vaults():
            with vault.session() as session:
                mine = select(Entry.id).where(col(Entry.deleted_at).is_not(None), Entry.author_id == self._me)
                ids = list(session.exec(mine))
                session.exec(delete(Entry).where(col(Entry.id).in_(ids)))
                session.commit()
                removed += len(ids)
        return removed

    # --- reading ------------------------------------------------------------

    def get(self, entry_id: str) -> EntryView:
        for vault in self._vaults():
            with vault.session() as session:
                row = session.get(Entry, entry_id)
                if row is not None:
                    tags = listing.tags_of(session, [entry_id]).get(entry_id, ())
                    return self._view(row, tags, vault is self._shared)
        raise EntryNotFound()

    def page(
        self, query: EntryQuery, after: Cursor | None = None, limit: int = PAGE_SIZE, *, full_body: bool = False
    ) -> list[EntryView]:
        """Newest first across both vaults; bodies are previews unless `full_body`.

        Pass the last view's cursor as `after` for the next page."""
        views: list[EntryView] = []
        for vault, shared in self._searched(query):
            with vault.session() as session:
                rows = listing.page(session, query, after, limit, full_body=full_body)
                views += self._row_views(session, rows, shared)
        return sorted(views, key=lambda view: view.cursor, reverse=True)[:limit]

    def count(self, query: EntryQuery) -> int:
        total = 0
        for vault, _shared in self._searched(query):
            with vault.session() as session:
                total += listing.count(session, query)
        return total

    def days_with_entries(self, first: date, last: date) -> set[date]:
        days: set[date] = set()
        for vault in self._vaults():
            with vault.session() as session:
                days |= listing.days_with_entries(session, first, last)
        return days

    def on_this_day(self, day: date, limit: int = 100) -> list[EntryView]:
        """Entries written on this month and day in earlier years, newest first; bodies are previews."""
        views: list[EntryView] = []
        for vault in self._vaults():
            with vault.session() as session:
                rows = listing.on_this_day(session, day, limit)
                views += self._row_views(session, rows, vault is self._shared)
        return sorted(views, key=lambda view: view.cursor, reverse=True)[:limit]

    # --- drafts ---------------------------------------------------------------

    def save_draft(self, draft_id: str, entry_id: str | None, content: dict[str, Any]) -> None:
        """Keep what the editor holds, in the private vault, until the entry is saved or the draft discarded."""
        with self._private.session() as session:
            session.merge(Draft(id=draft_id, entry_id=entry_id, content=json.dumps(content), saved_at=self._clock()))
            session.commit()

    def drafts(self) -> list[DraftView]:
        with self._private.session() as session:
            rows = session.exec(select(Draft).order_by(col(Draft.saved_at).desc())).all()
        return [DraftView(row.id, row.entry_id, json.loads(row.content), row.saved_at) for row in rows]

    def discard_draft(self, draft_id: str) -> None:
        with self._private.session() as session:
            session.exec(delete(Draft).where(col(Draft.id) == draft_id))
            session.commit()

    # --- helpers ----------------------------------------------------------------

    def _check(self, entry: EntryInput) -> None:
        if entry.written_at.tzinfo is not None:
            raise ValueError("an entry's written_at is wall-clock time, without a time zone")
        check_written_at(entry.written_at, self._clock().replace(tzinfo=None))
        check_entry_text(entry.title, entry.body)
        check_mood(entry.mood)
        check_tag_count(len(entry.tags))
        if entry.shared and self._shared is None:
            raise InvalidInput("Sharing needs a partner: pair two profiles first.")

    def _vaults(self) -> list[Vault]:
        return [self._private] + ([self._shared] if self._shared is not None else [])

    def _searched(self, query: EntryQuery) -> list[tuple[Vault, bool]]:
        chosen = [(self._private, False)] if query.private else []
        if query.shared and self._shared is not None:
            chosen.append((self._shared, True))
        return chosen

    def _vault_for(self, shared: bool) -> Vault:
        return self._shared if shared and self._shared is not None else self._private

    def _own_row(self, entry_id: str) -> tuple[Vault, Entry]:
        for vault in self._vaults():
            with vault.session() as session:
                row = session.get(Entry, entry_id)
            if row is not None:
                if row.author_id != self._me:
                    author = self._names.get(row.author_id, "your partner")
                    raise InvalidInput(f"Only {author} can change this entry.")
                return vault, row
        raise EntryNotFound()

    def _set_deleted(self, entry_id: str, deleted_at: datetime | None) -> None:
        vault, row = self._own_row(entry_id)
        row.deleted_at = deleted_at
        with vault.session() as session:
            session.add(row)
            session.commit()

    def _row_views(self, session: Session, rows: list[tuple[Any, ...]], shared: bool) -> list[EntryView]:
        """Views of `listing` rows (id, author_id, written_at, title, body, mood), with their tags."""
        tags = listing.tags_of(session, [row[0] for row in rows])
        return [
            EntryView(
                id=entry_id,
                author_id=author,
                author_name=self._names.get(author, ""),
                written_at=written_at,
                title=title,
                body=body,
                mood=mood,
                tags=tags.get(entry_id, ()),
                shared=shared,
                mine=author == self._me,
            )
            for entry_id, author, written_at, title, body, mood in rows
        ]

    def _view(self, row: Entry, tags: tuple, shared: bool) -> EntryView:
        return EntryView(
            id=row.id, author_id=row.author_id, author_name=self._names.get(row.author_id, ""),
            written_at=row.written_at, title=row.title, body=row.body, mood=row.mood, tags=tags, shared=shared,
            mine=row.author_id == self._me,
        )  # fmt: skip


def _write(session: Session, row: Entry, entry: EntryInput) -> None:
    session.merge(row)
    session.flush()  # the entry row before its tags, for the foreign key
    session.add_all(EntryTag(entry_id=row.id, tag=tag.name, polarity=tag.polarity) for tag in set(entry.tags))
    session.commit()
