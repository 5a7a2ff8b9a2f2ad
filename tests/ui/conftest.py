"""Fixtures for driving the real widgets: a main window over the test's own services."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.i18n import LOCALE_ENV, PseudoTranslator, install_translator
from desktop.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot: QtBot, services: Services) -> Iterator[Callable[..., MainWindow]]:
    """Builds the main window (after the test has made its profiles), shown and ready for input."""
    windows: list[MainWindow] = []

    def make(**kwargs: object) -> MainWindow:
        window = MainWindow(services, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: window.isActiveWindow())
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.lock()
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def pseudo_locale(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The pseudo-locale installed for one test: every translated text comes back bracketed ⟦…⟧ and longer."""
    monkeypatch.setenv(LOCALE_ENV, "pseudo")
    translator = install_translator(qapp, qapp)
    assert isinstance(translator, PseudoTranslator)
    yield
    qapp.removeTranslator(translator)
    translator.deleteLater()
