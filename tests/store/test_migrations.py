"""Schemas reach head in-process, only when behind, with a backup first; newer databases are refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.errors import NewerDataVersion
from desktop.services.container import Services
from desktop.services.settings import VaultSettings
from desktop.store import migrate
from desktop.store.connections import connect_vault
from desktop.store.migrate import HEAD_REVISION, current_revision, upgrade_to_head
from desktop.store.registry import Registry
from desktop.store.vault import Vault

KEY = bytes(range(32))

EXTRA_REVISION = '''"""A later revision, written by the test: a new column with a default."""
import sqlalchemy as sa
from alembic import op

revision = "v9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("setting") as batch:
        batch.add_column(sa.Column("changed_at", sa.String(), nullable=False, server_default="never"))


def downgrade() -> None:
    with op.batch_alter_table("setting") as batch:
        batch.drop_column("changed_at")
'''


@pytest.mark.parametrize("kind", ["registry", "vault"])
def test_head_constant_matches_the_scripts(kind: migrate.SchemaKind) -> None:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(migrate._alembic_config(kind)).get_heads()
    assert heads == [HEAD_REVISION[kind]]


def test_fresh_vault_reaches_head_with_its_tables(tmp_path: Path) -> None:
    Vault(tmp_path / "v.sqlite", KEY, tmp_path).close()
    conn = connect_vault(tmp_path / "v.sqlite", KEY)
    assert current_revision(conn) == HEAD_REVISION["vault"]
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'setting'").fetchone() == ("setting",)
    conn.close()
    assert list(tmp_path.glob("*before-upgrade*")) == []  # nothing to back up in a new vault


def test_up_to_date_vault_is_not_touched(tmp_path: Path) -> None:
    Vault(tmp_path / "v.sqlite", KEY, tmp_path).close()
    before = (tmp_path / "v.sqlite").read_bytes()
    assert upgrade_to_head("vault", lambda: connect_vault(tmp_path / "v.sqlite", KEY), backup=pytest.fail) is False
    assert (tmp_path / "v.sqlite").read_bytes() == before


def test_vault_from_a_newer_tandem_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite"
    vault = Vault(path, KEY, tmp_path)
    VaultSettings(vault).set("note", "keep me")
    vault.close()
    conn = connect_vault(path, KEY)
    conn.execute("UPDATE alembic_version SET version_num = 'v9999_from_the_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDataVersion, match="newer version of Tandem"):
        Vault(path, KEY, tmp_path)
    assert path.read_bytes() == before


def test_registry_from_a_newer_tandem_is_refused(services: Services) -> None:
    services.close()
    import sqlite3

    with sqlite3.connect(services.data_dir.registry_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'r9999'")
    conn.close()
    with pytest.raises(NewerDataVersion, match="profile list"):
        Registry(services.data_dir.registry_path, services.data_dir.backups_dir)


def test_vault_behind_head_is_backed_up_then_upgraded_keeping_its_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    path = tmp_path / "v.sqlite"
    vault = Vault(path, KEY, backups)
    VaultSettings(vault).set("note", "written before the upgrade")
    vault.close()
    head = HEAD_REVISION["vault"]

    # A newer build of Tandem: the shipped scripts plus one revision.
    scripts = tmp_path / "scripts"
    shutil.copytree(migrate.script_location("vault"), scripts)
    (scripts / "versions" / "v9000_changed_at.py").write_text(EXTRA_REVISION.format(head=HEAD_REVISION["vault"]))
    monkeypatch.setattr(migrate, "script_location", lambda kind: scripts)
    monkeypatch.setitem(migrate.HEAD_REVISION, "vault", "v9000")

    vault = Vault(path, KEY, backups)
    assert VaultSettings(vault).get("note") == "written before the upgrade"
    with vault.session() as session:
        assert session.exec(text("SELECT changed_at FROM setting")).scalar() == "never"
    vault.close()

    (backup,) = backups.glob(f"v-before-upgrade-from-{head}-*.sqlite")
    old = connect_vault(backup, KEY)  # still encrypted with the vault's key, at the old revision
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    assert old.execute("SELECT value FROM setting").fetchone()[0] == '"written before the upgrade"'
    old.close()


def _vault_at(path: Path, revision: str) -> None:
    """A vault as an older Tandem left it: migrated only up to `revision`."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine("sqlite+pysqlite://", creator=lambda: connect_vault(path, KEY))
    config = migrate._alembic_config("vault")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_vault_from_v0001_with_settings_gains_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite"
    _vault_at(path, "v0001")
    conn = connect_vault(path, KEY)
    conn.execute("INSERT INTO setting (key, value) VALUES ('auto_lock_minutes', '9')")
    conn.commit()
    conn.close()

    vault = Vault(path, KEY, tmp_path)
    assert VaultSettings(vault).auto_lock_minutes() == 9
    with vault.session() as session:
        tables = {row[0] for row in session.exec(text("SELECT name FROM sqlite_master"))}
    vault.close()
    assert {"entry", "entry_tag", "draft", "entry_fts"} <= tables
    assert len(list(tmp_path.glob("v-before-upgrade-from-v0001-*.sqlite"))) == 1


def test_vault_from_v0003_with_journal_and_quiz_gains_time_spans(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite"
    _vault_at(path, "v0003")
    conn = connect_vault(path, KEY)
    conn.execute(
        "INSERT INTO entry (id, author_id, written_at, title, body, mood, created_at, updated_at) "
        "VALUES ('e1', 'p1', '2025-06-01 10:00:00.000000', 'Kept', 'body', 4, '2025-06-01 10:00:00', "
        "'2025-06-01 10:00:00')"
    )
    conn.execute("INSERT INTO entry_tag (entry_id, tag, polarity) VALUES ('e1', 'trust', 1)")
    conn.execute(
        "INSERT INTO quiz_result (id, author_id, quiz_id, taken_at, scores, category) "
        "VALUES ('q1', 'p1', 'ecr', '2025-06-01 10:00:00', '{}', 'secure')"
    )
    conn.commit()
    conn.close()

    vault = Vault(path, KEY, tmp_path)
    with vault.session() as session:
        assert session.exec(text("SELECT title FROM entry")).scalar() == "Kept"
        assert session.exec(text("SELECT category FROM quiz_result")).scalar() == "secure"
        columns = {row[1] for row in session.exec(text("PRAGMA table_info(time_span)"))}
        session.exec(
            text(
                "INSERT INTO time_span (id, author_id, person_id, kind, started_at, ended_at, start_offset, "
                "end_offset, created_at, updated_at) VALUES ('s1', 'p1', NULL, 'together', '2025-06-01 10:00:00', "
                "'2025-06-01 11:00:00', 120, 120, '2025-06-01 11:00:00', '2025-06-01 11:00:00')"
            )
        )
        session.commit()
        assert session.exec(text("SELECT count(*) FROM time_span")).scalar() == 1
    vault.close()
    assert {"person_id", "kind", "started_at", "ended_at", "start_offset", "end_offset", "zone", "note"} <= columns
    assert len(list(tmp_path.glob("v-before-upgrade-from-v0003-*.sqlite"))) == 1
