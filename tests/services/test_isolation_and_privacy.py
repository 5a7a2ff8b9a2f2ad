"""Partners cannot read each other's private vaults, and nothing private is readable on disk."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import AlreadyPaired, DamagedData, InvalidInput, WrongPassphrase
from desktop.services.container import Services
from desktop.services.couples import couple_key_purpose
from desktop.services.settings import VaultSettings
from desktop.store import crypto
from desktop.store.backups import backup_path, backup_vault
from desktop.store.connections import connect_vault
from tests.helpers import all_bytes_under, files_containing

ALEX, SAM, KIM = "alex's passphrase", "sam's passphrase", "kim's passphrase"


@pytest.fixture
def couple(services: Services) -> Services:
    for name, passphrase in (("Alex", ALEX), ("Sam", SAM), ("Kim", KIM)):
        services.profiles.create_profile(name, "#3b7dd8", passphrase)
    alex, sam = services.profiles.unlock("Alex", ALEX), services.profiles.unlock("Sam", SAM)
    services.couples.pair(alex, sam)
    alex.lock()
    sam.lock()
    return services


def test_partner_passphrase_does_not_open_the_other_profile(couple: Services) -> None:
    with pytest.raises(WrongPassphrase):
        couple.profiles.unlock("Alex", SAM)


def test_partner_data_key_does_not_open_the_other_vault(couple: Services) -> None:
    sam = couple.profiles.unlock("Sam", SAM)
    alex_id = couple.profiles.find("Alex").id
    alex_vault = couple.data_dir.profile_vault_path(alex_id)
    with pytest.raises(DamagedData):
        connect_vault(alex_vault, sam.data_key)
    raw = sqlcipher.connect(str(alex_vault))
    raw.execute(f"PRAGMA key = \"x'{sam.data_key.hex()}'\"")
    with pytest.raises(sqlcipher.DatabaseError, match="not a database"):
        raw.execute("SELECT * FROM sqlite_master").fetchall()
    raw.close()
    sam.lock()


def test_couple_key_does_not_open_a_private_vault(couple: Services) -> None:
    sam = couple.profiles.unlock("Sam", SAM)
    couple_id = couple.couples.couple_of(sam.profile.id).id
    member = couple.registry.membership(sam.profile.id)
    couple_key = crypto.unwrap_key(
        sam.data_key, member.wrapped_couple_key, couple_key_purpose(couple_id), sam.profile.id
    )
    alex_vault = couple.data_dir.profile_vault_path(couple.profiles.find("Alex").id)
    with pytest.raises(DamagedData):
        connect_vault(alex_vault, couple_key)
    sam.lock()


def test_a_vault_is_not_plain_sqlite(couple: Services) -> None:
    alex_vault = couple.data_dir.profile_vault_path(couple.profiles.find("Alex").id)
    assert not alex_vault.read_bytes().startswith(b"SQLite format 3")
    conn = sqlite3.connect(alex_vault)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_both_partners_share_the_couple_vault(couple: Services) -> None:
    alex, sam = couple.profiles.unlock("Alex", ALEX), couple.profiles.unlock("Sam", SAM)
    alex_view, sam_view = couple.couples.open_couple_vault(alex), couple.couples.open_couple_vault(sam)
    VaultSettings(alex_view).set("shared note", "for both of us")
    assert VaultSettings(sam_view).get("shared note") == "for both of us"
    alex_view.close()
    sam_view.close()
    alex.lock()
    sam.lock()


def test_a_third_profile_has_no_couple_vault(couple: Services) -> None:
    kim = couple.profiles.unlock("Kim", KIM)
    assert couple.couples.open_couple_vault(kim) is None
    kim.lock()


def test_pairing_rules(couple: Services) -> None:
    alex, kim = couple.profiles.unlock("Alex", ALEX), couple.profiles.unlock("Kim", KIM)
    with pytest.raises(AlreadyPaired, match="Alex"):
        couple.couples.pair(kim, alex)
    with pytest.raises(InvalidInput, match="itself"):
        couple.couples.pair(kim, kim)
    alex.lock()
    kim.lock()


def test_private_marker_is_absent_from_every_byte_under_the_data_dir(couple: Services) -> None:
    marker = f"PRIVATE-{uuid.uuid4().hex}"
    alex = couple.profiles.unlock("Alex", ALEX)
    for i in range(200):  # enough writes to leave pages in the WAL
        VaultSettings(alex.vault).set(f"note-{i}", f"{marker} dear diary {i}")
    couple_vault = couple.couples.open_couple_vault(alex)
    VaultSettings(couple_vault).set("shared", marker)
    backup_vault(alex.vault.path, alex.data_key, backup_path(couple.data_dir.backups_dir, alex.vault.path, "manual"))
    while_open = all_bytes_under(couple.data_dir.root)
    assert any(path.name.endswith("-wal") for path in while_open), "the scan should see a live WAL"
    assert [path for path, data in while_open.items() if marker.encode() in data] == []

    couple_vault.close()
    alex.lock()
    couple.close()
    assert files_containing(couple.data_dir.root, marker.encode()) == []
    assert files_containing(couple.data_dir.root, marker.encode("utf-16-le")) == []
    assert list(couple.data_dir.backups_dir.iterdir()), "the backup is part of what was scanned"
    assert not any(path.name.endswith("-wal") for path in all_bytes_under(couple.data_dir.root))


def test_backup_of_a_vault_opens_only_with_its_key(couple: Services) -> None:
    alex = couple.profiles.unlock("Alex", ALEX)
    VaultSettings(alex.vault).set("note", "in the backup")
    target = backup_vault(
        alex.vault.path, alex.data_key, backup_path(couple.data_dir.backups_dir, alex.vault.path, "manual")
    )
    conn = connect_vault(target, alex.data_key)
    assert conn.execute("SELECT value FROM setting WHERE key = 'note'").fetchone()[0] == '"in the backup"'
    conn.close()
    with pytest.raises(DamagedData):
        connect_vault(target, bytes(32))
    alex.lock()
