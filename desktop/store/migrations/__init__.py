"""Alembic script directories: one for the registry, one for the vaults."""
