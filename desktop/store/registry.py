"""The plain registry: profiles, their KDF parameters and wrapped keys, couples. No journal content.

It speaks to SQLite directly (stdlib ``sqlite3``): the profile picker reads it at
start-up, before SQLAlchemy is worth importing. Each call opens its own short
connection, so worker threads and the GUI thread never share one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from desktop.errors import DamagedData
from desktop.store.backups import backup_path, backup_registry
from desktop.store.connections import connect_registry, storage_errors_explained
from desktop.store.migrate import upgrade_to_head


@dataclass(frozen=True)
class ProfileRecord:
    id: str
    display_name: str
    colour: str
    created_at: str  # ISO 8601, UTC
    kdf_salt: bytes
    kdf_memory_kib: int
    kdf_iterations: int
    kdf_lanes: int
    recovery_salt: bytes
    wrapped_key_by_passphrase: bytes
    wrapped_key_by_recovery: bytes


@dataclass(frozen=True)
class CoupleMemberRecord:
    """One partner's copy of the couple key, wrapped with that partner's data key."""

    couple_id: str
    profile_id: str
    wrapped_couple_key: bytes


_PROFILE_COLUMNS = ", ".join(field.name for field in fields(ProfileRecord))
_MEMBER_COLUMNS = ", ".join(field.name for field in fields(CoupleMemberRecord))


class Registry:
    def __init__(self, path: Path, backups_dir: Path) -> None:
        self.path = path
        self._damage_message = (
            f"The profile list ({path.name}) cannot be read: it is damaged. Restore it from a backup."
        )
        with storage_errors_explained(self._damage_message):
            upgrade_to_head(
                "registry",
                connect=lambda: connect_registry(path),
                backup=lambda rev: backup_registry(path, backup_path(backups_dir, path, f"before-upgrade-from-{rev}")),
            )

    def close(self) -> None:
        """Nothing stays open between calls; kept so owners can close every store alike."""

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One short connection per call; commits, or rolls back on an exception."""
        with (
            storage_errors_explained(self._damage_message),
            closing(connect_registry(self.path)) as conn,
            conn,
        ):
            yield conn

    def profiles(self) -> list[ProfileRecord]:
        with self._transaction() as conn:
            rows = conn.execute(f"SELECT {_PROFILE_COLUMNS} FROM profile ORDER BY created_at, display_name")
            return [ProfileRecord(*row) for row in rows]

    def profile_by_name(self, name: str) -> ProfileRecord | None:
        # Python's casefold, not SQLite's ASCII-only lower(): "ZOË" finds "Zoë".
        wanted = name.strip().casefold()
        return next((row for row in self.profiles() if row.display_name.casefold() == wanted), None)

    def profile_by_id(self, profile_id: str) -> ProfileRecord | None:
        with self._transaction() as conn:
            row = conn.execute(f"SELECT {_PROFILE_COLUMNS} FROM profile WHERE id = ?", (profile_id,)).fetchone()
            return ProfileRecord(*row) if row else None

    def add_profile(self, profile: ProfileRecord) -> None:
        placeholders = ", ".join("?" * len(fields(ProfileRecord)))
        with self._transaction() as conn:
            conn.execute(f"INSERT INTO profile ({_PROFILE_COLUMNS}) VALUES ({placeholders})", astuple(profile))

    def replace_wrapped_passphrase_key(
        self, profile_id: str, salt: bytes, wrapped: bytes, memory_kib: int, iterations: int, lanes: int
    ) -> None:
        with self._transaction() as conn:
            changed = conn.execute(
                "UPDATE profile SET kdf_salt = ?, wrapped_key_by_passphrase = ?, kdf_memory_kib = ?, "
                "kdf_iterations = ?, kdf_lanes = ? WHERE id = ?",
                (salt, wrapped, memory_kib, iterations, lanes, profile_id),
            ).rowcount
        if changed != 1:
            raise DamagedData("This profile disappeared from the profile list while it was open.")

    def membership(self, profile_id: str) -> CoupleMemberRecord | None:
        with self._transaction() as conn:
            row = conn.execute(
                f"SELECT {_MEMBER_COLUMNS} FROM couple_member WHERE profile_id = ?", (profile_id,)
            ).fetchone()
            return CoupleMemberRecord(*row) if row else None

    def partner_id(self, couple_id: str, profile_id: str) -> str | None:
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT profile_id FROM couple_member WHERE couple_id = ? AND profile_id != ?", (couple_id, profile_id)
            ).fetchone()
            return row[0] if row else None

    def add_couple(self, couple_id: str, created_at: str, members: list[CoupleMemberRecord]) -> None:
        with self._transaction() as conn:
            conn.execute("INSERT INTO couple (id, created_at) VALUES (?, ?)", (couple_id, created_at))
            conn.executemany(
                f"INSERT INTO couple_member ({_MEMBER_COLUMNS}) VALUES (?, ?, ?)", [astuple(m) for m in members]
            )
