"""Pairing two profiles into a couple, and opening the couple's shared vault."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.errors import AlreadyPaired, DamagedData, InvalidInput
from desktop.services.profiles import UnlockedProfile
from desktop.store import crypto
from desktop.store.paths import DataDir
from desktop.store.registry import CoupleMemberRecord, Registry

if TYPE_CHECKING:
    from desktop.store.vault import Vault


def couple_key_purpose(couple_id: str) -> str:
    return f"couple-key/{couple_id}"


@dataclass(frozen=True)
class CoupleSummary:
    id: str
    partner_ids: tuple[str, str]


class CoupleService:
    def __init__(self, data_dir: DataDir, registry: Registry) -> None:
        self._data_dir = data_dir
        self._registry = registry

    def pair(self, first: UnlockedProfile, second: UnlockedProfile) -> CoupleSummary:
        """Both partners are present: each has unlocked, so the couple key can be wrapped for each."""
        if first.profile.id == second.profile.id:
            raise InvalidInput("A profile cannot be paired with itself.")
        for partner in (first, second):
            if self._registry.membership(partner.profile.id) is not None:
                raise AlreadyPaired(f"“{partner.profile.name}” is already paired.")
        couple_id = uuid.uuid4().hex
        couple_key = crypto.new_key()
        members = [
            CoupleMemberRecord(
                couple_id=couple_id,
                profile_id=partner.profile.id,
                wrapped_couple_key=crypto.wrap_key(
                    partner.data_key, couple_key, couple_key_purpose(couple_id), partner.profile.id
                ),
            )
            for partner in (first, second)
        ]
        vault_path = self._data_dir.couple_vault_path(couple_id)
        from desktop.store.vault import Vault  # SQLAlchemy: imported when a vault is first opened

        Vault(vault_path, couple_key, self._data_dir.backups_dir, check_integrity=False).close()
        try:
            self._registry.add_couple(couple_id, datetime.now(UTC).isoformat(), members)
        except BaseException:
            vault_path.unlink(missing_ok=True)
            raise
        return CoupleSummary(id=couple_id, partner_ids=(first.profile.id, second.profile.id))

    def couple_of(self, profile_id: str) -> CoupleSummary | None:
        member = self._registry.membership(profile_id)
        if member is None:
            return None
        partner = self._registry.partner_id(member.couple_id, profile_id)
        return CoupleSummary(id=member.couple_id, partner_ids=(profile_id, partner or ""))

    def couple_key(self, unlocked: UnlockedProfile) -> tuple[str, bytes] | None:
        """The couple's id and key, unwrapped with this partner's data key; None when not paired."""
        return self.couple_key_for(unlocked.profile.id, unlocked.data_key)

    def couple_key_for(self, profile_id: str, data_key: bytes) -> tuple[str, bytes] | None:
        member = self._registry.membership(profile_id)
        if member is None:
            return None
        try:
            couple_key = crypto.unwrap_key(
                data_key, member.wrapped_couple_key, couple_key_purpose(member.couple_id), profile_id
            )
        except crypto.UnwrapFailed:
            raise DamagedData("Your copy of the couple key does not open; the profile list may be damaged.") from None
        return member.couple_id, couple_key

    def open_couple_vault(self, unlocked: UnlockedProfile) -> Vault | None:
        """The couple vault, opened with this partner's copy of the couple key; None when not paired."""
        found = self.couple_key(unlocked)
        if found is None:
            return None
        couple_id, couple_key = found
        from desktop.store.vault import Vault

        return Vault(self._data_dir.couple_vault_path(couple_id), couple_key, self._data_dir.backups_dir)
