"""Bring a registry or vault schema up to this version's head, in-process.

Alembic is imported only when a database is actually behind: an up-to-date
database costs one small query at unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, text

from desktop.errors import NewerDataVersion

SchemaKind = Literal["registry", "vault"]

# The newest revision of each script directory; tests/store/test_migrations.py keeps these in step.
HEAD_REVISION: dict[SchemaKind, str] = {"registry": "r0001", "vault": "v0001"}

_WHAT = {"registry": "profile list (registry.sqlite)", "vault": "journal vault"}


def script_location(kind: SchemaKind) -> Path:
    return Path(__file__).parent / "migrations" / kind


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(kind: SchemaKind):  # -> alembic.config.Config, imported lazily
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location(kind)))
    return config


def known_revisions(kind: SchemaKind) -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config(kind)).walk_revisions()}


def upgrade_to_head(
    engine: Engine,
    kind: SchemaKind,
    backup: Callable[[str], object] | None = None,
    target: str = "head",
) -> bool:
    """Upgrade when behind; refuse a database from a newer Tandem. Returns whether anything ran.

    `backup` is called with the current revision before an existing database is changed.
    """
    current = current_revision(engine)
    if current == HEAD_REVISION[kind] and target == "head":
        return False
    if current is not None and current not in known_revisions(kind):
        raise NewerDataVersion(_WHAT[kind])
    if current is not None and backup is not None:
        backup(current)
    from alembic import command

    config = _alembic_config(kind)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
    return True
