"""The Guide window (Help → Guide), and `follow_guide_link` for views that link to a topic."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services.guide import GUIDE_SCHEME, Guide


class GuideWindow(QDialog):
    """Topics on the left, the text on the right; `guide:` links move between topics, web links open outside."""

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guide = guide
        self.setWindowTitle(self.tr("Tandem Guide"))
        self.resize(820, 560)
        self.topic_list = QListWidget()
        self.topic_list.setAccessibleName(self.tr("Guide topics"))
        self.topic_list.setFixedWidth(250)
        for topic in guide.topics:
            self.topic_list.addItem(topic.title)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Guide text"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.topic_list.currentRowChanged.connect(self._show_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.topic_list)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.topic_list.setCurrentRow(0)

    @property
    def current_topic_id(self) -> str:
        return self._guide.topics[self.topic_list.currentRow()].id

    def show_topic(self, topic_id: str) -> bool:
        """Show the topic for an id or alias; False (and nothing changes) when there is none."""
        topic = self._guide.find(topic_id)
        if topic is None:
            return False
        self.topic_list.setCurrentRow(self._guide.topics.index(topic))
        return True

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._guide.topics):
            self.browser.setMarkdown(self._guide.topics[row].text())

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == GUIDE_SCHEME:
            self.show_topic(url.path())
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)


def follow_guide_link(widget: QWidget, link: str) -> bool:
    """Open a Guide topic from anywhere inside the main window: the nearest ancestor with `open_guide` shows it.

    No global registry: a view only needs to sit inside a window that offers `open_guide(topic_id)`."""
    current: QWidget | None = widget
    while current is not None:
        opener = getattr(current, "open_guide", None)
        if callable(opener):
            opener(link.removeprefix(f"{GUIDE_SCHEME}:"))
            return True
        current = current.parentWidget()
    return False


def guide_link_label(text: str, topic_id: str, link_text: str) -> QLabel:
    """A hint line ending in a link to a Guide topic (for the mouse; menus and F1 reach the Guide by keyboard)."""
    label = QLabel(f'{html.escape(text)} <a href="{GUIDE_SCHEME}:{html.escape(topic_id)}">{html.escape(link_text)}</a>')
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setForegroundRole(label.palette().ColorRole.PlaceholderText)
    label.linkActivated.connect(lambda href: follow_guide_link(label, href))
    return label


def add_guide_action(widget: QWidget, topic_id: str, label: str) -> QAction:
    """A context-menu action “About <label> in the Guide” on `widget` (the Menu key or a right-click)."""
    action = QAction(QCoreApplication.translate("Guide", "About {topic} in the Guide").format(topic=label), widget)
    action.setStatusTip(
        QCoreApplication.translate("Guide", "Read what Tandem's Guide says about {topic}").format(topic=label.lower())
    )
    action.triggered.connect(lambda: follow_guide_link(widget, topic_id))
    widget.addAction(action)
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
