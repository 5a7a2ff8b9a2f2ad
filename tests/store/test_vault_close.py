"""Closing a vault while another thread is inside a session: no crash, the work finishes, then the key goes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.store.vault import Vault

KEY = os.urandom(32)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def test_close_with_no_session_open_disposes_at_once(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite"
    vault = Vault(path, KEY, tmp_path)
    with vault.session() as session:
        session.execute(text("CREATE TABLE note (body TEXT)"))
        session.commit()
    assert _wal(path).exists()
    vault.close()
    assert not vault.is_open
    assert not _wal(path).exists()  # the last connection closed: checkpointed and removed
    with pytest.raises(RuntimeError, match="locked"), vault.session():
        pass


def test_a_worker_inside_a_session_finishes_its_work_before_the_engine_goes(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite"
    vault = Vault(path, KEY, tmp_path)
    with vault.session() as session:
        session.execute(text("CREATE TABLE note (body TEXT)"))
        session.commit()
    inside, closed = threading.Event(), threading.Event()
    results: list[object] = []

    def worker() -> None:
        try:
            with vault.session() as session:
                session.execute(text("INSERT INTO note VALUES ('before the lock')"))
                inside.set()
                closed.wait(10)
                # Before, the lock closed this thread's connection here, under the running transaction.
                session.execute(text("INSERT INTO note VALUES ('after the lock')"))
                session.commit()
                results.append(session.execute(text("SELECT count(*) FROM note")).scalar_one())
        except BaseException as error:  # reported to the test, not lost in the thread
            results.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    vault.close()  # the GUI thread locks while the worker is in the middle of its work
    assert not vault.is_open
    with pytest.raises(RuntimeError, match="locked"), vault.session():
        pass
    closed.set()
    thread.join(10)
    assert results == [2]
    assert not _wal(path).exists()  # disposed when the worker's session ended

    reopened = Vault(path, KEY, tmp_path)
    with reopened.session() as session:
        assert session.execute(text("SELECT count(*) FROM note")).scalar_one() == 2
    reopened.close()
