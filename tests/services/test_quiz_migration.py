"""Vault revision v0003: a journal vault at v0002, with an entry in it, gains the quiz tables and keeps its data."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.store.connections import connect_vault
from desktop.store.vault import Vault
from tests.store.test_migrations import KEY, _vault_at


def test_vault_from_v0002_with_an_entry_gains_the_quiz_tables(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite"
    _vault_at(path, "v0002")
    conn = connect_vault(path, KEY)
    conn.execute(
        "INSERT INTO entry (id, author_id, written_at, title, body, created_at, updated_at) "
        "VALUES ('e1', 'a', '2025-01-01 10:00:00', 'Kept', 'through the upgrade', "
        "'2025-01-01 10:00:00', '2025-01-01 10:00:00')"
    )
    conn.commit()
    conn.close()

    vault = Vault(path, KEY, tmp_path)
    with vault.session() as session:
        tables = {row[0] for row in session.exec(text("SELECT name FROM sqlite_master"))}
        kept = session.exec(text("SELECT title FROM entry")).all()
        session.exec(
            text(
                "INSERT INTO quiz_result (id, author_id, quiz_id, taken_at, scores, category) "
                "VALUES ('r1', 'a', 'attachment', '2025-01-02 10:00:00', '{}', 'secure')"
            )
        )
        session.commit()
    vault.close()
    assert {"quiz_result", "quiz_progress", "entry"} <= tables
    assert kept == [("Kept",)]
    assert len(list(tmp_path.glob("v-before-upgrade-from-v0002-*.sqlite"))) == 1
