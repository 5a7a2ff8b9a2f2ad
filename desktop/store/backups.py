"""Copies of a database made with SQLite's backup API; a vault's copy stays encrypted with its key."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop.store.connections import connect_registry, connect_vault


def backup_path(backups_dir: Path, source: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return backups_dir / f"{source.stem}-{reason}-{stamp}.sqlite"


def backup_registry(source: Path, destination: Path) -> Path:
    src, dst = connect_registry(source), connect_registry(destination)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    finally:
        src.close()
        dst.close()
    return destination


def backup_vault(source: Path, key: bytes, destination: Path) -> Path:
    """The copy is keyed with the same key, so it is as unreadable as the vault itself."""
    src, dst = connect_vault(source, key), connect_vault(destination, key)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        src.close()
        dst.close()
    return destination
