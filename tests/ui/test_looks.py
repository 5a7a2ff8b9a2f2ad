"""Light and dark, navigation icons at 100–200 % scaling, and the window's size and place remembered."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.main_window import MainWindow
from desktop.ui.shell import PAGE_TITLES
from desktop.ui.theme import DARK, LIGHT, Colours, ThemeFollower, colours_for, palette_for
from tests.ui.driving import add_profile, unlock


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    qcolour = QColor(colour)
    return 0.2126 * channel(qcolour.red()) + 0.7152 * channel(qcolour.green()) + 0.0722 * channel(qcolour.blue())


def contrast(foreground: str, background: str) -> float:
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_text_is_readable_in_both_schemes(colours: Colours) -> None:
    # WCAG AA for body text: 4.5:1; secondary text and links too, since hints carry real information here
    for foreground, background in (
        (colours.text, colours.base),
        (colours.text, colours.window),
        (colours.text, colours.button),
        (colours.muted, colours.base),
        (colours.muted, colours.window),
        (colours.link, colours.base),
        (colours.highlighted_text, colours.highlight),
    ):
        assert contrast(foreground, background) >= 4.5, (foreground, background)


def test_scheme_picks_the_palette() -> None:
    assert colours_for(Qt.ColorScheme.Dark) is DARK
    assert colours_for(Qt.ColorScheme.Light) is LIGHT
    assert colours_for(Qt.ColorScheme.Unknown) is LIGHT
    dark = palette_for(DARK)
    assert dark.color(QPalette.ColorRole.Window).lightness() < 64
    assert dark.color(QPalette.ColorRole.Text).lightness() > 192


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[ThemeFollower]:
    before = QPalette(qapp.palette())
    follower = ThemeFollower(qapp)
    yield follower
    follower.deleteLater()
    qapp.styleHints().colorSchemeChanged.disconnect(follower.apply)
    qapp.setPalette(before)


def icon_colour(window: MainWindow, row: int) -> QColor:
    icon = window.shell.navigation.item(row).icon()
    image = icon.pixmap(QSize(20, 20), 2.0, icon.Mode.Normal).toImage()
    inked = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return max(inked, key=lambda colour: colour.alpha())


def test_the_app_follows_the_system_turning_dark_and_back(
    qtbot: QtBot, qapp: QApplication, theme: ThemeFollower, make_window, services: Services
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    qtbot.waitUntil(lambda: icon_colour(window, 0).alpha() == 255)
    assert icon_colour(window, 0).lightness() < 100  # dark lines on a light window

    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the platform sends when the user switches

    assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).name() == DARK.window)
    assert window.shell.navigation.palette().color(QPalette.ColorRole.Base).name() == DARK.base
    qtbot.waitUntil(lambda: icon_colour(window, 0).lightness() > 150)  # icons redrawn in the light text colour

    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window)


def test_navigation_has_an_icon_per_section_sharp_at_double_scale(
    qtbot: QtBot, make_window, services: Services
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    navigation = window.shell.navigation
    assert navigation.count() == len(PAGE_TITLES)
    for row in range(navigation.count()):
        icon = navigation.item(row).icon()
        assert not icon.isNull()
        for ratio in (1.0, 1.5, 2.0):
            pixmap = icon.pixmap(QSize(20, 20), ratio)
            # drawn for that scale, not a 20-pixel image blown up
            assert pixmap.devicePixelRatio() == ratio
            assert pixmap.width() == round(20 * ratio)


def test_window_size_and_place_are_remembered(qtbot: QtBot, services: Services) -> None:
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(30, 40, 700, 500)  # inside the offscreen screen (800×600)
    qtbot.waitUntil(lambda: first.size() == QSize(700, 500))
    first.close()

    ini = services.data_dir.ui_settings_path
    assert ini.is_file() and b"geometry" in ini.read_bytes()

    second = MainWindow(services)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == QSize(700, 500)
    assert second.geometry().topLeft() == first.geometry().topLeft()
    second.close()


def test_a_damaged_settings_file_gives_the_default_size(qtbot: QtBot, services: Services) -> None:
    services.data_dir.root.mkdir(parents=True, exist_ok=True)
    services.data_dir.ui_settings_path.write_bytes(b"[window]\ngeometry=@ByteArray(\\x1\\x2 not a geometry)\n\xff\xfe")
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.size() == QSize(1100, 720)


def test_tests_never_use_the_real_settings(services: Services) -> None:
    window_settings = MainWindow(services).ui_settings
    assert window_settings.format() == QSettings.Format.IniFormat
    assert window_settings.fileName() == str(services.data_dir.ui_settings_path)


def test_at_200_percent_the_profile_dot_is_drawn_at_full_resolution() -> None:
    probe = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from desktop.ui.widgets import colour_dot; dot = colour_dot('#3b7dd8', 18); "
        "print(app.devicePixelRatio(), dot.width(), dot.devicePixelRatio())"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    assert shown.stdout.split() == ["2.0", "36", "2.0"]
