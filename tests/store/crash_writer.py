"""The process the crash test kills: writes entries through the journal service, printing each id
once its commit has returned, and makes a backup every few entries. Run as
``python -m tests.store.crash_writer DATA_DIR PASSPHRASE``."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.qualities import Tag
from desktop.services.container import Services
from desktop.services.journal import EntryInput
from desktop.store.paths import DataDir
from desktop.store.single_writer import SingleWriterLock
from tests.conftest import FAST_KDF


def main(root: str, passphrase: str) -> None:
    data_dir = DataDir(Path(root))
    with SingleWriterLock(data_dir.lock_path):
        services = Services.open(data_dir, kdf=FAST_KDF)
        unlocked = services.profiles.unlock("Crash", passphrase)
        journal = services.open_journal(unlocked)
        keys = services.backups.keys_of(unlocked)
        print("ready", flush=True)
        start = datetime(2020, 1, 1)
        for number in range(100_000):
            body = f"entry {number} " + "words " * (number % 400)  # some entries overflow onto more pages
            saved = journal.create(
                EntryInput(start + timedelta(minutes=number), body, f"n{number}", tags=(Tag("trust", 1),))
            )
            print(saved.id, flush=True)
            if number % 5 == 4:
                services.backups.backup_now(keys, "crash")
                print("backup", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
