"""Placeholder pages that say what is coming to each part of the app."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.widgets import heading, hint


@dataclass(frozen=True)
class PageInfo:
    title: str
    summary: str
    coming: tuple[str, ...]


PAGES: tuple[PageInfo, ...] = (
    PageInfo(
        "Journal",
        "Reflect: write about your days together and apart.",
        (
            "Entries tagged with the qualities they nurtured or strained: trust, support, honesty, "
            "respect, love, communication, quality time, individuality, growth, compromise.",
            "Fast search across every entry, all of it encrypted with your journal.",
            "Choose what to share with your partner; everything else stays yours alone.",
        ),
    ),
    PageInfo(
        "Quiz",
        "Understand: how each of you tends to attach, and how to support each other.",
        (
            "Attachment-style quizzes with your dimension scores shown first.",
            "Results described as tendencies that can change, never as a diagnosis.",
            "Tips for each tendency, for you and for your partner.",
        ),
    ),
    PageInfo(
        "Balance",
        "Balance: log time together and time apart.",
        (
            "Quick entries for what you did, together or each on your own.",
            "Weekly hours together and apart, for each partner.",
            "Your balance against your own baseline and the target band you choose.",
        ),
    ),
    PageInfo(
        "Insights",
        "See how things change over weeks and months.",
        (
            "Qualities nurtured and strained over time.",
            "Mood and journaling streaks.",
            "Charts you can export as PNG or SVG.",
        ),
    ),
)


class ComingSoonPage(QWidget):
    def __init__(self, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        layout.addWidget(heading(info.title, 1.6))
        summary = QLabel(info.summary)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        layout.addSpacing(8)
        layout.addWidget(hint("Coming soon:"))
        bullets = QLabel("\n".join(f"•  {line}" for line in info.coming))
        bullets.setWordWrap(True)
        bullets.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(bullets)
        layout.addStretch(1)
