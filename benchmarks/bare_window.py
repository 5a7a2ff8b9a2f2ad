"""Baseline for the start-up benchmark: a bare PySide6 window with one label, quit at its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class QuitOnFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
label = QLabel("Hello")
quitter = QuitOnFirstPaint()
label.installEventFilter(quitter)
label.show()
sys.exit(app.exec())
