"""Only one process writes to a data dir at a time."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.errors import DataDirBusy
from desktop.store.single_writer import SingleWriterLock


def test_second_holder_is_refused_until_the_first_releases(tmp_path: Path) -> None:
    first = SingleWriterLock(tmp_path / "tandem.lock")
    first.acquire()
    with pytest.raises(DataDirBusy, match="already running"):
        SingleWriterLock(tmp_path / "tandem.lock").acquire()
    first.release()
    with SingleWriterLock(tmp_path / "tandem.lock"):
        pass


def test_another_process_is_refused_while_held_and_a_dead_holder_frees_it(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from desktop.store.single_writer import SingleWriterLock
                lock = SingleWriterLock(__import__("pathlib").Path({str(tmp_path / "tandem.lock")!r}))
                lock.acquire()
                print("held", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DataDirBusy):
            SingleWriterLock(tmp_path / "tandem.lock").acquire()
    finally:
        holder.kill()  # a crash: the OS drops the lock, nothing stale is left
        holder.wait()
        holder.stdout.close()
    with SingleWriterLock(tmp_path / "tandem.lock"):
        pass
