"""Automatic backups when due, pruning, the check of every file, and restoring a damaged vault."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest

from desktop.errors import DamagedData
from desktop.services.backups import KEEP_PER_FILE
from desktop.services.container import Services
from tests.services.exchange_fixtures import PASSPHRASE, journal_snapshot, make_profile, write_sample_journal


def test_automatic_backups_come_at_most_every_half_hour_and_only_after_changes(services: Services) -> None:
    alex = make_profile(services)
    keys = services.backups.keys_of(alex)
    first = services.backups.backup_if_due(keys)
    assert {info.stem for info in first.made} == {"registry", alex.profile.id}
    now = datetime.now(UTC)
    assert services.backups.backup_if_due(keys, now + timedelta(hours=2)).made == ()  # nothing changed
    write_sample_journal(services, alex)
    future = datetime.now(UTC) + timedelta(seconds=1)
    os.utime(alex.vault.path, (future.timestamp(), future.timestamp()))
    assert services.backups.backup_if_due(keys, now + timedelta(minutes=10)).made == ()  # too soon
    made = services.backups.backup_if_due(keys, now + timedelta(minutes=31)).made
    assert [info.stem for info in made] == [alex.profile.id]


def test_only_the_newest_backups_of_each_file_are_kept(services: Services) -> None:
    alex = make_profile(services)
    keys = services.backups.keys_of(alex)
    for _ in range(KEEP_PER_FILE + 3):
        services.backups.backup_now(keys)
    assert len(services.backups.backups(alex.profile.id)) == KEEP_PER_FILE
    assert len(services.backups.backups("registry")) == KEEP_PER_FILE


def test_a_damaged_vault_is_found_and_restored_from_its_newest_good_backup(services: Services) -> None:
    alex = make_profile(services)
    write_sample_journal(services, alex)
    before = journal_snapshot(services, alex)
    keys = services.backups.keys_of(alex)
    services.backups.backup_now(keys)
    alex.lock()
    vault = keys[0].path
    with open(vault, "r+b") as handle:  # truncate to half, as a crash of the disk might
        handle.truncate(vault.stat().st_size // 2 + 100)
    report = services.restores.check(keys)
    assert not report.ok
    assert [line.name for line in report.lines if not line.ok] == [f"vaults/{vault.name}"]
    with pytest.raises(DamagedData):
        services.profiles.unlock("Alex", PASSPHRASE)

    restored = services.restores.restore_damaged(keys)
    assert [r.target for r in restored] == [vault]
    assert restored[0].moved_aside is not None and restored[0].moved_aside.exists()  # kept, never deleted
    alex = services.profiles.unlock("Alex", PASSPHRASE)
    assert journal_snapshot(services, alex) == before
    assert services.restores.check(keys).ok  # the damaged copy kept aside is not checked as a vault
    alex.lock()


def test_without_a_usable_backup_the_damaged_vault_is_left_alone(services: Services) -> None:
    alex = make_profile(services)
    keys = services.backups.keys_of(alex)
    alex.lock()
    keys[0].path.write_bytes(b"\0" * 8192)
    with pytest.raises(DamagedData, match="none of its backups opens"):
        services.restores.restore_damaged(keys)
    assert keys[0].path.read_bytes() == b"\0" * 8192
