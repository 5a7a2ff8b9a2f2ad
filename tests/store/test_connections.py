"""Vault pragmas, and SQLite errors turned into messages a person can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import DamagedData, StorageProblem
from desktop.store.connections import connect_registry, connect_vault, storage_errors_explained

KEY = bytes(range(32))


def test_vault_connection_has_the_designed_pragmas(tmp_path: Path) -> None:
    conn = connect_vault(tmp_path / "v.sqlite", KEY)
    pragma = {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "temp_store", "secure_delete", "foreign_keys")
    }
    conn.close()
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "temp_store": 2, "secure_delete": 1, "foreign_keys": 1}


def test_registry_connection_is_plain_sqlite_with_the_same_pragmas(tmp_path: Path) -> None:
    conn = connect_registry(tmp_path / "r.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    conn.close()
    assert (tmp_path / "r.sqlite").read_bytes().startswith(b"SQLite format 3")


def test_vault_key_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        connect_vault(tmp_path / "v.sqlite", b"a passphrase, not a key")


def test_wrong_key_is_damage_and_leaves_the_file_alone(tmp_path: Path) -> None:
    conn = connect_vault(tmp_path / "v.sqlite", KEY)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = (tmp_path / "v.sqlite").read_bytes()
    with pytest.raises(DamagedData, match=r"v\.sqlite"):
        connect_vault(tmp_path / "v.sqlite", bytes(32))
    assert (tmp_path / "v.sqlite").read_bytes() == before


@pytest.mark.parametrize(
    ("error", "expected", "message"),
    [
        (sqlite3.DatabaseError("file is not a database"), DamagedData, "the damage message"),
        (sqlcipher.DatabaseError("database disk image is malformed"), DamagedData, "the damage message"),
        (sqlite3.OperationalError("database or disk is full"), StorageProblem, "disk is full"),
        (sqlcipher.OperationalError("disk I/O error"), StorageProblem, "disk is full or failing"),
        (sqlite3.OperationalError("attempt to write a readonly database"), StorageProblem, "read-only"),
        (sqlite3.OperationalError("unable to open database file"), StorageProblem, "permissions"),
    ],
)
def test_storage_errors_get_a_message(error: Exception, expected: type[Exception], message: str) -> None:
    with pytest.raises(expected, match=message), storage_errors_explained("the damage message"):
        raise error


def test_errors_that_are_ours_to_fix_pass_through() -> None:
    with pytest.raises(sqlite3.IntegrityError), storage_errors_explained("the damage message"):
        raise sqlite3.IntegrityError("UNIQUE constraint failed")
    with pytest.raises(KeyError), storage_errors_explained("the damage message"):
        raise KeyError("not a database error")


def test_unwritable_data_dir_is_explained(tmp_path: Path) -> None:
    missing_parent = tmp_path / "no" / "such" / "folder" / "v.sqlite"
    with pytest.raises(StorageProblem, match="read-only or missing"):
        connect_vault(missing_parent, KEY)
