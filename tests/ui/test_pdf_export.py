"""Exporting a long journal as a PDF from the Export dialog.

Qt lays out and prints a journal of 2,000 entries in a few seconds; it did so on the GUI thread, and the
window froze for all of them (3.5 s here). It now happens on the export's worker thread.
"""

from __future__ import annotations

import json
import re
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.services.container import Services
from desktop.services.exchange.sources import read_batch
from desktop.ui.export.dialog import FORMATS, ExportDialog
from desktop.ui.main_window import MainWindow
from tests.ui.driving import PASSPHRASE, add_profile, unlock

ENTRIES = 2000
PDF_INDEX = [fmt for _label, fmt, _suffix in FORMATS].index("pdf")


@pytest.fixture
def long_journal(services: Services) -> str:
    """Alex, with `ENTRIES` entries of a few paragraphs each."""
    add_profile(services, "Alex")
    unlocked = services.profiles.unlock("Alex", PASSPHRASE)
    start = datetime(2015, 1, 1, 8, 0)
    paragraph = "We talked for a long time about the week, the garden and the plans for the summer. " * 4
    entries = [
        {"title": f"Day {n}.", "body": "\n\n".join([paragraph] * 3), "date": f"{start + timedelta(hours=n):%Y-%m-%d}",
         "time": f"{start + timedelta(hours=n):%H:%M}", "tags": []}
        for n in range(ENTRIES)
    ]  # fmt: skip
    batch = read_batch(json.dumps({"entries": entries}).encode("utf-8"), "fill.json", "jrnl")
    services.imports.import_batch(unlocked, None, batch)
    unlocked.lock()
    return "Alex"


def _start_pdf_export(qtbot: QtBot, window: MainWindow, target: Path) -> ExportDialog:
    window.menus.export_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible())
    dialog.format_box.setCurrentIndex(PDF_INDEX)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return dialog


def _closed(dialog: ExportDialog) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def _page_count(pdf: bytes) -> int:
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    declared = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf, re.S)]
    assert declared == [pages]
    return pages


def test_a_long_pdf_export_prints_its_pages_off_the_gui_thread(
    qtbot: QtBot, make_window, services: Services, long_journal: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # Where each page is printed, not how long it takes: timings belong in benchmarks, and a page printed on
    # the GUI thread is a frozen window however fast the machine is.
    original = QPdfWriter.newPage
    printed_on_gui_thread: list[bool] = []

    def new_page(writer: QPdfWriter) -> bool:
        printed_on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return original(writer)

    monkeypatch.setattr(QPdfWriter, "newPage", new_page)
    window = make_window()
    unlock(qtbot, window, long_journal)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "alex.pdf"

    dialog = _start_pdf_export(qtbot, window, target)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=120_000)

    assert len(printed_on_gui_thread) > 100 and not any(printed_on_gui_thread)
    assert f"Exported to {target}." in window.statusBar().currentMessage()
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert _page_count(pdf) > ENTRIES // 4  # several entries to a page, every entry printed
    assert list(folder.iterdir()) == [target]  # no temporary file left over


def _hold_printing(monkeypatch: pytest.MonkeyPatch, dialog_task: dict[str, Any], page: int) -> threading.Event:
    """Make the worker wait before it starts printing page `page` until the task is cancelled."""
    original, reached, calls = QPdfWriter.newPage, threading.Event(), [0]

    def held(writer: QPdfWriter) -> bool:
        calls[0] += 1
        if calls[0] == page:
            reached.set()
            dialog_task["cancelled"].wait(10)
        return original(writer)

    monkeypatch.setattr(QPdfWriter, "newPage", held)
    return reached


@pytest.mark.parametrize("how", ["Cancel", "lock"])
def test_stopping_while_the_pdf_prints_leaves_nothing_behind(
    qtbot: QtBot, make_window, services: Services, long_journal: str, tmp_path: Path, monkeypatch, how: str
) -> None:
    window = make_window()
    unlock(qtbot, window, long_journal)
    folder = tmp_path / "exports"
    folder.mkdir()
    task: dict[str, Any] = {}
    reached = _hold_printing(monkeypatch, task, page=5)
    dialog = _start_pdf_export(qtbot, window, folder / "alex.pdf")
    task["cancelled"] = dialog._task.progress.cancelled
    qtbot.waitUntil(reached.is_set, timeout=60_000)

    if how == "Cancel":
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
        assert dialog.isVisible() and "The export was cancelled. Nothing was written." in dialog.error_label.text()
    else:
        began = time.monotonic()
        window.lock()
        assert time.monotonic() - began < 5
        QThreadPool.globalInstance().waitForDone()
        qtbot.waitUntil(lambda: _closed(dialog), timeout=10_000)
        assert window.unlocked_profile is None
        message = window.statusBar().currentMessage()
        assert "The export was stopped because Tandem locked. Nothing was written." in message
    QThreadPool.globalInstance().waitForDone()
    assert list(folder.iterdir()) == []  # no PDF, no temporary file
