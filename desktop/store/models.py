"""SQLModel tables of the vaults. Personal and couple vaults share this one schema.

Tables are created by Alembic revisions only, never by ``create_all``. (The registry
is not here: it is read at start-up with plain ``sqlite3``, see ``registry.py``.)
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Setting(SQLModel, table=True):
    """A per-vault preference such as the auto-lock delay; values are JSON text."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str
