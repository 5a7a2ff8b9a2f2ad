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
    """`step(done, total)` reports and raises `Cancelled` once `cancel()` was called (from any thread).

    `commit()` marks the point of no return (just before the first write that stays): a cancel after it
    comes too late, and the work finishes whole."""

    report: Callable[[int, int], None] | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)
    what: str = "The export"
    committed: bool = field(default=False, init=False)
    _guard: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    def step(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise Cancelled(self.what)
        if self.report is not None:
            self.report(done, total)

    def cancel(self) -> bool:
        """Ask the work to stop; False when it is already past `commit()` and will finish."""
        with self._guard:
            self.cancelled.set()
            return not self.committed

    def commit(self) -> None:
        """Raise `Cancelled` if cancelled; otherwise, from now on, the work is not stopped."""
        with self._guard:
            self.check()
            self.committed = True

    @property
    def stopped(self) -> bool:
        """Cancelled in time: nothing of the work was kept."""
        return self.cancelled.is_set() and not self.committed

    def check(self) -> None:
        if self.cancelled.is_set():
            raise Cancelled(self.what)
