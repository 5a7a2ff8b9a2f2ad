"""The GUI's exception hook: a crash report in the log folder (nothing the person wrote), then a calm dialog."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.logs import crash_hook


class CrashHandler:
    """Installed by the launcher for the life of the window; `uninstall()` puts the previous hook back."""

    def __init__(self, logs_dir: Path, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._previous = sys.excepthook
        self._hook = crash_hook(logs_dir, self._tell)
        self.dialog: QMessageBox | None = None
        self.last_report: Path | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self._hook(exc_type, exc, tb)

    def _tell(self, report: Path) -> None:
        self.last_report = report
        if QApplication.instance() is None:
            return
        if self.dialog is not None and self.dialog.isVisible():  # one dialog for a burst of errors
            return
        self.dialog = QMessageBox(
            QMessageBox.Icon.Warning,
            "Something went wrong",
            "Something went wrong that Tandem did not expect.",
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        self.dialog.setInformativeText(
            "What you had saved is safe. You can carry on; if something looks odd, lock and open Tandem again.\n\n"
            f"A report was saved to:\n{report}\n\n"
            "It holds only where the code went wrong: none of your writing, names or passphrases. "
            "If you report the problem, you can attach it."
        )
        self.dialog.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.open()  # never blocks: the error may have happened inside another dialog's loop

    def _forget_dialog(self) -> None:
        self.dialog = None
