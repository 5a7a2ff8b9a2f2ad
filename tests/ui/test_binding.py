"""Guards against a Qt binding that miscounts references (PySide6 6.12.0 on Python 3.11 did).

Such a binding decrements None's (or a bool's) reference count on each call, and the
app aborts with "none_dealloc" after some tens of thousands of calls: a long session
would crash and lose what was typed since the last save.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

CALLS = 2_000


class _Emitter(QObject):
    changed = Signal(bool)


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("y")
        QApplication.processEvents()
    assert sys.getrefcount(None) - before > -CALLS // 10


def test_signals_keep_bools_alive(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.changed.emit(True)
    received.clear()
    assert sys.getrefcount(True) - before > -CALLS // 10
