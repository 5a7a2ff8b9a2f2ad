"""Checking every file, and restoring a damaged one from a backup.

A restore never deletes: the damaged file (with its -wal and -shm) is renamed aside as
``<name>.damaged-<time>``, and the backup is copied in under a temporary name and renamed
into place. A vault backup is restored only after the profile's key opens it and every page
passes its check.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.errors import DamagedData, StorageProblem, TandemError
from desktop.services.backups import PARTIAL_SUFFIX, REGISTRY, BackupInfo, BackupService, VaultKey
from desktop.services.exchange.files import fsync_dir, storage_problem
from desktop.store.paths import DataDir

SQLCIPHER_PAGE = 4096
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class CheckLine:
    name: str  # the file, relative to the data dir
    ok: bool
    detail: str


@dataclass(frozen=True)
class CheckReport:
    lines: tuple[CheckLine, ...]

    @property
    def ok(self) -> bool:
        return all(line.ok for line in self.lines)


@dataclass(frozen=True)
class Restored:
    target: Path
    backup: BackupInfo
    moved_aside: Path | None  # the damaged file, kept; None when it was missing


def vault_problem(path: Path, key: bytes) -> str | None:
    """Why the vault at `path` cannot be trusted, or None when every page passes its check."""
    from desktop.store.vault import verify_vault

    if not path.exists():
        return "it is missing"
    try:
        verify_vault(path, key)
        from desktop.store.connections import connect_vault

        conn = connect_vault(path, key)
        try:
            conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except TandemError as error:
        return str(error)
    except Exception as error:  # sqlcipher's errors for a file that is not a vault at all
        return f"it cannot be read ({error})"
    return None


def registry_problem(path: Path) -> str | None:
    if not path.exists():
        return "it is missing"
    # With no -wal beside it the file holds everything: read it as immutable, which leaves no -wal or -shm behind.
    mode = "mode=ro" if path.with_name(path.name + "-wal").exists() else "immutable=1"
    try:
        with closing(sqlite3.connect(f"file:{path}?{mode}", uri=True)) as conn:
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            conn.execute("SELECT count(*) FROM profile").fetchone()
    except sqlite3.Error as error:
        return f"it cannot be read ({error})"
    return None if rows == ["ok"] else "; ".join(rows[:3])


def _shape_problem(path: Path) -> str | None:
    """What can be checked of a vault without its key: that it is whole pages of ciphertext."""
    size = path.stat().st_size
    if size == 0 or size % SQLCIPHER_PAGE:
        return f"its size ({size} bytes) is not a whole number of pages: it was cut short"
    with open(path, "rb") as handle:
        if handle.read(16).startswith(b"SQLite format 3"):
            return "it is not encrypted"
    return None


class RestoreService:
    def __init__(self, data_dir: DataDir, backups: BackupService) -> None:
        self._data_dir = data_dir
        self._backups = backups

    def check(self, keys: list[VaultKey]) -> CheckReport:
        """Every file in the data dir: the registry fully, vaults and their backups page by page when
        their key is in `keys`, else as far as their shape shows."""
        root = self._data_dir.root
        known = {vault.path.stem: vault.key for vault in keys}
        lines = [_line(root, self._data_dir.registry_path, registry_problem(self._data_dir.registry_path))]
        for path in sorted(self._data_dir.vaults_dir.glob("*.sqlite")):
            lines.append(self._vault_line(root, path, known.get(path.stem)))
        for info in sorted(self._backups.backups(), key=lambda i: (i.stem, i.made_at)):
            if info.stem == REGISTRY:
                lines.append(_line(root, info.path, registry_problem(info.path)))
            else:
                lines.append(self._vault_line(root, info.path, known.get(info.stem)))
        for path in sorted(self._data_dir.backups_dir.glob(f"*{PARTIAL_SUFFIX}*")):
            lines.append(CheckLine(str(path.relative_to(root)), True, "a half-made backup from a crash; ignored"))
        return CheckReport(tuple(lines))

    def _vault_line(self, root: Path, path: Path, key: bytes | None) -> CheckLine:
        if key is not None:
            return _line(root, path, vault_problem(path, key), "every page checked")
        return _line(root, path, _shape_problem(path), "shape checked; its passphrase is needed to check every page")

    def usable_backups(self, vault: VaultKey) -> list[BackupInfo]:
        return [info for info in self._backups.backups(vault.path.stem) if vault_problem(info.path, vault.key) is None]

    def registry_backups(self) -> list[BackupInfo]:
        """Every backup of the profile list, newest first, whether it opens or not."""
        return self._backups.backups(REGISTRY)

    def usable_registry(self) -> list[BackupInfo]:
        return [info for info in self._backups.backups(REGISTRY) if registry_problem(info.path) is None]

    def restore_vault(self, vault: VaultKey, backup: BackupInfo) -> Restored:
        problem = vault_problem(backup.path, vault.key)
        if problem is not None:
            raise DamagedData(f"That backup of {vault.label} cannot be used: {problem}. Nothing was changed.")
        return self._put_in_place(vault.path, backup)

    def restore_registry(self, backup: BackupInfo) -> Restored:
        problem = registry_problem(backup.path)
        if problem is not None:
            raise DamagedData(f"That backup of the profile list cannot be used: {problem}. Nothing was changed.")
        return self._put_in_place(self._data_dir.registry_path, backup)

    def restore_damaged(self, vaults: list[VaultKey]) -> list[Restored]:
        """Restore each of `vaults` that fails its check from its newest backup that passes.

        Raises DamagedData when a damaged vault has no usable backup (that vault is left as it is)."""
        restored = []
        for vault in vaults:
            if vault_problem(vault.path, vault.key) is None:
                continue
            usable = self.usable_backups(vault)
            if not usable:
                raise DamagedData(
                    f"{vault.label.capitalize()} is damaged and none of its backups opens. "
                    "The damaged file was left as it is."
                )
            restored.append(self._put_in_place(vault.path, usable[0]))
        return restored

    def _put_in_place(self, target: Path, backup: BackupInfo) -> Restored:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        temp = target.with_name(target.name + PARTIAL_SUFFIX)
        aside = target.with_name(f"{target.name}.damaged-{stamp}") if target.exists() else None
        try:
            shutil.copyfile(backup.path, temp)
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            for suffix in ("", *_SIDE_FILES):
                side = target.with_name(target.name + suffix)
                if side.exists() and aside is not None:
                    os.replace(side, aside.with_name(aside.name + suffix))
            os.replace(temp, target)
            fsync_dir(target.parent)
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise StorageProblem(str(storage_problem(error, target)) + " The damaged file is kept.") from None
        return Restored(target, backup, aside)


def restore_service_without_registry(data_dir: DataDir) -> RestoreService:
    """A RestoreService that never opens the profile list: for checking a data dir, or bringing back its
    profile list, when that list is damaged."""
    return RestoreService(data_dir, BackupService(data_dir, None))


def _line(root: Path, path: Path, problem: str | None, ok_detail: str = "sound") -> CheckLine:
    name = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    return CheckLine(name, problem is None, ok_detail if problem is None else problem)
