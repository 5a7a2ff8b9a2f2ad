"""One SQLCipher vault: a profile's or a couple's, opened with its raw key."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlmodel import Session

from desktop.errors import DamagedData
from desktop.store.backups import backup_path, backup_vault
from desktop.store.connections import DAMAGE_ERRORS, connect_vault, vault_engine
from desktop.store.migrate import upgrade_to_head


class Vault:
    """An open vault. `close()` disposes the engine and drops the key."""

    def __init__(self, path: Path, key: bytes, backups_dir: Path, *, check_integrity: bool = True) -> None:
        self.path = path
        if check_integrity:
            verify_vault(path, key)
        self._engine = vault_engine(path, key)
        try:
            upgrade_to_head(
                self._engine,
                "vault",
                backup=lambda rev: backup_vault(
                    path, key, backup_path(backups_dir, path, f"before-upgrade-from-{rev}")
                ),
            )
        except DAMAGE_ERRORS as exc:
            self._engine.dispose()
            raise _damaged(path) from exc
        except BaseException:
            self._engine.dispose()
            raise

    @contextmanager
    def session(self) -> Iterator[Session]:
        if self._engine is None:
            raise RuntimeError("this vault is locked")
        try:
            with Session(self._engine, expire_on_commit=False) as session:
                yield session
        except DAMAGE_ERRORS as exc:
            raise _damaged(self.path) from exc

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()  # closes connections; the last close checkpoints and removes the WAL
            self._engine = None


def verify_vault(path: Path, key: bytes) -> None:
    """Check every page's HMAC, so a damaged vault is reported at unlock rather than mid-write."""
    if not path.exists():
        return
    conn = connect_vault(path, key)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    except DAMAGE_ERRORS as exc:
        raise _damaged(path) from exc
    finally:
        conn.close()
    if problems:
        raise _damaged(path)


def _damaged(path: Path) -> DamagedData:
    return DamagedData(
        f"The journal file {path.name} is damaged and cannot be read safely. "
        "Nothing was changed; restore it from a backup."
    )
