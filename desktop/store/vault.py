"""One SQLCipher vault: a profile's or a couple's, opened with its raw key, used through SQLModel sessions."""

from __future__ import annotations

import threading
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
        self._guard = threading.Lock()
        self._sessions = 0  # open sessions, on any thread
        self._engine: Engine | None = create_engine(
            "sqlite+pysqlite://", module=sqlcipher, creator=lambda: connect_vault(path, key)
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._guard:
            engine = self._engine
            if engine is None:
                raise RuntimeError("this vault is locked")
            self._sessions += 1
        try:
            with (
                storage_errors_explained(_damage_message(self.path)),
                Session(engine, expire_on_commit=False) as session,
            ):
                yield session
        finally:
            with self._guard:
                self._sessions -= 1
                last_after_close = self._sessions == 0 and self._engine is None
            if last_after_close:
                engine.dispose()

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def close(self) -> None:
        """No new session from now on. The engine is disposed (its connections closed, the WAL checkpointed and
        removed, the key dropped with it) now, or, if a worker thread is inside a session, as that session ends:
        closing a connection under a running query would crash SQLCipher."""
        with self._guard:
            engine, self._engine = self._engine, None
            busy = self._sessions > 0
        if engine is not None and not busy:
            engine.dispose()


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
