"""A slow call on the thread pool that reports progress and can be cancelled (exports, imports)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from desktop.errors import TandemError
from desktop.services.exchange.progress import Cancelled, Progress
from desktop.ui.workers import UNEXPECTED_ERROR_MESSAGE

log = logging.getLogger(__name__)

# How long `stop()` may hold up a lock. A cancelled task ends at its next progress step (well under a
# second); one already writing finishes first (an import writes about 2,000 entries a second).
STOP_WAIT_S = 10.0


class ProgressTask(QObject):
    """Runs `work(progress)` off the GUI thread; `progressed(done, total)`, then `succeeded` or `failed`."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    _done = Signal(object, object)

    def __init__(self, work: Callable[[Progress], Any], what: str = "The export") -> None:
        super().__init__(QCoreApplication.instance())
        self.progress = Progress(report=self.progressed.emit, what=what)
        self._runnable = _Runnable(work, self.progress, self._done)
        self._done.connect(self._deliver)

    def start(self) -> ProgressTask:
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def stop(self, wait_s: float = STOP_WAIT_S) -> None:
        """Cancel, then wait (at most `wait_s`) until the work has let go of the vaults.

        For a lock, which closes them next: closing a connection another thread is using crashes SQLCipher,
        and an import that is already writing must finish whole. The outcome is still delivered later."""
        self.progress.cancel()
        # Not started yet: it checks for the cancel before it does anything.
        if self._runnable.started.is_set() and not self._runnable.ended.wait(wait_s):
            log.warning("a background task was still running %s s after it was stopped", wait_s)

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.deleteLater()
        if self.progress.stopped and not isinstance(error, Cancelled):
            if error is not None:
                log.info("a stopped task ended with %r", error)
            error = Cancelled(self.progress.what)  # e.g. the PDF's text, which must not be printed now
        if error is None:
            self.succeeded.emit(result)
        elif isinstance(error, TandemError):
            self.failed.emit(str(error))
        else:
            log.error("background task failed", exc_info=error)
            self.failed.emit(QCoreApplication.translate("BackgroundCall", UNEXPECTED_ERROR_MESSAGE))


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, done: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the task keeps it, to see whether it started and ended
        self._work, self._progress, self._done = work, progress, done
        self.started, self.ended = threading.Event(), threading.Event()

    def run(self) -> None:
        self.started.set()
        try:
            self._progress.check()
            result = self._work(self._progress)
        except BaseException as exc:  # delivered to the GUI thread
            self._done.emit(None, exc)
        else:
            self._done.emit(result, None)
        finally:
            self.ended.set()
