"""Tandem's calm look in light and dark, following the system's colour scheme while the app runs.

Every view takes its colours from the palette (charts and icons too), so setting the application palette
is all a change of scheme needs.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    alternate_base: str
    text: str
    muted: str  # placeholder and secondary text
    button: str
    highlight: str
    highlighted_text: str
    link: str
    disabled_text: str


LIGHT = Colours(
    window="#f5f3ef",
    base="#ffffff",
    alternate_base="#f0ede8",
    text="#2a2927",
    muted="#6c6861",
    button="#ece8e2",
    highlight="#3f6f86",
    highlighted_text="#ffffff",
    link="#2f637c",
    disabled_text="#a29e97",
)

DARK = Colours(
    window="#24272b",
    base="#1b1d20",
    alternate_base="#272b2f",
    text="#e9e7e3",
    muted="#a5a29b",
    button="#30343a",
    highlight="#7fb0c6",
    highlighted_text="#12161a",
    link="#92c4da",
    disabled_text="#6d6b66",
)


def colours_for(scheme: Qt.ColorScheme) -> Colours:
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def palette_for(colours: Colours) -> QPalette:
    role = QPalette.ColorRole
    palette = QPalette(QColor(colours.button), QColor(colours.window))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for colour_role, value in (
            (role.Window, colours.window),
            (role.Base, colours.base),
            (role.AlternateBase, colours.alternate_base),
            (role.Text, colours.text),
            (role.WindowText, colours.text),
            (role.ButtonText, colours.text),
            (role.ToolTipBase, colours.base),
            (role.ToolTipText, colours.text),
            (role.PlaceholderText, colours.muted),
            (role.Button, colours.button),
            (role.Highlight, colours.highlight),
            (role.HighlightedText, colours.highlighted_text),
            (role.Link, colours.link),
            (role.LinkVisited, colours.link),
            (role.Accent, colours.highlight),
        ):
            palette.setColor(group, colour_role, QColor(value))
    for colour_role in (role.Text, role.WindowText, role.ButtonText, role.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(colours.disabled_text))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Base, QColor(colours.window))
    return palette


class ThemeFollower(QObject):
    """Applies the palette for the system's scheme now and again whenever the scheme changes.

    Fusion everywhere but macOS, whose own style already follows its appearance setting."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        if sys.platform != "darwin":
            app.setStyle("Fusion")
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self.apply)
        self.apply(hints.colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        if sys.platform == "darwin":
            return
        self._app.setPalette(palette_for(colours_for(scheme)))
