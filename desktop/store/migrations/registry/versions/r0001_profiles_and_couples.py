"""Profiles with their KDF parameters and wrapped keys; couples with per-partner wrapped keys.

Revision ID: r0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "r0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("display_name", sa.String(), nullable=False, unique=True),
        sa.Column("colour", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("kdf_salt", sa.LargeBinary(), nullable=False),
        sa.Column("kdf_memory_kib", sa.Integer(), nullable=False),
        sa.Column("kdf_iterations", sa.Integer(), nullable=False),
        sa.Column("kdf_lanes", sa.Integer(), nullable=False),
        sa.Column("recovery_salt", sa.LargeBinary(), nullable=False),
        sa.Column("wrapped_key_by_passphrase", sa.LargeBinary(), nullable=False),
        sa.Column("wrapped_key_by_recovery", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "couple",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_table(
        "couple_member",
        sa.Column("couple_id", sa.String(), sa.ForeignKey("couple.id"), primary_key=True),
        sa.Column("profile_id", sa.String(), sa.ForeignKey("profile.id"), primary_key=True, unique=True),
        sa.Column("wrapped_couple_key", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("couple_member")
    op.drop_table("couple")
    op.drop_table("profile")
