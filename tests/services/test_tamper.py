"""A damaged or tampered registry or vault gives a clear error, never garbage and never a crash."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from desktop.errors import DamagedData, WrongPassphrase
from desktop.services.container import Services
from desktop.services.settings import VaultSettings
from desktop.store.registry import Registry
from tests.conftest import FAST_KDF

PASSPHRASE = "correct horse battery"


def _create_alex(services: Services) -> str:
    created = services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    unlocked = services.profiles.unlock("Alex", PASSPHRASE)
    VaultSettings(unlocked.vault).set("note", "x" * 20_000)  # a few pages of data
    unlocked.lock()
    return created.profile.id


def _set_column(registry_path: Path, column: str, value: object) -> None:
    with sqlite3.connect(registry_path) as conn:
        conn.execute(f"UPDATE profile SET {column} = ?", (value,))
    conn.close()


def _flip(blob: bytes, position: int) -> bytes:
    changed = bytearray(blob)
    changed[position] ^= 0x01
    return bytes(changed)


def _reopen(services: Services) -> Services:
    services.close()
    return Services.open(services.data_dir, kdf=FAST_KDF)


@pytest.mark.parametrize("position", [0, 5, 20, 60, 64])
def test_flipped_byte_in_wrapped_key(services: Services, position: int) -> None:
    _create_alex(services)
    with sqlite3.connect(services.data_dir.registry_path) as conn:
        wrapped = conn.execute("SELECT wrapped_key_by_passphrase FROM profile").fetchone()[0]
    conn.close()
    _set_column(services.data_dir.registry_path, "wrapped_key_by_passphrase", _flip(wrapped, position))
    services = _reopen(services)
    with pytest.raises(DamagedData, match="key record is damaged"):
        services.profiles.unlock("Alex", PASSPHRASE)
    services.close()


@pytest.mark.parametrize(
    ("column", "value"),
    [("kdf_memory_kib", 2**40), ("kdf_memory_kib", 16), ("kdf_iterations", 2**20), ("kdf_lanes", 0)],
)
def test_kdf_fields_out_of_bounds_are_refused_without_running(services: Services, column: str, value: int) -> None:
    _create_alex(services)
    _set_column(services.data_dir.registry_path, column, value)
    services = _reopen(services)
    started = time.monotonic()
    with pytest.raises(DamagedData, match="outside the safe range"):
        services.profiles.unlock("Alex", PASSPHRASE)
    assert time.monotonic() - started < 2
    services.close()


def test_kdf_field_flipped_within_bounds_reads_as_a_wrong_passphrase(services: Services) -> None:
    _create_alex(services)
    _set_column(services.data_dir.registry_path, "kdf_memory_kib", FAST_KDF.memory_kib ^ 0x01)
    services = _reopen(services)
    with pytest.raises(WrongPassphrase):
        services.profiles.unlock("Alex", PASSPHRASE)
    services.close()


def test_flipped_salt_byte_reads_as_a_wrong_passphrase(services: Services) -> None:
    _create_alex(services)
    with sqlite3.connect(services.data_dir.registry_path) as conn:
        salt = conn.execute("SELECT kdf_salt FROM profile").fetchone()[0]
    conn.close()
    _set_column(services.data_dir.registry_path, "kdf_salt", _flip(salt, 3))
    services = _reopen(services)
    with pytest.raises(WrongPassphrase):
        services.profiles.unlock("Alex", PASSPHRASE)
    services.close()


@pytest.mark.parametrize("offset", [100, 4096 + 200, 8192 + 17])
def test_flipped_byte_in_a_vault_page(services: Services, offset: int) -> None:
    profile_id = _create_alex(services)
    vault_path = services.data_dir.profile_vault_path(profile_id)
    data = vault_path.read_bytes()
    assert len(data) > offset
    vault_path.write_bytes(_flip(data, offset))
    with pytest.raises(DamagedData, match="damaged"):
        services.profiles.unlock("Alex", PASSPHRASE)


def test_truncated_vault(services: Services) -> None:
    profile_id = _create_alex(services)
    vault_path = services.data_dir.profile_vault_path(profile_id)
    vault_path.write_bytes(vault_path.read_bytes()[:5000])
    with pytest.raises(DamagedData):
        services.profiles.unlock("Alex", PASSPHRASE)


def test_garbage_registry_is_refused_with_a_message(services: Services) -> None:
    _create_alex(services)
    services.close()
    services.data_dir.registry_path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedData, match="profile list"):
        Registry(services.data_dir.registry_path, services.data_dir.backups_dir)


def test_damage_in_the_tail_of_a_long_text_is_caught_at_unlock(services: Services) -> None:
    """SQLCipher zero-fills an overflow page that fails its HMAC and lets the read succeed;
    only the full check at unlock stops that from showing as text."""
    profile_id = _create_alex(services)
    vault_path = services.data_dir.profile_vault_path(profile_id)
    data = vault_path.read_bytes()
    vault_path.write_bytes(_flip(data, len(data) - 300))
    with pytest.raises(DamagedData, match="damaged"):
        services.profiles.unlock("Alex", PASSPHRASE)
