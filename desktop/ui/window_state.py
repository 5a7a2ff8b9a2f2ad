"""The app's own preferences file (QSettings, an INI file in the data dir) and the window's remembered geometry.

Kept beside the data it belongs to, so a test's temporary data dir never touches the user's real settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from desktop.store.paths import DataDir

_GEOMETRY_KEY = "window/geometry"


def open_ui_settings(data_dir: DataDir) -> QSettings:
    return QSettings(str(data_dir.ui_settings_path), QSettings.Format.IniFormat)


class WindowGeometry:
    """Saves and restores a window's size, position and maximised state."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def restore(self, window: QWidget) -> bool:
        """False, and the window unchanged, when nothing usable was saved (none yet, or a damaged value)."""
        saved = self._settings.value(_GEOMETRY_KEY)
        if not isinstance(saved, QByteArray) or saved.isEmpty():
            return False
        return window.restoreGeometry(saved)  # Qt keeps the window on a screen that still exists

    def save(self, window: QWidget) -> None:
        self._settings.setValue(_GEOMETRY_KEY, window.saveGeometry())
        self._settings.sync()
