"""Faults: a full disk, a read-only data dir, an I/O error during commit and during backup.

Each gives a clear message, and nothing saved before is lost. The faults are real where the
system allows: SQLite's own `max_page_count` limit, a small tmpfs that fills up and a read-only
remount (both need root and mount rights; skipped otherwise), and RLIMIT_FSIZE, under which the
kernel refuses a write past the limit so SQLite meets a real write error (SQLITE_IOERR).
"""

from __future__ import annotations

import contextlib
import resource
import signal
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

import desktop.store.vault as vault_module
from desktop.errors import StorageProblem, TandemError
from desktop.services.container import Services
from desktop.services.journal import EntryInput
from desktop.store.paths import DataDir
from desktop.store.vault import verify_vault
from tests.conftest import FAST_KDF
from tests.services.exchange_fixtures import PASSPHRASE, journal_snapshot, make_profile, write_sample_journal

BIG = "x" * 600_000


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """Writes past `limit` bytes fail with EFBIG (the signal that would kill us is ignored meanwhile)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                      capture_output=True).returncode:  # fmt: skip
        pytest.skip("needs the right to mount a tmpfs (root in a privileged environment)")
    try:
        yield mount_point
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(mount_point)], capture_output=True)
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def _write(services: Services, unlocked, body: str) -> None:
    journal = services.open_journal(unlocked)
    try:
        journal.create(EntryInput(datetime(2025, 1, 1, 12, 0), body, "big"))
    finally:
        journal.close()


def _intact(services: Services, unlocked, before: list) -> None:
    assert journal_snapshot(services, unlocked) == before
    verify_vault(unlocked.vault.path, unlocked.data_key)


def test_a_full_vault_refuses_the_write_and_keeps_the_rest(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    alex = make_profile(services)
    write_sample_journal(services, alex)
    before = journal_snapshot(services, alex)
    real_connect = vault_module.connect_vault

    def connect_with_no_room(path, key):
        conn = real_connect(path, key)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own "database or disk is full"
        return conn

    alex.lock()
    monkeypatch.setattr(vault_module, "connect_vault", connect_with_no_room)
    alex = services.profiles.unlock("Alex", PASSPHRASE)
    with pytest.raises(StorageProblem, match="disk is full"):
        _write(services, alex, BIG)
    monkeypatch.undo()
    alex.lock()
    alex = services.profiles.unlock("Alex", PASSPHRASE)
    _intact(services, alex, before)


def test_an_io_error_during_commit_loses_nothing(services: Services) -> None:
    alex = make_profile(services)
    write_sample_journal(services, alex)
    before = journal_snapshot(services, alex)
    with file_size_limit(alex.vault.path.stat().st_size + 64 * 1024), pytest.raises(StorageProblem) as caught:
        _write(services, alex, BIG)  # its pages go past the limit: the WAL write fails with EFBIG
    assert "could not save" in str(caught.value) or "not enough space" in str(caught.value)
    alex.lock()
    alex = services.profiles.unlock("Alex", PASSPHRASE)
    _intact(services, alex, before)


def test_an_io_error_during_backup_leaves_no_half_backup(services: Services) -> None:
    alex = make_profile(services)
    write_sample_journal(services, alex)
    _write(services, alex, BIG)
    before = journal_snapshot(services, alex)
    keys = services.backups.keys_of(alex)
    services.backups.backup_now(keys)
    good = services.backups.backups(alex.profile.id)
    with file_size_limit(64 * 1024), pytest.raises(StorageProblem, match=r"backup of .* could not be written"):
        services.backups.backup_now(keys)  # the small registry backup fits; the vault's does not
    assert services.backups.backups(alex.profile.id) == good
    assert not list(services.data_dir.backups_dir.glob("*partial*"))
    _intact(services, alex, before)


def test_a_full_disk(tmpfs: Path, tmp_path: Path) -> None:
    services = Services.open(DataDir(tmpfs / "data"), kdf=FAST_KDF)
    alex = make_profile(services)
    write_sample_journal(services, alex)
    before = journal_snapshot(services, alex)
    keys = services.backups.keys_of(alex)
    journal = services.open_journal(alex)  # on a full disk even reading the profile list fails (its -shm)
    filler = tmpfs / "filler"
    with contextlib.suppress(OSError), open(filler, "wb") as handle:
        while True:
            handle.write(b"\0" * 4096)
            handle.flush()
    faults = 0
    with pytest.raises(StorageProblem, match=r"disk is full|not enough space|could not save"):
        journal.create(EntryInput(datetime(2025, 1, 1, 12, 0), BIG, "big"))
    faults += 1
    with pytest.raises(StorageProblem, match="could not be written"):
        services.backups.backup_now(keys)
    faults += 1
    try:
        with pytest.raises(StorageProblem, match="not enough space"):
            services.exports.export(alex, journal, tmpfs / "export.md", "markdown")
    finally:
        journal.close()
    faults += 1
    assert faults == 3
    assert not list(tmpfs.glob("*export*")) and not list(services.data_dir.backups_dir.glob("*partial*"))
    filler.unlink()
    alex.lock()
    alex = services.profiles.unlock("Alex", PASSPHRASE)
    _intact(services, alex, before)
    alex.lock()
    services.close()


def test_a_read_only_data_dir(tmpfs: Path) -> None:
    data_dir = DataDir(tmpfs / "data")
    services = Services.open(data_dir, kdf=FAST_KDF)
    alex = make_profile(services)
    write_sample_journal(services, alex)
    before = journal_snapshot(services, alex)
    alex.lock()
    services.close()
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    with pytest.raises(TandemError) as caught:
        services = Services.open(data_dir, kdf=FAST_KDF)
        alex = services.profiles.unlock("Alex", PASSPHRASE)
        _write(services, alex, "one more")
    assert isinstance(caught.value, StorageProblem) and "read-only" in str(caught.value)
    subprocess.run(["mount", "-o", "remount,rw", str(tmpfs)], check=True)
    services = Services.open(data_dir, kdf=FAST_KDF)
    alex = services.profiles.unlock("Alex", PASSPHRASE)
    _intact(services, alex, before)
    journal = services.open_journal(alex)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True)  # busy while files are open
    alex.lock()
    journal.close()
    services.close()


def test_exporting_into_a_read_only_folder(tmpfs: Path, services: Services) -> None:
    alex = make_profile(services)
    write_sample_journal(services, alex)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    journal = services.open_journal(alex)
    try:
        with pytest.raises(StorageProblem, match="read-only"):
            services.exports.export(alex, journal, tmpfs / "alex.json", "json")
    finally:
        journal.close()
