"""Helpers shared by tests in several folders."""

from __future__ import annotations

from pathlib import Path


def all_bytes_under(root: Path) -> dict[Path, bytes]:
    """Every file under `root` with its contents: what a privacy scan looks through."""
    return {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}


def files_containing(root: Path, marker: bytes) -> list[Path]:
    return [path for path, data in all_bytes_under(root).items() if marker in data]
