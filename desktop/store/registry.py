"""The plain registry: profiles, their KDF parameters and wrapped keys, couples. No journal content."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.errors import DamagedData
from desktop.store.backups import backup_path, backup_registry
from desktop.store.connections import registry_engine, storage_errors_explained
from desktop.store.migrate import upgrade_to_head
from desktop.store.models import Couple, CoupleMember, Profile


class Registry:
    def __init__(self, path: Path, backups_dir: Path) -> None:
        self.path = path
        self._engine = registry_engine(path)
        self._damage_message = f"The profile list ({path.name}) cannot be read: it is damaged. Restore it from a backup."
        try:
            with storage_errors_explained(self._damage_message):
                upgrade_to_head(
                    self._engine,
                    "registry",
                    backup=lambda rev: backup_registry(
                        path, backup_path(backups_dir, path, f"before-upgrade-from-{rev}")
                    ),
                )
        except BaseException:
            self._engine.dispose()
            raise

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with storage_errors_explained(self._damage_message), Session(self._engine, expire_on_commit=False) as session:
            yield session

    def profiles(self) -> list[Profile]:
        with self.session() as session:
            return list(session.exec(select(Profile).order_by(Profile.created_at)))

    def profile_by_name(self, name: str) -> Profile | None:
        with self.session() as session:
            query = select(Profile).where(func.lower(Profile.display_name) == name.strip().lower())
            return session.exec(query).first()

    def profile_by_id(self, profile_id: str) -> Profile | None:
        with self.session() as session:
            return session.get(Profile, profile_id)

    def add_profile(self, profile: Profile) -> None:
        with self.session() as session:
            session.add(profile)
            session.commit()

    def replace_wrapped_passphrase_key(self, profile_id: str, salt: bytes, wrapped: bytes, memory_kib: int,
                                       iterations: int, lanes: int) -> None:
        with self.session() as session:
            profile = session.get(Profile, profile_id)
            if profile is None:
                raise DamagedData("This profile disappeared from the profile list while it was open.")
            profile.kdf_salt = salt
            profile.wrapped_key_by_passphrase = wrapped
            profile.kdf_memory_kib, profile.kdf_iterations, profile.kdf_lanes = memory_kib, iterations, lanes
            session.add(profile)
            session.commit()

    def membership(self, profile_id: str) -> CoupleMember | None:
        with self.session() as session:
            return session.exec(select(CoupleMember).where(CoupleMember.profile_id == profile_id)).first()

    def partner_id(self, couple_id: str, profile_id: str) -> str | None:
        with self.session() as session:
            query = select(CoupleMember.profile_id).where(
                CoupleMember.couple_id == couple_id, CoupleMember.profile_id != profile_id
            )
            return session.exec(query).first()

    def add_couple(self, couple: Couple, members: list[CoupleMember]) -> None:
        with self.session() as session:
            session.add(couple)
            session.flush()  # the couple row first, for the members' foreign keys
            session.add_all(members)
            session.commit()
