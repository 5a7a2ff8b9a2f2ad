"""The services one running Tandem needs, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.services.backups import BackupService
from desktop.services.couples import CoupleService
from desktop.services.exchange.export import ExportService
from desktop.services.exchange.importer import ImportService
from desktop.services.profiles import ProfileService, UnlockedProfile
from desktop.services.quiz import QuizService
from desktop.services.restore import RestoreService
from desktop.store import crypto
from desktop.store.paths import DataDir
from desktop.store.registry import Registry

if TYPE_CHECKING:
    from datetime import tzinfo

    from desktop.services.balance import BalanceService
    from desktop.services.journal import JournalService


@dataclass
class Services:
    data_dir: DataDir
    registry: Registry
    profiles: ProfileService
    couples: CoupleService
    quizzes: QuizService
    backups: BackupService
    restores: RestoreService
    exports: ExportService
    imports: ImportService

    @classmethod
    def open(cls, data_dir: DataDir, kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> Services:
        data_dir.ensure()
        registry = Registry(data_dir.registry_path, data_dir.backups_dir)
        profiles = ProfileService(data_dir, registry, kdf)
        couples = CoupleService(data_dir, registry)
        backups = BackupService(data_dir, couples)
        return cls(
            data_dir=data_dir,
            registry=registry,
            profiles=profiles,
            couples=couples,
            quizzes=QuizService(data_dir, couples, profiles),
            backups=backups,
            restores=RestoreService(data_dir, backups),
            exports=ExportService(kdf),
            imports=ImportService(),
        )

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
