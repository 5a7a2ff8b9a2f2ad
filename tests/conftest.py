"""Fixtures shared by every test: a fresh data dir per test, never the user's real one."""

from __future__ import annotations

import os

# Before anything imports Qt: no display here, and none needed.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.container import Services
from desktop.store.crypto import KdfParams
from desktop.store.paths import DATA_DIR_ENV, DataDir

# The smallest Argon2id settings the store accepts: the same code path as the
# default (64 MiB, t=3, p=4), about twenty times faster, so the suite stays quick.
FAST_KDF = KdfParams(memory_kib=KdfParams.MIN_MEMORY_KIB, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def _no_real_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nothing in a test may reach the user's real data dir."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "default-data-dir"))


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def services(data_dir: DataDir) -> Iterator[Services]:
    opened = Services.open(data_dir, kdf=FAST_KDF)
    yield opened
    opened.close()
