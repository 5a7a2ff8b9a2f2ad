"""Crashes and logs: a report in the log folder, a calm dialog, and nothing anyone wrote in any log file."""

from __future__ import annotations

import logging
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from desktop.logs import configure_logging, stop_logging
from desktop.services.container import Services
from desktop.ui.crash import CrashHandler
from tests.helpers import files_containing
from tests.ui.driving import add_profile, choose_profile
from tests.ui.journal_driving import page_of

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def logging_to(services: Services) -> Iterator[Path]:
    handler = configure_logging(services.data_dir.logs_dir)
    yield services.data_dir.logs_dir
    stop_logging(handler)


def _crash_in_a_slot(qtbot: QtBot, handler: CrashHandler, secret: str) -> None:
    def slot() -> None:
        entry_text = f"{secret} in a local variable"  # noqa: F841 (frame locals must never reach the report)
        raise ValueError(f"could not save “{secret} written by the person”")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=3_000)


@pytest.mark.qt_no_exception_capture
def test_a_crash_in_a_slot_writes_a_report_and_shows_where(
    qtbot: QtBot, make_window, services: Services, logging_to: Path
) -> None:
    window = make_window()
    handler = CrashHandler(logging_to, window)
    handler.install()
    try:
        _crash_in_a_slot(qtbot, handler, "MARKER-crash")
    finally:
        handler.uninstall()
    assert handler.dialog is not None and handler.last_report is not None
    assert str(handler.last_report) in handler.dialog.informativeText()
    report = handler.last_report.read_text(encoding="utf-8")
    assert handler.last_report.parent == logging_to and handler.last_report.name.startswith("crash-")
    assert "ValueError" in report and "in slot" in report and "raise ValueError" in report
    assert "MARKER" not in report
    handler.dialog.accept()


def _crash_in_a_thread(entry_text: str) -> None:
    note = f"{entry_text} in a local variable"  # noqa: F841 (frame locals must never reach the report)
    raise ValueError(f"could not save “{entry_text} written by the person”")


@pytest.mark.qt_no_exception_capture
def test_a_crash_in_a_python_thread_writes_a_report_there_and_shows_the_dialog_on_the_gui_thread(
    qtbot: QtBot, make_window, services: Services, logging_to: Path
) -> None:
    window = make_window()
    handler = CrashHandler(logging_to, window)
    handler.install()
    try:
        thread = threading.Thread(target=_crash_in_a_thread, args=("MARKER-thread",), name="worker")
        thread.start()
        thread.join(timeout=5)
        assert not thread.is_alive()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=3_000)
    finally:
        handler.uninstall()
    assert handler.dialog is not None and handler.last_report is not None
    assert handler.dialog.thread() is window.thread()
    assert str(handler.last_report) in handler.dialog.informativeText()
    reports = [path for path in logging_to.iterdir() if path.name.startswith("crash-")]
    assert reports == [handler.last_report]
    report = handler.last_report.read_text(encoding="utf-8")
    assert "ValueError" in report and "in _crash_in_a_thread" in report and "raise ValueError" in report
    assert "MARKER" not in report
    handler.dialog.accept()


def test_a_thread_that_exits_on_purpose_is_not_a_crash(
    qtbot: QtBot, make_window, services: Services, logging_to: Path
) -> None:
    handler = CrashHandler(logging_to, make_window())
    handler.install()
    try:
        thread = threading.Thread(target=sys.exit, args=(0,))
        thread.start()
        thread.join(timeout=5)
        qtbot.wait(50)
    finally:
        handler.uninstall()
    assert handler.last_report is None and handler.dialog is None
    assert not logging_to.exists() or not any(p.name.startswith("crash-") for p in logging_to.iterdir())


def test_uninstall_puts_the_previous_hooks_back(services: Services, logging_to: Path) -> None:
    def previous_thread_hook(args: threading.ExceptHookArgs) -> None:
        pass

    saved_thread_hook = threading.excepthook
    threading.excepthook = previous_thread_hook
    try:
        handler = CrashHandler(logging_to)
        previous_sys_hook = sys.excepthook
        handler.install()
        assert threading.excepthook == handler.handle_thread and sys.excepthook == handler.handle
        handler.uninstall()
        assert threading.excepthook is previous_thread_hook and sys.excepthook is previous_sys_hook
    finally:
        threading.excepthook = saved_thread_hook


@pytest.mark.qt_no_exception_capture
def test_no_log_file_ever_holds_an_entry_or_a_passphrase(
    qtbot: QtBot, make_window, services: Services, logging_to: Path
) -> None:
    marker = f"MARK{uuid.uuid4().hex[:12]}"
    passphrase = f"the {marker} passphrase"
    add_profile(services, "Alex", passphrase)
    window = make_window()
    handler = CrashHandler(logging_to, window)
    handler.install()
    choose_profile(qtbot, window, "Alex")
    qtbot.keyClicks(window.unlock_page.passphrase_edit, f"wrong {passphrase}")  # a handled error first
    qtbot.keyClick(window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlock_page.error_label.isVisible(), timeout=10_000)
    window.unlock_page.passphrase_edit.clear()
    qtbot.keyClicks(window.unlock_page.passphrase_edit, passphrase)
    with qtbot.waitSignal(window.profile_unlocked, timeout=10_000):
        qtbot.keyClick(window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    page = page_of(window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(page.editor.body_edit, f"Dear diary, {marker} is my secret.")
    qtbot.keyClicks(page.editor.tag_picker.field, f"#{marker}")
    qtbot.keyClick(page.editor.tag_picker.field, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)

    log = logging.getLogger("desktop.test")
    try:  # a handled error whose message quotes the person's text, and careless log lines
        raise ValueError(f"“{marker}” is not a tag Tandem knows")
    except ValueError:
        log.exception("could not add a tag")
    log.warning("saving passphrase=%s body: %s", passphrase, marker)
    log.info("entry text=%r", f"{marker} " * 30)
    _crash_in_a_slot(qtbot, handler, marker)
    handler.uninstall()
    handler.dialog.accept() if handler.dialog else None
    window.lock()

    files = list(logging_to.iterdir())
    assert any(path.name.startswith("crash-") for path in files) and any(p.name == "tandem.log" for p in files)
    assert "could not add a tag" in (logging_to / "tandem.log").read_text(encoding="utf-8")
    assert files_containing(logging_to, marker.encode()) == []
