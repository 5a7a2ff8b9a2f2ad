"""Starting the GUI: one instance per data dir, the services, the main window, and a tidy exit."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.errors import DataDirBusy, TandemError
from desktop.services.container import Services
from desktop.store.paths import DataDir
from desktop.store.single_writer import SingleWriterLock
from desktop.ui.crash import CrashHandler
from desktop.ui.i18n import install_translator
from desktop.ui.main_window import MainWindow
from desktop.ui.single_instance import SingleInstance
from desktop.ui.startup_repair import repair_at_startup
from desktop.ui.theme import ThemeFollower
from desktop.ui.window_state import open_ui_settings

# Set by the start-up benchmark: quit right after the main window's first paint.
BENCH_EXIT_ON_PAINT_ENV = "TANDEM_BENCH_EXIT_ON_PAINT"


class QuitOnFirstPaint(QObject):
    """Quits the application after the watched window's first paint event."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            QTimer.singleShot(0, self._app.quit)
        return False


def launch_gui(data_dir: DataDir, argv: list[str]) -> int:
    """Run the Tandem window on `data_dir` until it closes; the process exit code."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Tandem")
    app.setOrganizationName("Tandem")
    app.setApplicationDisplayName("Tandem")
    ThemeFollower(app, app)  # light or dark, as the system is, and again when that changes
    install_translator(app, app)

    writer_lock = SingleWriterLock(data_dir.lock_path)
    try:
        writer_lock.acquire()
    except DataDirBusy as busy:
        return _hand_over_to_running_instance(data_dir, busy)
    instance = SingleInstance(data_dir)
    try:
        instance.listen()  # without it a second launch only gets the "already running" message
        try:
            services = Services.open(data_dir)
        except TandemError as error:
            repaired = repair_at_startup(data_dir, error)  # a damaged profile list: offer its backup
            if repaired is None:
                return 1
            services = repaired
        window = MainWindow(services, ui_settings=open_ui_settings(data_dir))
        crashes = CrashHandler(data_dir.logs_dir, window)
        crashes.install()
        try:
            instance.activate_requested.connect(window.bring_to_front)
            if os.environ.get(BENCH_EXIT_ON_PAINT_ENV):
                window.installEventFilter(QuitOnFirstPaint(app, window))
            window.show()
            if not services.profiles.list_profiles() and not os.environ.get(BENCH_EXIT_ON_PAINT_ENV):
                window.show_welcome()  # the first run: what Tandem is for, and how privacy works
            return app.exec()
        finally:
            crashes.uninstall()
            window.lock()
            services.close()
    finally:
        instance.close()
        writer_lock.release()


def _hand_over_to_running_instance(data_dir: DataDir, busy: DataDirBusy) -> int:
    if SingleInstance(data_dir).request_activation():
        print("Tandem is already running with this data folder; its window was brought to the front.")
        return 0
    # The lock is held by something that does not answer: a command-line run, most likely.
    print(str(busy), file=sys.stderr)
    QMessageBox.information(None, QApplication.translate("Launch", "Tandem is busy"), str(busy))
    return 1
