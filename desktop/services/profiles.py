"""Creating, listing and unlocking profiles, and changing passphrases."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.core.profile_rules import check_colour, check_new_passphrase, clean_name
from desktop.errors import DamagedData, InvalidInput, ProfileExists, ProfileNotFound, WrongPassphrase, WrongRecoveryKey
from desktop.store import crypto
from desktop.store.crypto import KdfParams
from desktop.store.paths import DataDir
from desktop.store.registry import ProfileRecord, Registry

if TYPE_CHECKING:
    from desktop.services.settings import VaultSettings
    from desktop.store.vault import Vault

PURPOSE_PASSPHRASE = "data-key/passphrase"
PURPOSE_RECOVERY = "data-key/recovery"


@dataclass(frozen=True)
class ProfileSummary:
    id: str
    name: str
    colour: str


@dataclass(frozen=True)
class NewProfile:
    profile: ProfileSummary
    recovery_key: str  # shown once, never stored


class UnlockedProfile:
    """A profile whose data key is in memory and whose vault is open, until `lock()`."""

    def __init__(self, profile: ProfileSummary, data_key: bytes, vault: Vault) -> None:
        self.profile = profile
        self._data_key: bytes | None = data_key
        self._vault: Vault | None = vault

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("this profile is locked")
        return self._vault

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("this profile is locked")
        return self._data_key

    @property
    def settings(self) -> VaultSettings:
        from desktop.services.settings import VaultSettings  # SQLModel, needed only once unlocked

        return VaultSettings(self.vault)

    @property
    def is_locked(self) -> bool:
        return self._vault is None

    def lock(self) -> None:
        """Close the vault and drop the key; safe to call twice."""
        if self._vault is not None:
            self._vault.close()
        self._vault = None
        self._data_key = None


def _summary(row: ProfileRecord) -> ProfileSummary:
    return ProfileSummary(id=row.id, name=row.display_name, colour=row.colour)


def _kdf_params(row: ProfileRecord) -> KdfParams:
    return KdfParams(memory_kib=row.kdf_memory_kib, iterations=row.kdf_iterations, lanes=row.kdf_lanes)


class ProfileService:
    def __init__(self, data_dir: DataDir, registry: Registry, kdf: KdfParams = crypto.DEFAULT_KDF) -> None:
        self._data_dir = data_dir
        self._registry = registry
        self._kdf = kdf

    def list_profiles(self) -> list[ProfileSummary]:
        return [_summary(row) for row in self._registry.profiles()]

    def find(self, name: str) -> ProfileSummary:
        return _summary(self._row(name))

    def create_profile(self, name: str, colour: str, passphrase: str, recovery_key: str | None = None) -> NewProfile:
        """Create the profile and its empty vault. `recovery_key` lets a UI show the key before creating."""
        name, colour = clean_name(name), check_colour(colour)
        check_new_passphrase(passphrase)
        if self._registry.profile_by_name(name) is not None:
            raise ProfileExists(name)
        recovery_key = recovery_key or crypto.new_recovery_key()
        recovery_secret = crypto.parse_recovery_key(recovery_key)

        profile_id = uuid.uuid4().hex
        data_key = crypto.new_key()
        kdf_salt, recovery_salt = crypto.new_salt(), crypto.new_salt()
        passphrase_key = crypto.derive_passphrase_key(passphrase, kdf_salt, self._kdf)
        recovery_wrapping_key = crypto.derive_recovery_wrapping_key(recovery_secret, recovery_salt)
        row = ProfileRecord(
            id=profile_id,
            display_name=name,
            colour=colour,
            created_at=datetime.now(UTC).isoformat(),
            kdf_salt=kdf_salt,
            kdf_memory_kib=self._kdf.memory_kib,
            kdf_iterations=self._kdf.iterations,
            kdf_lanes=self._kdf.lanes,
            recovery_salt=recovery_salt,
            wrapped_key_by_passphrase=crypto.wrap_key(passphrase_key, data_key, PURPOSE_PASSPHRASE, profile_id),
            wrapped_key_by_recovery=crypto.wrap_key(recovery_wrapping_key, data_key, PURPOSE_RECOVERY, profile_id),
        )
        self._data_dir.ensure()
        vault_path = self._data_dir.profile_vault_path(profile_id)
        from desktop.store.vault import Vault  # SQLAlchemy: imported when a vault is first opened

        Vault(vault_path, data_key, self._data_dir.backups_dir, check_integrity=False).close()
        try:
            self._registry.add_profile(row)
        except BaseException:
            vault_path.unlink(missing_ok=True)  # no orphan vault without a registry entry
            raise
        return NewProfile(profile=_summary(row), recovery_key=recovery_key)

    def unlock(self, name: str, passphrase: str) -> UnlockedProfile:
        row = self._row(name)
        return self._open(row, self._unwrap(row, passphrase))

    def data_key(self, name: str, passphrase: str) -> tuple[ProfileSummary, bytes]:
        """The profile's data key, without opening its vault: for restoring a damaged one from a backup."""
        row = self._row(name)
        return _summary(row), self._unwrap(row, passphrase)

    def _unwrap(self, row: ProfileRecord, passphrase: str) -> bytes:
        key = crypto.derive_passphrase_key(passphrase, row.kdf_salt, _kdf_params(row))
        try:
            return crypto.unwrap_key(key, row.wrapped_key_by_passphrase, PURPOSE_PASSPHRASE, row.id)
        except crypto.UnwrapFailed:
            raise WrongPassphrase() from None

    def unlock_with_recovery_key(self, name: str, recovery_key: str) -> UnlockedProfile:
        row = self._row(name)
        secret = crypto.parse_recovery_key(recovery_key)
        key = crypto.derive_recovery_wrapping_key(secret, row.recovery_salt)
        try:
            data_key = crypto.unwrap_key(key, row.wrapped_key_by_recovery, PURPOSE_RECOVERY, row.id)
        except crypto.UnwrapFailed:
            raise WrongRecoveryKey() from None
        return self._open(row, data_key)

    def change_passphrase(self, unlocked: UnlockedProfile, new_passphrase: str) -> None:
        """Re-wrap the data key under the new passphrase; the vault itself is not re-encrypted."""
        check_new_passphrase(new_passphrase)
        salt = crypto.new_salt()
        key = crypto.derive_passphrase_key(new_passphrase, salt, self._kdf)
        wrapped = crypto.wrap_key(key, unlocked.data_key, PURPOSE_PASSPHRASE, unlocked.profile.id)
        self._registry.replace_wrapped_passphrase_key(
            unlocked.profile.id, salt, wrapped, self._kdf.memory_kib, self._kdf.iterations, self._kdf.lanes
        )

    def _row(self, name: str) -> ProfileRecord:
        if not name.strip():
            raise InvalidInput("Please say which profile.")
        row = self._registry.profile_by_name(name)
        if row is None:
            raise ProfileNotFound(name.strip())
        return row

    def _open(self, row: ProfileRecord, data_key: bytes) -> UnlockedProfile:
        vault_path = self._data_dir.profile_vault_path(row.id)
        if not vault_path.exists():
            raise DamagedData(
                f"The journal file of “{row.display_name}” ({vault_path.name}) is missing. Restore it from a backup."
            )
        from desktop.store.vault import Vault

        vault = Vault(vault_path, data_key, self._data_dir.backups_dir)
        return UnlockedProfile(_summary(row), data_key, vault)
