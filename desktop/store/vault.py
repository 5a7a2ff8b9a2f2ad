"""One SQLCipher vault: a profile's or a couple's, opened with its raw key, used through SQLModel sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlmodel import Session

from desktop.errors import DamagedData
from desktop.store.backups import backup_path, backup_vault
from desktop.store.connections import connect_vault, storage_errors_explained
from desktop.store.migrate import upgrade_to_head


class Vault:
    """An open vault. `close()` disposes the engine and drops the key."""

    def __init__(self, path: Path, key: bytes, backups_dir: Path, *, check_integrity: bool = True) -> None:
        self.path = path
        with storage_errors_explained(_damage_message(path)):
            if check_integrity:
                verify_vault(path, key)
            upgrade_to_head(
                "vault",
                connect=lambda: connect_vault(path, key),
                backup=lambda rev: backup_vault(
                    path, key, backup_path(backups_dir, path, f"before-upgrade-from-{rev}")
                ),
                dbapi=sqlcipher,
            )
        self._engine: Engine | None = create_engine(
            "sqlite+pysqlite://", module=sqlcipher, creator=lambda: connect_vault(path, key)
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        if self._engine is None:
            raise RuntimeError("this vault is locked")
        with (
            storage_errors_explained(_damage_message(self.path)),
            Session(self._engine, expire_on_commit=False) as session,
        ):
            yield session

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()  # closes connections; the last close checkpoints and removes the WAL
            self._engine = None  # the key lives only in the engine's connect closure: drop it


def verify_vault(path: Path, key: bytes) -> None:
    """Check every page's HMAC at unlock.

    Needed, not belt and braces: when a page fails its HMAC on an ordinary read, SQLCipher
    hands back a zero-filled page, and for an overflow page (the tail of a long entry) the
    read succeeds with NULs in the text. Costs about 1 s per 130 MiB of vault.
    """
    if not path.exists():
        return
    conn = connect_vault(path, key)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()
    if problems:
        raise DamagedData(_damage_message(path))


def _damage_message(path: Path) -> str:
    return (
        f"The journal file {path.name} is damaged and cannot be read safely. "
        "Nothing was changed; restore it from a backup."
    )
