"""Locking (Ctrl+L, or after a while without activity) while an export or an import runs.

Before the fix a lock closed the vaults under the worker: a crash (SQLCipher closing a connection another
thread was writing with), an import with only some of its time spans, and the dialog left over the picker.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

import desktop.services.exchange.importer as importer_module
import desktop.services.exchange.markdown as markdown_module
from desktop.services.balance import SpanInput
from desktop.services.container import Services
from desktop.services.exchange.sources import read_batch
from desktop.services.journal import EntryQuery, JournalService
from desktop.ui.main_window import MainWindow
from tests.ui.driving import PASSPHRASE, add_profile, unlock

ENTRIES, SPANS = 2000, 60


def _jrnl(count: int) -> bytes:
    start = datetime(2015, 1, 1, 8, 0)
    moments = [start + timedelta(hours=n) for n in range(count)]
    entries = [{"title": f"Day {n}.", "body": "We talked for a long time. " * 20, "date": f"{m:%Y-%m-%d}",
                "time": f"{m:%H:%M}", "tags": []} for n, m in enumerate(moments)]  # fmt: skip
    return json.dumps({"entries": entries}).encode("utf-8")


def _profile_with_journal(services: Services, name: str, spans: int = 0) -> None:
    """`ENTRIES` entries (one import: quick) and `spans` time spans."""
    add_profile(services, name)
    unlocked = services.profiles.unlock(name, PASSPHRASE)
    services.imports.import_batch(unlocked, None, read_batch(_jrnl(ENTRIES), "fill.json", "jrnl"))
    balance = services.open_balance(unlocked)
    for n in range(spans):
        start = datetime(2025, 1, 1, 8, 0) + timedelta(hours=3 * n)
        balance.add(SpanInput("apart", start, minutes=45, person_id=balance.me.id, activity="Work"))
    balance.close()
    unlocked.lock()


def _counts(services: Services, name: str) -> tuple[int, int]:
    """Entries and time spans, as the next unlock finds them."""
    unlocked = services.profiles.unlock(name, PASSPHRASE)
    journal, balance = services.open_journal(unlocked), services.open_balance(unlocked)
    try:
        return journal.count(EntryQuery()), len(balance.every_span())
    finally:
        journal.close()
        balance.close()
        unlocked.lock()


def _dialog(kind: type) -> Any:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def _hold_until_cancelled(monkeypatch: pytest.MonkeyPatch, owner: object, name: str, call: int = 1) -> Callable:
    """Make the worker wait at its `call`-th call of `owner.name` until the lock has begun, then go on into it:
    the lock then meets the worker inside that call, every time."""
    original = getattr(owner, name)
    calls, reached, cancelled = [0], threading.Event(), {}

    def held(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] == call:
            reached.set()
            cancelled["event"].wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, held)

    def arm(dialog: Any) -> None:
        cancelled["event"] = dialog._task.progress.cancelled  # set by the lock's first step

    held.reached, held.arm = reached, arm  # type: ignore[attr-defined]
    return held


def _closed(dialog: Any) -> bool:
    return not isValid(dialog) or not dialog.isVisible()  # it deletes itself once closed


def _lock_now(window: MainWindow) -> float:
    began = time.monotonic()
    window.lock()
    took = time.monotonic() - began
    QThreadPool.globalInstance().waitForDone()
    for _ in range(3):  # the outcome reaches the dialog through the event loop
        QApplication.processEvents()
    return took


@pytest.fixture
def no_errors_logged(caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.WARNING)
    yield
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


# -- export ------------------------------------------------------------------------------------------------


def _start_export(qtbot: QtBot, window: MainWindow, target: Path, format_index: int) -> Any:
    from desktop.ui.export.dialog import ExportDialog

    window.menus.export_action.trigger()
    dialog = _dialog(ExportDialog)
    dialog.format_box.setCurrentIndex(format_index)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return dialog


@pytest.mark.parametrize("moment", ["at once", "while reading the journal", "while writing the folder"])
def test_locking_while_an_export_runs_stops_it_and_leaves_nothing_behind(
    qtbot: QtBot, make_window, services: Services, tmp_path: Path, monkeypatch, no_errors_logged, moment: str
) -> None:
    _profile_with_journal(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    folder = tmp_path / "exports"
    folder.mkdir()
    held = None
    if moment == "while reading the journal":
        held = _hold_until_cancelled(monkeypatch, JournalService, "page", call=2)
    elif moment == "while writing the folder":
        held = _hold_until_cancelled(monkeypatch, markdown_module, "entry_file_name", call=120)
    folder_format = moment == "while writing the folder"
    target = folder / ("alex" if folder_format else "alex.json")
    dialog = _start_export(qtbot, window, target, 3 if folder_format else 1)
    if held is not None:
        held.arm(dialog)
        qtbot.waitUntil(held.reached.is_set, timeout=20_000)

    assert _lock_now(window) < 5
    assert window.unlocked_profile is None and window.stack.currentWidget() is window.picker
    assert _closed(dialog)
    assert list(folder.iterdir()) == []  # no export, no temporary file or folder
    assert "The export was stopped because Tandem locked. Nothing was written." in window.statusBar().currentMessage()
    assert _counts(services, "Alex") == (ENTRIES, 0)


def _export_held_while_reading(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, target: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[MainWindow, Any]:  # fmt: skip
    """Alex's journal being exported as JSON, the worker held while it reads the journal."""
    _profile_with_journal(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    held = _hold_until_cancelled(monkeypatch, JournalService, "page", call=2)
    dialog = _start_export(qtbot, window, target, 1)
    held.arm(dialog)
    qtbot.waitUntil(held.reached.is_set, timeout=20_000)
    return window, dialog


def test_cancel_still_keeps_the_export_dialog_open_to_say_so(
    qtbot: QtBot, make_window, services: Services, tmp_path: Path, monkeypatch
) -> None:
    _window, dialog = _export_held_while_reading(qtbot, make_window, services, tmp_path / "alex.json", monkeypatch)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert dialog.isVisible() and "The export was cancelled. Nothing was written." in dialog.error_label.text()
    assert list(tmp_path.glob("*alex*")) == []
    dialog.reject()
    assert _closed(dialog)


# -- import ------------------------------------------------------------------------------------------------


@pytest.fixture
def sam_export(services: Services, tmp_path: Path) -> Path:
    """Sam's journal as a Tandem export, for Alex to import."""
    _profile_with_journal(services, "Sam", spans=SPANS)
    sam = services.profiles.unlock("Sam", PASSPHRASE)
    journal, balance = services.open_journal(sam), services.open_balance(sam)
    path = tmp_path / "sam.json"
    services.exports.export(sam, journal, path, "json", balance=balance)
    journal.close()
    balance.close()
    sam.lock()
    return path


@pytest.mark.parametrize(
    ("moment", "kept"),
    [
        ("at once", (0, 0)),
        ("while checking for duplicates", (0, 0)),
        ("while writing the entries", (ENTRIES, SPANS)),
        ("while adding the time spans", (ENTRIES, SPANS)),
    ],
)
def test_locking_while_an_import_runs_keeps_all_of_it_or_none(
    qtbot: QtBot, make_window, services: Services, sam_export: Path, monkeypatch, no_errors_logged, moment, kept
) -> None:
    from desktop.ui.export.import_dialog import ImportDialog

    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    held = None
    if moment == "while checking for duplicates":
        held = _hold_until_cancelled(monkeypatch, importer_module, "_already_there", call=300)
    elif moment == "while writing the entries":
        held = _hold_until_cancelled(monkeypatch, importer_module, "_write_entries")
    elif moment == "while adding the time spans":
        held = _hold_until_cancelled(monkeypatch, type(window.balance), "add", call=SPANS // 2)
    window.menus.import_action.trigger()
    dialog = _dialog(ImportDialog)
    qtbot.keyClicks(dialog.path_edit, str(sam_export))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    if held is not None:
        held.arm(dialog)
        qtbot.waitUntil(held.reached.is_set, timeout=20_000)

    assert _lock_now(window) < 5
    assert window.unlocked_profile is None and _closed(dialog)
    message = window.statusBar().currentMessage()
    if kept == (0, 0):
        assert "The import was stopped because Tandem locked. Nothing was imported." in message
    else:
        assert f"The import finished before Tandem locked. Added {ENTRIES} entries" in message
    assert _counts(services, "Alex") == kept

    unlock(qtbot, window, "Alex")  # and the journal shows it
    assert window.journal.count(EntryQuery()) == kept[0]


def test_auto_lock_during_an_export_says_both(
    qtbot: QtBot, make_window, services: Services, tmp_path: Path, monkeypatch
) -> None:
    window, dialog = _export_held_while_reading(qtbot, make_window, services, tmp_path / "alex.json", monkeypatch)
    window._lock_after_idle()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=10_000)
    message = window.statusBar().currentMessage()
    assert "Locked after a while without activity." in message and "The export was stopped" in message
    assert not (tmp_path / "alex.json").exists()
