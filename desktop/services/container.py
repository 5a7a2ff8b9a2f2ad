"""The services one running Tandem needs, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.couples import CoupleService
from desktop.services.profiles import ProfileService
from desktop.store import crypto
from desktop.store.paths import DataDir
from desktop.store.registry import Registry


@dataclass
class Services:
    data_dir: DataDir
    registry: Registry
    profiles: ProfileService
    couples: CoupleService

    @classmethod
    def open(cls, data_dir: DataDir, kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> Services:
        data_dir.ensure()
        registry = Registry(data_dir.registry_path, data_dir.backups_dir)
        return cls(
            data_dir=data_dir,
            registry=registry,
            profiles=ProfileService(data_dir, registry, kdf),
            couples=CoupleService(data_dir, registry),
        )

    def close(self) -> None:
        self.registry.close()
