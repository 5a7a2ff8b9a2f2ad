"""What matplotlib draws inside a chart is translated in the GUI: every text but the person's own data."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date, timedelta
from typing import Any

import matplotlib.text
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.charts.texts import ENGLISH
from desktop.core.balance.bins import BinSize, DateRange, bin_starts
from desktop.services.balance.records import (
    ActivityTotals,
    BalanceSeries,
    JournalDays,
    MoodSeries,
    Person,
    PersonMinutes,
    QualitySeries,
    ShareSeries,
)
from desktop.ui.charts.panel import ChartPanel
from desktop.ui.charts.texts import chart_texts
from desktop.ui.i18n import pseudo_translate

ALEX, SAM = Person("a", "Alex", "#3b7dd8"), Person("s", "Sam", "#d8703b")
ACTIVITIES = ("sport", "friends", "family", "music", "reading", "work", "travel", "garden", "cooking", "games", "film")
# The data a chart may show as it is: the partners' names, their activities, and ISO week labels (numbers aside).
DATA = re.compile(rf"^(Alex|Sam|{'|'.join(ACTIVITIES)}|\d{{4}}-W\d{{2}})$")
SPANS = {  # ranges binned by day, by week, and by month, crossing a new year
    BinSize.DAY: DateRange(date(2025, 12, 29), date(2026, 1, 4)),
    BinSize.WEEK: DateRange(date(2025, 12, 1), date(2026, 1, 25)),
    BinSize.MONTH: DateRange(date(2025, 10, 1), date(2026, 2, 28)),
}


def series_data(size: BinSize, *, empty: bool) -> dict[str, Any]:
    """One dataset per chart kind, with data in every bin or with none."""
    span = SPANS[size]
    bins = bin_starts(span, size)
    count = len(bins)

    def per_bin(value: float) -> tuple[float | None, ...]:
        return tuple(None if empty else value for _ in bins)

    minutes = tuple(0 if empty else 60 + 30 * i for i in range(count))
    hours = tuple(60.0 * (len(ACTIVITIES) - i) for i in range(len(ACTIVITIES)))  # largest first
    days = [span.first + timedelta(days=n) for n in range(span.days)]
    return {
        "balance": BalanceSeries(span, size, bins, tuple(PersonMinutes(p, minutes, minutes) for p in (ALEX, SAM))),
        "share": ShareSeries(bins, size, per_bin(0.5), per_bin(0.4), (40, 60)),
        "activities": ActivityTotals(() if empty else ACTIVITIES, (ALEX, SAM), ((), ()) if empty else (hours, hours)),
        "qualities": QualitySeries(bins, size, minutes, minutes),
        "mood": MoodSeries(bins, size, per_bin(3.5), tuple(0 if empty else 1 for _ in bins)),
        "heatmap": JournalDays(span, {} if empty else {day: 1 + day.day % 3 for day in days}),
    }


def drawn_texts(qtbot: QtBot, kind: str, data: Any) -> list[str]:
    panel = ChartPanel(kind, "A chart")
    qtbot.addWidget(panel)
    panel.show_data(data)
    panel.figure.draw_without_rendering()  # lays out the tick labels
    return [text.get_text() for text in panel.figure.findobj(matplotlib.text.Text) if text.get_text().strip()]


def untranslated(texts: list[str]) -> list[str]:
    """Texts with words in them that are neither bracketed by the pseudo-locale nor the person's data."""
    return [
        text
        for text in texts
        if any(c.isalpha() for c in text) and not (text.startswith("⟦") and text.endswith("⟧")) and not DATA.match(text)
    ]


def test_the_gui_writes_each_chart_text_as_the_charts_do_in_english(qapp: QApplication) -> None:
    assert chart_texts() == ENGLISH  # so the English the translators see is the English the charts draw


def test_every_chart_text_is_translated(pseudo_locale: None) -> None:
    texts = chart_texts()
    for field in fields(texts):
        values = getattr(texts, field.name)
        for value in values if isinstance(values, tuple) else (values,):
            assert value.startswith("⟦"), field.name


@pytest.mark.parametrize("size", list(BinSize))
@pytest.mark.parametrize("kind", ["balance", "share", "activities", "qualities", "mood", "heatmap"])
def test_every_text_a_chart_draws_is_translated(qtbot: QtBot, pseudo_locale: None, kind: str, size: BinSize) -> None:
    texts = drawn_texts(qtbot, kind, series_data(size, empty=False)[kind])
    assert untranslated(texts) == []
    assert len([text for text in texts if text.startswith("⟦")]) >= 2, texts  # a title and a label at least


@pytest.mark.parametrize(
    ("kind", "note"),
    [
        ("balance", ENGLISH.nothing_logged),
        ("share", ENGLISH.nothing_logged),
        ("activities", ENGLISH.no_time_apart),
        ("qualities", ENGLISH.no_qualities),
        ("mood", ENGLISH.no_moods),
        ("heatmap", ENGLISH.no_entries),
    ],
)
def test_the_note_on_an_empty_chart_is_translated(qtbot: QtBot, pseudo_locale: None, kind: str, note: str) -> None:
    texts = drawn_texts(qtbot, kind, series_data(BinSize.WEEK, empty=True)[kind])
    assert untranslated(texts) == []
    assert pseudo_translate(note) in texts
