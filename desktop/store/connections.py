"""Opening the registry (plain SQLite) and vaults (SQLCipher) with the pragmas DESIGN.md asks for."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine

from desktop.errors import DamagedData

_COMMON_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
)

# SQLite's own errors that mean "these bytes are not a healthy database".
DAMAGE_ERRORS: tuple[type[Exception], ...] = (sqlcipher.DatabaseError, sqlite3.DatabaseError)


def connect_registry(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False)
    for pragma in _COMMON_PRAGMAS:
        conn.execute(pragma)
    return conn


def connect_vault(path: Path, key: bytes) -> Any:
    """A SQLCipher connection keyed with the raw key; the key goes in as hex, never as a passphrase."""
    if len(key) != 32:
        raise ValueError("vault keys are 32 bytes")
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not SQLCipher's stderr
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # The first read checks the key against the file's first page.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _COMMON_PRAGMAS:
            conn.execute(pragma)
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise DamagedData(
            f"The journal file {path.name} cannot be read: it is damaged or not a Tandem vault. "
            "Restore it from a backup."
        ) from exc
    return conn


def registry_engine(path: Path) -> Engine:
    return create_engine("sqlite+pysqlite://", creator=lambda: connect_registry(path))


def vault_engine(path: Path, key: bytes) -> Engine:
    return create_engine("sqlite+pysqlite://", module=sqlcipher, creator=lambda: connect_vault(path, key))
