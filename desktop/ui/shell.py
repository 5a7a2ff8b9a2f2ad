"""The unlocked profile's view: a header, navigation and the pages.

Built fresh at each unlock and deleted at lock, so no widget keeps anything of the profile.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.profiles import ProfileSummary
from desktop.ui.icons import navigation_icon
from desktop.ui.widgets import colour_dot, scaled_font


@runtime_checkable
class LockAware(Protocol):
    """A page holding unsaved work; the shell calls `prepare_to_lock()` before the profile locks."""

    def prepare_to_lock(self) -> None: ...


# The sections of the unlocked app, in navigation order (Ctrl+1 … Ctrl+4). The English titles are the
# pages' keys; `page_title()` gives the name a person reads.
PAGE_TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ShellWidget", "Journal"),
    QT_TRANSLATE_NOOP("ShellWidget", "Quiz"),
    QT_TRANSLATE_NOOP("ShellWidget", "Balance"),
    QT_TRANSLATE_NOOP("ShellWidget", "Insights"),
)
_NAVIGATION_WIDTH = 170  # at least; wider when a translation needs it


def page_title(key: str) -> str:
    """The section's name in the person's language."""
    return QCoreApplication.translate("ShellWidget", key)


class ShellWidget(QWidget):
    """`pages` maps each title of PAGE_TITLES to its widget."""

    lock_requested = Signal()

    def __init__(self, profile: ProfileSummary, pages: Mapping[str, QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shell")
        dot = QLabel()
        dot.setPixmap(colour_dot(profile.colour, 18))
        self.name_label = QLabel(profile.name)
        self.name_label.setFont(scaled_font(self.name_label, 1.25, bold=True))
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock your journal (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)

        header = QHBoxLayout()
        header.setContentsMargins(16, 10, 16, 10)
        header.setSpacing(8)
        header.addWidget(dot)
        header.addWidget(self.name_label)
        header.addStretch(1)
        header.addWidget(self.lock_button)

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFont(scaled_font(self.navigation, 1.1))
        self.navigation.setSpacing(3)
        self.pages = QStackedWidget()
        for index, title in enumerate(PAGE_TITLES):
            self.navigation.addItem(page_title(title))
            self.navigation.item(index).setToolTip(
                self.tr("{section} (Ctrl+{number})").format(section=page_title(title), number=index + 1)
            )
            self.pages.addWidget(pages[title])
        self._paint_icons()
        self.navigation.setFixedWidth(max(_NAVIGATION_WIDTH, self.navigation.sizeHintForColumn(0) + 24))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        body = QHBoxLayout()
        body.setContentsMargins(8, 8, 8, 8)
        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(rule)
        layout.addLayout(body, 1)

    def _paint_icons(self) -> None:
        for index, title in enumerate(PAGE_TITLES):
            self.navigation.item(index).setIcon(navigation_icon(title.lower(), self.palette()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light to dark or back: icons in the new text colour
            self._paint_icons()

    def prepare_to_lock(self) -> None:
        """Let every page save what is unsaved while the journal is still open."""
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if isinstance(page, LockAware):
                page.prepare_to_lock()

    def page(self, title: str) -> QWidget:
        return self.pages.widget(PAGE_TITLES.index(title))

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)
        self.navigation.setFocus()

    def current_title(self) -> str:
        return PAGE_TITLES[self.pages.currentIndex()]
