"""What the Export and Import dialogs share: one task at a time, its progress bar, failure, Cancel and locking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QMainWindow, QProgressBar, QWidget

from desktop.services.exchange.progress import Progress
from desktop.ui.export.task import ProgressTask
from desktop.ui.widgets import Notice

if TYPE_CHECKING:
    from desktop.services.profiles import UnlockedProfile


class TaskDialog(QDialog):
    """Runs one `ProgressTask` at a time; subclasses lay out `progress_bar` and `error_label`.

    Cancel while it runs stops the work and keeps the dialog open to say so; a second Cancel closes.
    Locking rejects every dialog before it closes the vaults: `reject` then waits (briefly) for the work
    to let go of them, and when its outcome arrives the dialog closes and says it in the status bar.
    """

    def __init__(self, unlocked: UnlockedProfile, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._unlocked = unlocked
        self._task: ProgressTask | None = None
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.error_label = Notice()

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _stopped_by_lock_message(self) -> str:
        """What the status bar says when a lock stopped the work before it wrote anything."""
        raise NotImplementedError

    def _succeeded(self, result: Any) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[Progress], Any], what: str) -> None:
        self.error_label.clear_message()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._task = ProgressTask(work, what=what)
        self._task.progressed.connect(self._progressed)
        self._task.succeeded.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self._task.start()
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _task_over(self) -> bool:
        """Forget the task that ended; True when it was stopped before it wrote anything."""
        stopped = self._task is not None and self._task.progress.stopped
        self._task = None
        self.progress_bar.hide()
        return stopped

    def _failed(self, message: str) -> None:
        stopped = self._task_over()
        self.error_label.show_message(message)
        self._update_buttons()
        if self._unlocked.is_locked:
            self._close_after_lock(self._stopped_by_lock_message() if stopped else message)

    def _close_after_lock(self, message: str) -> None:
        """Tandem locked while the work ran: nothing of the journal stays on screen; the window says what happened."""
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            status = window.statusBar()
            status.showMessage(" ".join(text for text in (status.currentMessage(), message) if text))
        super().reject()

    def reject(self) -> None:
        if self._task is not None:
            self._task.stop()
            return
        super().reject()
