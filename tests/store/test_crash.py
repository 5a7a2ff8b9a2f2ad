"""Kill (SIGKILL) a process writing entries and backups at random moments, many times; then the vault
passes its full integrity check, every write reported done is there, and every backup opens."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services.container import Services
from desktop.services.restore import vault_problem
from desktop.store.paths import DataDir
from desktop.store.vault import verify_vault
from tests.conftest import FAST_KDF

PASSPHRASE = "crash test passphrase"
KILLS = 20  # the default run; the slow variant kills 200 times
REPO = Path(__file__).resolve().parents[2]


def _run_and_kill(root: Path, rng: random.Random) -> list[str]:
    """Start the writer, let it write for a random while, SIGKILL it; the ids it reported done."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_writer", str(root), PASSPHRASE],
        stdout=subprocess.PIPE,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready == b"ready\n", ready
    time.sleep(rng.uniform(0.0, 0.6))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    output = b""
    while select.select([child.stdout], [], [], 0)[0]:
        chunk = os.read(child.stdout.fileno(), 65536)
        if not chunk:
            break
        output += chunk
    child.stdout.close()
    complete = output.split(b"\n")[:-1]  # a line cut by the kill was never reported done
    return [line.decode() for line in complete if len(line) == 32]


def crash_loop(tmp_path: Path, kills: int, seed: int) -> tuple[int, int]:
    data_dir = DataDir(tmp_path / "data")
    services = Services.open(data_dir, kdf=FAST_KDF)
    services.profiles.create_profile("Crash", "#3b7dd8", PASSPHRASE)
    profile_id = services.profiles.find("Crash").id
    services.close()
    rng = random.Random(seed)
    reported: list[str] = []
    for _ in range(kills):
        reported += _run_and_kill(data_dir.root, rng)

    services = Services.open(data_dir, kdf=FAST_KDF)
    try:
        _summary, key = services.profiles.data_key("Crash", PASSPHRASE)
        verify_vault(data_dir.profile_vault_path(profile_id), key)  # raises DamagedData on any bad page
        unlocked = services.profiles.unlock("Crash", PASSPHRASE)
        journal = services.open_journal(unlocked)
        try:
            missing = [entry_id for entry_id in reported if _missing(journal, entry_id)]
        finally:
            journal.close()
            unlocked.lock()
        assert missing == []
        backups = services.backups.backups(profile_id)
        assert backups, "the writer made backups"
        assert [info.path.name for info in backups if vault_problem(info.path, key) is not None] == []
        services.backups.remove_leftovers()
    finally:
        services.close()
    return len(reported), len(backups)


def _missing(journal, entry_id: str) -> bool:
    from desktop.services.journal import EntryNotFound

    try:
        journal.get(entry_id)
    except EntryNotFound:
        return True
    return False


def test_kill_the_writer_at_random_moments(tmp_path: Path) -> None:
    written, _backups = crash_loop(tmp_path, KILLS, seed=20250610)
    assert written > KILLS  # the kills landed among writes, not before the first one


@pytest.mark.slow  # about four minutes; CI runs the slow tests after the default run
def test_kill_the_writer_two_hundred_times(tmp_path: Path) -> None:
    crash_loop(tmp_path, 200, seed=int(time.time()))
