"""A paired couple (Alex and Sam) with balance services at a fixed time in Europe/Berlin."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from desktop.services.balance import BalanceService, Person
from desktop.services.container import Services

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 6, 20, 12, 0, tzinfo=BERLIN)


@dataclass
class Couple:
    alex: BalanceService
    sam: BalanceService
    services: Services


def open_balance(services: Services, name: str, now: datetime = NOW, zone=BERLIN) -> BalanceService:  # type: ignore[no-untyped-def]
    unlocked = services.profiles.unlock(name, f"{name.lower()} passphrase")
    couple = services.couples.couple_of(unlocked.profile.id)
    people = {p.id: Person(p.id, p.name, p.colour) for p in services.profiles.list_profiles()}
    partner = next((people[pid] for pid in couple.partner_ids if pid != unlocked.profile.id), None) if couple else None
    service = BalanceService(
        people[unlocked.profile.id], partner, unlocked.vault, services.couples.open_couple_vault(unlocked),
        zone=zone, clock=lambda: now,
    )  # fmt: skip
    service.unlocked = unlocked  # type: ignore[attr-defined]  # locked by the fixture
    return service


def close(service: BalanceService) -> None:
    service.close()
    service.unlocked.lock()  # type: ignore[attr-defined]


@pytest.fixture
def couple(services: Services) -> Iterator[Couple]:
    for name, colour in (("Alex", "#3b7dd8"), ("Sam", "#d8703b")):
        services.profiles.create_profile(name, colour, f"{name.lower()} passphrase")
    services.couples.pair(
        services.profiles.unlock("Alex", "alex passphrase"), services.profiles.unlock("Sam", "sam passphrase")
    )
    pair = Couple(open_balance(services, "Alex"), open_balance(services, "Sam"), services)
    yield pair
    close(pair.alex)
    close(pair.sam)


@pytest.fixture
def alone(services: Services) -> Iterator[BalanceService]:
    services.profiles.create_profile("Robin", "#3b7dd8", "robin passphrase")
    service = open_balance(services, "Robin")
    yield service
    close(service)
