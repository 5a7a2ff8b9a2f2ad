"""Progress and cancellation for long exports, imports and backups, without Qt.

The GUI passes a callback that forwards to a signal and an Event set by its Cancel button;
the command line passes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.errors import TandemError


class Cancelled(TandemError):
    def __init__(self, what: str = "The export") -> None:
        super().__init__(f"{what} was cancelled. Nothing was written.")


@dataclass
class Progress:
    """`step(done, total)` reports and raises `Cancelled` once `cancel()` was called (from any thread)."""

    report: Callable[[int, int], None] | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)
    what: str = "The export"

    def step(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise Cancelled(self.what)
        if self.report is not None:
            self.report(done, total)

    def cancel(self) -> None:
        self.cancelled.set()

    def check(self) -> None:
        if self.cancelled.is_set():
            raise Cancelled(self.what)
