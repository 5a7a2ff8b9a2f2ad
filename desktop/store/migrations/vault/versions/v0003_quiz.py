"""Quiz results (with their answers) and unfinished quizzes, inside the vault.

Revision ID: v0003
Revises: v0002
"""

import sqlalchemy as sa
from alembic import op

revision = "v0003"
down_revision = "v0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quiz_result",
        sa.Column("id", sa.String(), primary_key=True),  # uuid hex; a shared copy keeps its original's id
        sa.Column("author_id", sa.String(), nullable=False),
        sa.Column("quiz_id", sa.String(), nullable=False),
        sa.Column("quiz_title", sa.String(), nullable=False, server_default=""),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        # JSON {item id: answer}; NULL in a couple vault, where a shared copy carries scores only
        sa.Column("answers", sa.Text(), nullable=True),
        sa.Column("scores", sa.Text(), nullable=False),  # JSON {subscale id: score}
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("shared_at", sa.DateTime(), nullable=True),
    )
    op.create_index("quiz_result_by_quiz", "quiz_result", ["quiz_id", "author_id", "taken_at"])
    op.create_table(
        "quiz_progress",
        sa.Column("quiz_id", sa.String(), primary_key=True),
        sa.Column("answers", sa.Text(), nullable=False),  # JSON {item id: answer}
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("quiz_progress")
    op.drop_index("quiz_result_by_quiz", "quiz_result")
    op.drop_table("quiz_result")
