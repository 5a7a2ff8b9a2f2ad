"""Running slow calls (Argon2id unlock, vault creation) off the GUI thread.

The call runs on ``QThreadPool.globalInstance()``; its outcome comes back to the GUI thread
through a queued signal, where the caller's plain callbacks are invoked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    SignalInstance,
    Slot,
)

from desktop.errors import TandemError

log = logging.getLogger(__name__)

UNEXPECTED_ERROR_MESSAGE = QT_TRANSLATE_NOOP(
    "BackgroundCall", "Something unexpected went wrong. Nothing was changed; please try again."
)


class BackgroundCall(QObject):
    """One call of `fn` on the thread pool; `on_success(result)` or `on_failure(TandemError)` runs on the GUI thread.

    After `cancel()`, neither callback runs; a result that did arrive is handed to `on_discard` instead,
    so that, say, a profile unlocked too late is locked again rather than leaked.
    """

    _done = Signal(object, object)  # (result, exception), emitted from the worker thread

    def __init__(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[TandemError], None],
        on_discard: Callable[[Any], None] | None = None,
    ) -> None:
        # Owned by the application (a GUI-thread object) until delivery, so it outlives any widget that started it.
        super().__init__(QCoreApplication.instance())
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_discard = on_discard
        self._cancelled = False
        self._done.connect(self._deliver)

    def start(self) -> BackgroundCall:
        QThreadPool.globalInstance().start(_Runnable(self._fn, self._done))
        return self

    def cancel(self) -> None:
        self._cancelled = True

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.deleteLater()
        if self._cancelled:
            if error is None and self._on_discard is not None:
                self._on_discard(result)
            return
        if error is None:
            self._on_success(result)
        elif isinstance(error, TandemError):
            self._on_failure(error)
        else:
            log.error("background call failed", exc_info=error)
            self._on_failure(TandemError(self.tr(UNEXPECTED_ERROR_MESSAGE)))
            raise error  # reaches sys.excepthook: logged in the app, a failure in tests


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], done: SignalInstance) -> None:
        super().__init__()
        self._fn = fn
        self._done = done

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self._done.emit(None, exc)
        else:
            self._done.emit(result, None)


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[TandemError], None],
    on_discard: Callable[[Any], None] | None = None,
) -> BackgroundCall:
    """Start `fn` on the thread pool; see `BackgroundCall`."""
    return BackgroundCall(fn, on_success, on_failure, on_discard).start()
