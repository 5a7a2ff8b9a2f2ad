"""Encrypted backups of the registry and the vaults: made, found, pruned, and made when due.

A vault's backup is keyed like the vault (SQLite's online backup API through SQLCipher), so it
needs the key: the unlocked profile backs up its own vault and its couple's. The registry holds
no journal content and is copied as it is. Each backup is written under a temporary name and
renamed into place, so a crash or a full disk never leaves a half-made backup that looks whole.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import StorageProblem
from desktop.services.couples import CoupleService
from desktop.services.profiles import UnlockedProfile
from desktop.store.backups import backup_path, backup_registry, backup_vault
from desktop.store.paths import DataDir

KEEP_PER_FILE = 10  # the newest ten of each file, whatever made them
AUTO_INTERVAL = timedelta(minutes=30)
REGISTRY = "registry"
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<reason>[a-z][a-z0-9-]*?)-(?P<stamp>\d{8}T\d{12}Z)\.sqlite$")
PARTIAL_SUFFIX = ".partial"


@dataclass(frozen=True)
class VaultKey:
    """What a vault's backup needs: its file and its key. `label` names it for people."""

    path: Path
    key: bytes
    label: str


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    stem: str  # the backed-up file's name without .sqlite: "registry", a profile id, "couple-<id>"
    reason: str  # "auto", "manual", "before-upgrade-from-v0002", …
    made_at: datetime  # aware, UTC
    size: int


@dataclass(frozen=True)
class BackupReport:
    made: tuple[BackupInfo, ...]
    pruned: int


def parse_backup_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    made_at = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path, match["stem"], match["reason"], made_at, size)


def _changed_at(path: Path) -> datetime | None:
    times = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            times.append(candidate.stat().st_mtime)
    return datetime.fromtimestamp(max(times), UTC) if times else None


class BackupService:
    def __init__(self, data_dir: DataDir, couples: CoupleService | None, keep: int = KEEP_PER_FILE) -> None:
        """`couples` may be None where the registry cannot be read (checking a damaged data dir)."""
        self._data_dir = data_dir
        self._couples = couples
        self.keep = keep

    # -- what there is -------------------------------------------------------------------------------

    def keys_of(self, unlocked: UnlockedProfile) -> list[VaultKey]:
        """The vaults this unlocked profile can back up: its own and, when paired, the couple's."""
        return self.keys_for(unlocked.profile.id, unlocked.profile.name, unlocked.data_key)

    def keys_for(self, profile_id: str, name: str, data_key: bytes) -> list[VaultKey]:
        keys = [VaultKey(self._data_dir.profile_vault_path(profile_id), data_key, f"{name}’s journal")]
        couple = self._couples.couple_key_for(profile_id, data_key) if self._couples is not None else None
        if couple is not None:
            couple_id, key = couple
            keys.append(VaultKey(self._data_dir.couple_vault_path(couple_id), key, "the shared journal"))
        return keys

    def backups(self, stem: str | None = None) -> list[BackupInfo]:
        """Backups newest first; of one file when `stem` is given ("registry", a profile id, "couple-<id>")."""
        folder = self._data_dir.backups_dir
        found = [info for path in folder.glob("*.sqlite") if (info := parse_backup_name(path)) is not None]
        return sorted((i for i in found if stem is None or i.stem == stem), key=lambda i: i.made_at, reverse=True)

    # -- making them ---------------------------------------------------------------------------------

    def backup_now(self, vaults: list[VaultKey], reason: str = "manual") -> BackupReport:
        """Back up the registry and each of `vaults`, then prune to the newest few of each."""
        made = [self._backup_registry(reason)] + [self._backup_vault(vault, reason) for vault in vaults]
        pruned = sum(self.prune(info.stem) for info in made)
        return BackupReport(tuple(made), pruned)

    def backup_if_due(self, vaults: list[VaultKey], now: datetime | None = None) -> BackupReport:
        """Back up each file changed since its newest backup, if that backup is 30 minutes old or more."""
        now = now or datetime.now(UTC)
        made: list[BackupInfo] = []
        registry = self._data_dir.registry_path
        if self._due(registry, REGISTRY, now):
            made.append(self._backup_registry("auto"))
        for vault in vaults:
            if self._due(vault.path, vault.path.stem, now):
                made.append(self._backup_vault(vault, "auto"))
        pruned = sum(self.prune(info.stem) for info in made)
        return BackupReport(tuple(made), pruned)

    def prune(self, stem: str) -> int:
        """Delete all but the newest `keep` backups of one file; returns how many went."""
        old = self.backups(stem)[self.keep :]
        for info in old:
            info.path.unlink(missing_ok=True)
        return len(old)

    def _due(self, path: Path, stem: str, now: datetime) -> bool:
        changed = _changed_at(path)
        if changed is None:
            return False
        newest = next(iter(self.backups(stem)), None)
        return newest is None or (changed > newest.made_at and now - newest.made_at >= AUTO_INTERVAL)

    def _backup_registry(self, reason: str) -> BackupInfo:
        source = self._data_dir.registry_path
        return self._atomically(source, reason, lambda temp: backup_registry(source, temp))

    def _backup_vault(self, vault: VaultKey, reason: str) -> BackupInfo:
        return self._atomically(vault.path, reason, lambda temp: backup_vault(vault.path, vault.key, temp))

    def _atomically(self, source: Path, reason: str, make: object) -> BackupInfo:
        self._data_dir.backups_dir.mkdir(parents=True, exist_ok=True)
        final = backup_path(self._data_dir.backups_dir, source, reason)
        temp = final.with_name(final.name + PARTIAL_SUFFIX)
        try:
            make(temp)  # type: ignore[operator]
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, final)
        except (sqlite3.Error, sqlcipher.Error, OSError, StorageProblem) as error:
            for leftover in temp.parent.glob(temp.name + "*"):
                leftover.unlink(missing_ok=True)
            raise StorageProblem(_backup_failed(source, error)) from error
        info = parse_backup_name(final)
        assert info is not None
        return info

    def remove_leftovers(self) -> int:
        """Delete half-made backups left by a crash; call only while holding the single-writer lock."""
        leftovers = list(self._data_dir.backups_dir.glob(f"*{PARTIAL_SUFFIX}*"))
        for path in leftovers:
            path.unlink(missing_ok=True)
        return len(leftovers)


def _backup_failed(source: Path, error: BaseException) -> str:
    text = str(error).lower()
    if "full" in text or "space" in text:
        why = "the disk is full"
    elif "readonly" in text or "read-only" in text or "permission" in text:
        why = "the backups folder is read-only"
    else:
        why = f"the disk reported an error ({error})"
    return f"The backup of {source.name} could not be written: {why}. Your journal itself is unchanged."
