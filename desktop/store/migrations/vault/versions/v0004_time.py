"""Time spans together and apart.

Revision ID: v0004
Revises: v0003
"""

import sqlalchemy as sa
from alembic import op

revision = "v0004"
down_revision = "v0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "time_span",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("author_id", sa.String(), nullable=False),
        sa.Column("person_id", sa.String(), nullable=True),  # NULL: both partners
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),  # UTC
        sa.Column("ended_at", sa.DateTime(), nullable=False),  # UTC
        sa.Column("start_offset", sa.Integer(), nullable=False),  # minutes east of UTC where it was logged
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("zone", sa.String(), nullable=False, server_default=""),
        sa.Column("activity", sa.String(), nullable=False, server_default=""),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("tags", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('together', 'apart')", name="span_kind"),
        sa.CheckConstraint("ended_at > started_at", name="span_order"),
    )
    op.create_index("time_span_by_start", "time_span", ["started_at"])
    op.create_index("time_span_by_person", "time_span", ["person_id", "started_at"])


def downgrade() -> None:
    op.drop_index("time_span_by_person", "time_span")
    op.drop_index("time_span_by_start", "time_span")
    op.drop_table("time_span")
