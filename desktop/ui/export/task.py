"""A slow call on the thread pool that reports progress and can be cancelled (exports, imports)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from desktop.errors import TandemError
from desktop.services.exchange.progress import Progress
from desktop.ui.workers import UNEXPECTED_ERROR_MESSAGE

log = logging.getLogger(__name__)


class ProgressTask(QObject):
    """Runs `work(progress)` off the GUI thread; `progressed(done, total)`, then `succeeded` or `failed`."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    _done = Signal(object, object)

    def __init__(self, work: Callable[[Progress], Any], what: str = "The export") -> None:
        super().__init__(QCoreApplication.instance())
        self.progress = Progress(report=self.progressed.emit, what=what)
        self._work = work
        self._done.connect(self._deliver)

    def start(self) -> ProgressTask:
        QThreadPool.globalInstance().start(_Runnable(self._work, self.progress, self._done))
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.deleteLater()
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
        self._work, self._progress, self._done = work, progress, done

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # delivered to the GUI thread
            self._done.emit(None, exc)
        else:
            self._done.emit(result, None)
