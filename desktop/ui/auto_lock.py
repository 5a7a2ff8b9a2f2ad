"""Noticing that nobody has touched Tandem for a while."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once after `interval_ms` without user input anywhere in the application.

    It filters the application's events, so input in any window counts. Modal dialogs run a
    nested event loop, in which the timer still fires: auto-lock works while a dialog is open.
    """

    idle = Signal()

    def __init__(self, app: QCoreApplication, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._watching = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def is_watching(self) -> bool:
        return self._watching

    def set_interval_ms(self, interval_ms: int) -> None:
        """Change the idle time; a running countdown starts again with the new interval."""
        self._timer.setInterval(interval_ms)
        if self._watching:
            self._timer.start()

    def start(self) -> None:
        if not self._watching:
            self._app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        if self._watching:
            self._app.removeEventFilter(self)
            self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _USER_INPUT:
            self._timer.start()
        return False

    def _on_timeout(self) -> None:
        self.stop()
        self.idle.emit()
