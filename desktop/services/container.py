"""The services one running Tandem needs, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.services.couples import CoupleService
from desktop.services.profiles import ProfileService, UnlockedProfile
from desktop.services.quiz import QuizService
from desktop.store import crypto
from desktop.store.paths import DataDir
from desktop.store.registry import Registry

if TYPE_CHECKING:
    from desktop.services.journal import JournalService


@dataclass
class Services:
    data_dir: DataDir
    registry: Registry
    profiles: ProfileService
    couples: CoupleService
    quizzes: QuizService

    @classmethod
    def open(cls, data_dir: DataDir, kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> Services:
        data_dir.ensure()
        registry = Registry(data_dir.registry_path, data_dir.backups_dir)
        profiles = ProfileService(data_dir, registry, kdf)
        couples = CoupleService(data_dir, registry)
        return cls(
            data_dir=data_dir,
            registry=registry,
            profiles=profiles,
            couples=couples,
            quizzes=QuizService(data_dir, couples, profiles),
        )

    def open_journal(self, unlocked: UnlockedProfile) -> JournalService:
        """The unlocked profile's journal, with the couple vault when paired; close it before locking."""
        from desktop.services.journal import JournalService  # SQLModel: loaded once someone unlocks

        names = {profile.id: profile.name for profile in self.profiles.list_profiles()}
        return JournalService(unlocked.profile.id, names, unlocked.vault, self.couples.open_couple_vault(unlocked))

    def close(self) -> None:
        self.registry.close()
