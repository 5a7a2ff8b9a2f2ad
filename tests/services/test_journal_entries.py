"""Writing, editing, sharing and deleting journal entries through the service."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from desktop.core.qualities import Tag
from desktop.errors import InvalidInput
from desktop.services.couples import couple_key_purpose
from desktop.services.journal import EntryNotFound, EntryQuery
from desktop.store import crypto
from tests.helpers import decrypt_vault_pages, files_containing
from tests.services.journal_fixtures import TRUST_DOWN, TRUST_UP, Couple, couple, entry

__all__ = ["couple"]  # the fixture, imported for pytest


def test_an_entry_keeps_what_was_written(couple: Couple) -> None:
    written = couple.alex_journal.create(
        entry("We talked *for hours*.", title="Sunday", mood=4, tags=[TRUST_UP, Tag("control"), Tag("#walks")])
    )
    again = couple.alex_journal.get(written.id)
    assert (again.title, again.body, again.mood) == ("Sunday", "We talked *for hours*.", 4)
    assert {str(tag) for tag in again.tags} == {"trust+", "control", "#walks"}
    assert again.written_at == datetime(2026, 3, 4, 20, 15)
    assert again.mine and not again.shared and again.author_name == "Alex"


def test_editing_replaces_text_tags_and_search_index(couple: Couple) -> None:
    written = couple.alex_journal.create(entry("marmalade morning", tags=[TRUST_UP]))
    couple.alex_journal.update(written.id, entry("porridge morning", tags=[TRUST_DOWN], mood=2))
    again = couple.alex_journal.get(written.id)
    assert again.body == "porridge morning" and again.tags == (TRUST_DOWN,) and again.mood == 2
    assert couple.alex_journal.count(EntryQuery(text="marmalade")) == 0
    assert couple.alex_journal.count(EntryQuery(text="porridge")) == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"when": "1850-01-01 10:00"}, "1900"),
        ({"when": "2999-01-01 10:00"}, "future"),
        ({"mood": 6}, "mood"),
        ({"body": "", "title": "  "}, "title or some text"),
        ({"body": "x" * 1_000_001}, "split it"),
        ({"title": "t" * 201}, "title"),
        ({"shared": True}, None),  # allowed for a couple: checked in the next test for a single person
    ],
)
def test_bad_entries_are_refused_with_a_reason(couple: Couple, fields: dict, message: str | None) -> None:
    body = fields.pop("body", "some text")
    when = fields.pop("when", "2026-03-04 20:15")
    if message is None:
        couple.alex_journal.create(entry(body, when, **fields))
        return
    with pytest.raises(InvalidInput, match=message):
        couple.alex_journal.create(entry(body, when, **fields))
    assert couple.alex_journal.count(EntryQuery()) == 0


def test_unicode_of_every_kind_round_trips(couple: Couple) -> None:
    text = "Ça va? 🌻 日本語 עברית \u200d\U0001f469\u200d\u2764\ufe0f\u200d\U0001f468 e\u0301"
    written = couple.alex_journal.create(entry(text, title="🙂"))
    assert couple.alex_journal.get(written.id).body == text


def test_a_single_person_cannot_share(services) -> None:  # type: ignore[no-untyped-def]
    services.profiles.create_profile("Solo", "#3b7dd8", "solo passphrase")
    solo = services.profiles.unlock("Solo", "solo passphrase")
    journal = services.open_journal(solo)
    assert not journal.can_share
    with pytest.raises(InvalidInput, match="pair"):
        journal.create(entry("hello", shared=True))
    journal.close()
    solo.lock()


def test_shared_entries_reach_the_partner_private_ones_never(couple: Couple) -> None:
    couple.alex_journal.create(entry("private thought"))
    shared = couple.alex_journal.create(entry("for both of us", shared=True))
    seen_by_sam = couple.sam_journal.page(EntryQuery())
    assert [(view.body, view.author_name, view.mine) for view in seen_by_sam] == [("for both of us", "Alex", False)]
    assert couple.sam_journal.count(EntryQuery(text="private")) == 0
    with pytest.raises(InvalidInput, match="Only Alex"):
        couple.sam_journal.update(shared.id, entry("changed by Sam"))
    with pytest.raises(InvalidInput, match="Only Alex"):
        couple.sam_journal.delete(shared.id)


def test_moving_between_private_and_shared_leaves_nothing_behind(couple: Couple) -> None:
    marker = f"MOVE-{uuid.uuid4().hex}"
    text = f"{marker} secret"
    written = couple.alex_journal.create(entry(text, title=marker, tags=[TRUST_UP, Tag(f"#{marker}")]))
    couple.alex_journal.update(written.id, entry(text, title=marker, tags=[Tag(f"#{marker}")], shared=True))
    assert couple.sam_journal.get(written.id).title == marker
    couple.alex_journal.create(entry("a later private entry"))  # more pages written after the move
    private_vault, private_key = couple.alex.vault.path, couple.alex.data_key
    couple_vault, couple_key = couple.services.data_dir.couple_vault_path(_couple_id(couple)), _couple_key(couple)

    couple.lock()
    assert marker.encode() not in decrypt_vault_pages(private_vault, private_key)
    assert marker.encode() in decrypt_vault_pages(couple_vault, couple_key)  # the scan does see what is there

    alex = couple.services.profiles.unlock("Alex", "alex passphrase")
    journal = couple.services.open_journal(alex)
    journal.update(written.id, entry(text, title=marker, shared=False))
    assert journal.get(written.id).shared is False
    journal.close()
    alex.lock()
    assert marker.encode() not in decrypt_vault_pages(couple_vault, couple_key)


def _couple_id(couple: Couple) -> str:
    found = couple.services.couples.couple_of(couple.alex.profile.id)
    assert found is not None
    return found.id


def _couple_key(couple: Couple) -> bytes:
    member = couple.services.registry.membership(couple.alex.profile.id)
    assert member is not None
    purpose = couple_key_purpose(member.couple_id)
    return crypto.unwrap_key(couple.alex.data_key, member.wrapped_couple_key, purpose, couple.alex.profile.id)


def test_trash_hides_restores_and_empties(couple: Couple) -> None:
    written = couple.alex_journal.create(entry("to the trash", shared=True))
    couple.alex_journal.delete(written.id)
    assert couple.alex_journal.count(EntryQuery()) == 0
    assert couple.sam_journal.count(EntryQuery()) == 0
    assert [view.id for view in couple.alex_journal.trash()] == [written.id]
    couple.alex_journal.restore(written.id)
    assert couple.sam_journal.count(EntryQuery()) == 1
    couple.alex_journal.delete(written.id)
    assert couple.alex_journal.empty_trash() == 1
    with pytest.raises(EntryNotFound):
        couple.alex_journal.get(written.id)


def test_drafts_survive_a_lock(couple: Couple) -> None:
    couple.alex_journal.save_draft("d1", None, {"title": "half", "body": "half a thought"})
    couple.alex_journal.save_draft("d1", None, {"title": "half", "body": "half a thought, more"})
    couple.lock()
    alex = couple.services.profiles.unlock("Alex", "alex passphrase")
    journal = couple.services.open_journal(alex)
    (draft,) = journal.drafts()
    assert draft.content["body"] == "half a thought, more"
    journal.discard_draft("d1")
    assert journal.drafts() == []
    journal.close()
    alex.lock()


def test_privacy_scan_covers_entries_tags_drafts_and_the_index(couple: Couple) -> None:
    marker = f"PRIV{uuid.uuid4().hex}"
    for i in range(50):
        couple.alex_journal.create(entry(f"{marker} day {i}", title=f"{marker}{i}", tags=[Tag(f"#{marker}")]))
    couple.alex_journal.create(entry(f"{marker} shared", shared=True))
    couple.alex_journal.save_draft("d", None, {"body": marker})
    assert couple.alex_journal.count(EntryQuery(text=marker)) == 51
    assert files_containing(couple.services.data_dir.root, marker.encode()) == []
    couple.lock()
    couple.services.close()
    assert files_containing(couple.services.data_dir.root, marker.encode()) == []
