"""SQLModel tables.

The registry (plain SQLite) holds who exists and their wrapped keys, never journal
content. Vaults (SQLCipher) share one schema whether personal or a couple's.
Tables are created by Alembic revisions only, never by ``create_all``.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

# --- registry ---------------------------------------------------------------


class Profile(SQLModel, table=True):
    __tablename__ = "profile"

    id: str = Field(primary_key=True)
    display_name: str = Field(unique=True)
    colour: str
    created_at: datetime
    kdf_salt: bytes
    kdf_memory_kib: int
    kdf_iterations: int
    kdf_lanes: int
    recovery_salt: bytes
    wrapped_key_by_passphrase: bytes
    wrapped_key_by_recovery: bytes


class Couple(SQLModel, table=True):
    __tablename__ = "couple"

    id: str = Field(primary_key=True)
    created_at: datetime


class CoupleMember(SQLModel, table=True):
    """One partner's copy of the couple key, wrapped with that partner's data key."""

    __tablename__ = "couple_member"

    couple_id: str = Field(foreign_key="couple.id", primary_key=True)
    profile_id: str = Field(foreign_key="profile.id", primary_key=True, unique=True)
    wrapped_couple_key: bytes


# --- vault ------------------------------------------------------------------


class Setting(SQLModel, table=True):
    """A per-vault preference such as the auto-lock delay; values are JSON text."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str
