"""Bring a registry or vault schema up to this version's head, in-process.

SQLAlchemy and Alembic are imported only when a database is actually behind:
an up-to-date database costs one small query.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

from desktop.errors import NewerDataVersion

SchemaKind = Literal["registry", "vault"]

# The newest revision of each script directory; tests/store/test_migrations.py keeps these in step.
HEAD_REVISION: dict[SchemaKind, str] = {"registry": "r0001", "vault": "v0004"}

_WHAT = {"registry": "profile list (registry.sqlite)", "vault": "journal vault"}


def script_location(kind: SchemaKind) -> Path:
    return Path(__file__).parent / "migrations" / kind


def current_revision(conn: Any) -> str | None:
    """The revision stamped in a DB-API connection's database, or None for a new one."""
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _alembic_config(kind: SchemaKind):  # -> alembic.config.Config, imported lazily
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location(kind)))
    return config


def known_revisions(kind: SchemaKind) -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config(kind)).walk_revisions()}


def upgrade_to_head(
    kind: SchemaKind,
    connect: Callable[[], Any],
    backup: Callable[[str], object] | None = None,
    *,
    dbapi: ModuleType | None = None,
) -> bool:
    """Upgrade when behind; refuse a database from a newer Tandem. Returns whether anything ran.

    `connect` opens a ready DB-API connection (keyed, for a vault); `backup` is called
    with the current revision before an existing database is changed.
    """
    conn = connect()
    try:
        current = current_revision(conn)
    finally:
        conn.close()
    if current == HEAD_REVISION[kind]:
        return False
    if current is not None and current not in known_revisions(kind):
        raise NewerDataVersion(_WHAT[kind])
    if current is not None and backup is not None:
        backup(current)

    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(
        "sqlite+pysqlite://", creator=connect, poolclass=NullPool, **({"module": dbapi} if dbapi else {})
    )
    try:
        config = _alembic_config(kind)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
    return True
