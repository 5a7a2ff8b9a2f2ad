"""The GUI's exception hooks: a crash report in the log folder (nothing the person wrote), then a calm dialog.

Both `sys.excepthook` (the GUI thread) and `threading.excepthook` (Python threads) are covered. A thread's
report is written on that thread; the dialog is always shown on the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.logs import crash_hook


class _GuiThreadTeller(QObject):
    """Lives on the GUI thread; `report_written` may be emitted from any thread and is delivered queued."""

    report_written = Signal(object)  # the report's Path

    def __init__(self, tell: Callable[[Path], None]) -> None:
        super().__init__()  # no parent: owned by the CrashHandler, so a closed window cannot delete it under a thread
        self._tell = tell
        app = QCoreApplication.instance()
        if app is not None and self.thread() is not app.thread():
            self.moveToThread(app.thread())
        self.report_written.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, report: Path) -> None:
        self._tell(report)


class CrashHandler:
    """Installed by the launcher for the life of the window; `uninstall()` puts the previous hooks back."""

    def __init__(self, logs_dir: Path, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._hook = crash_hook(logs_dir, self._tell)
        self._teller = _GuiThreadTeller(self._tell)
        self._thread_hook = crash_hook(logs_dir, self._teller.report_written.emit)
        self.dialog: QMessageBox | None = None
        self.last_report: Path | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        self._previous_thread_hook = threading.excepthook
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self._hook(exc_type, exc, tb)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """Runs on the thread that failed: writes the report there, then asks the GUI thread to show the dialog."""
        if issubclass(args.exc_type, SystemExit):
            return  # as Python's own hook does: a thread that exits on purpose is not a crash
        if args.exc_value is None:
            self._previous_thread_hook(args)
            return
        self._thread_hook(args.exc_type, args.exc_value, args.exc_traceback)

    def _tell(self, report: Path) -> None:
        self.last_report = report
        if QApplication.instance() is None:
            return
        if self.dialog is not None and self.dialog.isVisible():  # one dialog for a burst of errors
            return
        self.dialog = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("CrashHandler", "Something went wrong"),
            QCoreApplication.translate("CrashHandler", "Something went wrong that Tandem did not expect."),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        self.dialog.setInformativeText(
            QCoreApplication.translate(
                "CrashHandler",
                "What you had saved is safe. You can carry on; if something looks odd, lock and open Tandem again.\n\n"
                "A report was saved to:\n{report}\n\n"
                "It holds only where the code went wrong: none of your writing, names or passphrases. "
                "If you report the problem, you can attach it.",
            ).format(report=report)
        )
        self.dialog.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.open()  # never blocks: the error may have happened inside another dialog's loop

    def _forget_dialog(self) -> None:
        self.dialog = None
