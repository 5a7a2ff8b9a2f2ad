"""A paired couple with their journals open, for the journal service tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest

from desktop.core.qualities import Tag
from desktop.services.container import Services
from desktop.services.journal import EntryInput, JournalService
from desktop.services.profiles import UnlockedProfile

ALEX, SAM = "alex passphrase", "sam passphrase"


@dataclass
class Couple:
    services: Services
    alex: UnlockedProfile
    sam: UnlockedProfile
    alex_journal: JournalService
    sam_journal: JournalService

    def lock(self) -> None:
        for journal in (self.alex_journal, self.sam_journal):
            journal.close()
        self.alex.lock()
        self.sam.lock()


@pytest.fixture
def couple(services: Services) -> Iterator[Couple]:
    services.profiles.create_profile("Alex", "#3b7dd8", ALEX)
    services.profiles.create_profile("Sam", "#d0505f", SAM)
    alex, sam = services.profiles.unlock("Alex", ALEX), services.profiles.unlock("Sam", SAM)
    services.couples.pair(alex, sam)
    opened = Couple(services, alex, sam, services.open_journal(alex), services.open_journal(sam))
    yield opened
    opened.lock()


def entry(body: str, when: str = "2026-03-04 20:15", **fields: object) -> EntryInput:
    tags = tuple(fields.pop("tags", ()))  # type: ignore[arg-type]
    return EntryInput(written_at=datetime.fromisoformat(when), body=body, tags=tags, **fields)  # type: ignore[arg-type]


TRUST_UP, TRUST_DOWN = Tag("trust", 1), Tag("trust", -1)
