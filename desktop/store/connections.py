"""Opening the registry (plain SQLite) and vaults (SQLCipher) with the pragmas DESIGN.md asks for,
and turning SQLite's errors into messages a person can act on. No SQLAlchemy here: start-up reads
the registry before SQLAlchemy is worth importing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import DamagedData, StorageProblem

_COMMON_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
)


@contextmanager
def storage_errors_explained(damage_message: str) -> Iterator[None]:
    """Turn SQLite's errors a user can meet into TandemErrors: damage, a full disk, a read-only folder.

    Works on raw DB-API errors and on SQLAlchemy's wrappers of them (their ``orig``).
    """
    try:
        yield
    except Exception as exc:
        original = getattr(exc, "orig", None) or exc
        if not isinstance(original, (sqlite3.DatabaseError, sqlcipher.DatabaseError)):
            raise
        text = str(original).lower()
        if type(original).__name__ == "DatabaseError":  # SQLITE_NOTADB / SQLITE_CORRUPT, not a subclass
            raise DamagedData(damage_message) from exc
        if "disk is full" in text or "disk i/o" in text:
            raise StorageProblem(
                "The disk is full or failing, so Tandem could not save. What was saved before is safe; "
                "free some space and try again."
            ) from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise StorageProblem(
                "Tandem cannot write to its data folder (it is read-only or missing). "
                "What was saved before is safe; check the folder's permissions."
            ) from exc
        raise


def connect_registry(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False)
    try:
        for pragma in _COMMON_PRAGMAS:
            conn.execute(pragma)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def connect_vault(path: Path, key: bytes) -> Any:
    """A SQLCipher connection keyed with the raw key; the key goes in as hex, never as a passphrase."""
    if len(key) != 32:
        raise ValueError("vault keys are 32 bytes")
    damage = (
        f"The journal file {path.name} cannot be read: it is damaged or not a Tandem vault. Restore it from a backup."
    )
    with storage_errors_explained(damage):
        conn = sqlcipher.connect(str(path), check_same_thread=False)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not SQLCipher's stderr
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            # The first read checks the key against the file's first page.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in _COMMON_PRAGMAS:
                conn.execute(pragma)
        except BaseException:
            conn.close()
            raise
    return conn
