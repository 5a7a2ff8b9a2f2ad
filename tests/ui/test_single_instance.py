"""One window per data dir: a second launch brings the first forward, or says why it cannot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.store.paths import DataDir
from desktop.store.single_writer import SingleWriterLock
from desktop.ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]
LAUNCH = (
    "import sys; from pathlib import Path; from desktop.store.paths import DataDir; "
    "from desktop.ui.launch import launch_gui; sys.exit(launch_gui(DataDir(Path(sys.argv[1])), ['tandem']))"
)


def launch_in_subprocess(data_dir: DataDir, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", LAUNCH, str(data_dir.root)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_second_instance_asks_the_first_to_come_forward(qtbot: QtBot, data_dir: DataDir) -> None:
    first, second = SingleInstance(data_dir), SingleInstance(data_dir)
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activate_requested, timeout=5_000):
            assert second.request_activation()
    finally:
        first.close()


def test_nobody_answers_when_no_instance_listens(data_dir: DataDir) -> None:
    assert not SingleInstance(data_dir).request_activation(timeout_ms=500)


def test_server_names_differ_per_data_dir(tmp_path: Path) -> None:
    assert server_name(DataDir(tmp_path / "a")) != server_name(DataDir(tmp_path / "b"))
    assert server_name(DataDir(tmp_path / "a")) == server_name(DataDir(tmp_path / "x" / ".." / "a"))


def test_a_real_second_launch_activates_the_running_one_and_exits(qtbot: QtBot, data_dir: DataDir) -> None:
    # This process plays the running instance: it holds the writer lock and listens.
    with SingleWriterLock(data_dir.lock_path):
        running = SingleInstance(data_dir)
        assert running.listen()
        try:
            with qtbot.waitSignal(running.activate_requested, timeout=20_000):
                second = launch_in_subprocess(data_dir)
            out, err = second.communicate(timeout=20)
        finally:
            running.close()
    assert second.returncode == 0, err
    assert "already running" in out


def test_the_app_starts_paints_and_exits_cleanly(data_dir: DataDir) -> None:
    """The start-up benchmark's path: the window's first paint quits the app."""
    launched = launch_in_subprocess(data_dir, TANDEM_BENCH_EXIT_ON_PAINT="1")
    _out, err = launched.communicate(timeout=30)
    assert launched.returncode == 0, err
    assert data_dir.registry_path.exists()
    # The lock was released: a command could take it now.
    with SingleWriterLock(data_dir.lock_path):
        pass
