"""The journal: entries, their tags, drafts, and an FTS5 index inside the vault.

Revision ID: v0002
Revises: v0001
"""

import sqlalchemy as sa
from alembic import op

revision = "v0002"
down_revision = "v0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entry",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("author_id", sa.String(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(), nullable=False, server_default=""),
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("mood IS NULL OR mood BETWEEN 1 AND 5", name="mood_range"),
    )
    op.create_index("entry_written_at", "entry", ["deleted_at", "written_at"])
    op.create_table(
        "entry_tag",
        sa.Column("entry_id", sa.String(), sa.ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag", sa.String(), primary_key=True),
        # +1 nurtured, -1 strained; 0 for warning signs and the person's own tags
        sa.Column("polarity", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("entry_tag_by_tag", "entry_tag", ["tag", "polarity"])
    op.create_table(
        "draft",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("entry_id", sa.String(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),  # JSON of the editor's fields
        sa.Column("saved_at", sa.DateTime(), nullable=False),
    )
    # External-content FTS5 over entry(title, body), kept in step by triggers; it lives
    # in the vault, so the index is encrypted with everything else.
    op.execute(
        "CREATE VIRTUAL TABLE entry_fts USING fts5("
        "title, body, content='entry', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    # Deleted or moved entries leave no tokens behind in the index's pages.
    op.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES ('secure-delete', 1)")
    op.execute(
        "CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN "
        "INSERT INTO entry_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END"
    )
    op.execute(
        "CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN "
        "INSERT INTO entry_fts(entry_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); END"
    )
    op.execute(
        "CREATE TRIGGER entry_fts_update AFTER UPDATE OF title, body ON entry BEGIN "
        "INSERT INTO entry_fts(entry_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); "
        "INSERT INTO entry_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END"
    )


def downgrade() -> None:
    for trigger in ("entry_fts_update", "entry_fts_delete", "entry_fts_insert"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE entry_fts")
    op.drop_table("draft")
    op.drop_table("entry_tag")
    op.drop_table("entry")
