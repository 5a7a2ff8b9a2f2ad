"""The services one running Tandem needs, built once by the composition root."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from desktop.services.couples import CoupleService
from desktop.services.profiles import ProfileService, UnlockedProfile
from desktop.store import crypto
from desktop.store.paths import DataDir
from desktop.store.registry import Registry

if TYPE_CHECKING:
    from datetime import tzinfo

    from desktop.services.backups import BackupService
    from desktop.services.balance import BalanceService
    from desktop.services.exchange.export import ExportService
    from desktop.services.exchange.importer import ImportService
    from desktop.services.journal import JournalService
    from desktop.services.quiz import QuizService
    from desktop.services.restore import RestoreService


class Services:
    """Profiles and couples are built at once (the picker needs them); the rest when first used,
    so start-up does not load what only an unlocked profile or a command needs."""

    def __init__(self, data_dir: DataDir, registry: Registry, kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> None:
        self.data_dir = data_dir
        self.registry = registry
        self._kdf = kdf
        self.profiles = ProfileService(data_dir, registry, kdf)
        self.couples = CoupleService(data_dir, registry)

    @classmethod
    def open(cls, data_dir: DataDir, kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> Services:
        data_dir.ensure()
        return cls(data_dir, Registry(data_dir.registry_path, data_dir.backups_dir), kdf)

    @cached_property
    def quizzes(self) -> QuizService:
        from desktop.services.quiz import QuizService

        return QuizService(self.data_dir, self.couples, self.profiles)

    @cached_property
    def backups(self) -> BackupService:
        from desktop.services.backups import BackupService

        return BackupService(self.data_dir, self.couples)

    @cached_property
    def restores(self) -> RestoreService:
        from desktop.services.restore import RestoreService

        return RestoreService(self.data_dir, self.backups)

    @cached_property
    def exports(self) -> ExportService:
        from desktop.services.exchange.export import ExportService

        return ExportService(self._kdf)

    @cached_property
    def imports(self) -> ImportService:
        from desktop.services.exchange.importer import ImportService

        return ImportService()

    def open_journal(self, unlocked: UnlockedProfile) -> JournalService:
        """The unlocked profile's journal, with the couple vault when paired; close it before locking."""
        from desktop.services.journal import JournalService  # SQLModel: loaded once someone unlocks

        names = {profile.id: profile.name for profile in self.profiles.list_profiles()}
        return JournalService(unlocked.profile.id, names, unlocked.vault, self.couples.open_couple_vault(unlocked))

    def open_balance(self, unlocked: UnlockedProfile, zone: tzinfo | None = None) -> BalanceService:
        """Time together and apart for the unlocked profile (and partner, when paired); close it before locking.

        `zone` is where wall-clock times are read; by default the computer's own zone."""
        from desktop.core.balance.zones import local_zone
        from desktop.services.balance import BalanceService, Person  # SQLModel: loaded once someone unlocks

        people = {
            profile.id: Person(profile.id, profile.name, profile.colour) for profile in self.profiles.list_profiles()
        }
        couple = self.couples.couple_of(unlocked.profile.id)
        partner_id = next((pid for pid in couple.partner_ids if pid != unlocked.profile.id), None) if couple else None
        me = people.get(unlocked.profile.id) or Person(
            unlocked.profile.id, unlocked.profile.name, unlocked.profile.colour
        )
        partner = people.get(partner_id) if partner_id else None
        shared = self.couples.open_couple_vault(unlocked)
        return BalanceService(me, partner, unlocked.vault, shared, zone=zone or local_zone())

    def restore_damaged_profile(self, name: str, passphrase: str) -> UnlockedProfile:
        """Restore each of the profile's vaults that fails its check from its newest good backup, then unlock.

        The damaged files are kept aside; raises DamagedData when a damaged vault has no usable backup."""
        summary, key = self.profiles.data_key(name, passphrase)
        self.restores.restore_damaged(self.backups.keys_for(summary.id, summary.name, key))
        return self.profiles.unlock(name, passphrase)

    def close(self) -> None:
        self.registry.close()
