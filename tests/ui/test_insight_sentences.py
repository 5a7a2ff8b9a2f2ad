"""The Insights page writes the balance service's facts as sentences: English as before, and translatable."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.qualities import Tag
from desktop.services.balance import SpanInput
from desktop.services.balance.insights import Insights, MonthSplit, StrainedQuality, TopActivities
from desktop.services.container import Services
from desktop.services.journal import EntryInput
from desktop.ui.insights.page import InsightsPage
from desktop.ui.insights.sentences import insight_sentences, percent
from tests.ui.driving import PASSPHRASE, add_profile, unlock


def facts(**changed: object) -> Insights:
    found = {
        "lately_days": 30,
        "month": MonthSplit(93 * 60 / 126 / 60, 93 * 60, 33 * 60, 0.78),
        "strained": StrainedQuality("quality-time", 3),
        "apart": TopActivities((("pottery class", 336), ("climbing", 335))),
        "journal_days": 18,
    }
    return Insights(**{**found, **changed})  # type: ignore[arg-type]


def test_the_facts_read_in_english_as_they_always_have(qapp: QApplication) -> None:
    assert insight_sentences(facts()) == [
        "This month so far, 74% of the time logged was together (93 h together, 33 h apart); "
        "over the three months before, it was 78%.",
        "In the last 30 days, the quality most often tagged strained was quality time (3 times).",
        "Time apart in the last 30 days went most to pottery class (5.6 h) and climbing (5.6 h).",
        "Journal entries were written on 18 of the last 30 days.",
    ]
    quiet = facts(month=None, strained=None, apart=None, journal_days=0)
    assert insight_sentences(quiet) == [
        "Nothing logged yet this month.",
        "No quality was tagged strained in the journal in the last 30 days.",
        "Journal entries were written on 0 of the last 30 days.",  # no sentence about time apart without any
    ]
    first, once, apart, _days = insight_sentences(
        facts(
            month=MonthSplit(360 / 420, 360, 60, None),
            strained=StrainedQuality("#hiking", 1),
            apart=TopActivities((("choir", 60),)),
        )
    )
    assert first == "This month so far, 86% of the time logged was together (6.0 h together, 1.0 h apart)."
    assert once == "In the last 30 days, the quality most often tagged strained was #hiking (once)."
    assert apart == "Time apart in the last 30 days went most to choir (1.0 h)."


def test_percentages_round_as_before() -> None:
    for share in (0, 0.005, 0.125, 0.4, 0.745, 0.855, 360 / 420, 120 / 300, 2 / 3, 0.995, 1):
        assert f"{percent(share)}%" == f"{share:.0%}", share


def log_some_days(services: Services, name: str) -> None:
    unlocked = services.profiles.unlock(name, PASSPHRASE)
    balance = services.open_balance(unlocked)
    journal = services.open_journal(unlocked)
    try:
        hours_ago = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=3)
        me = unlocked.profile.id
        balance.add(SpanInput("together", hours_ago, minutes=60, person_id=me, activity="dinner"))
        balance.add(SpanInput("apart", hours_ago + timedelta(hours=1), minutes=45, person_id=me, activity="choir"))
        journal.create(EntryInput(written_at=hours_ago, body="…", tags=(Tag("quality-time", -1),)))
    finally:
        balance.close()
        journal.close()
        unlocked.lock()


def test_the_insight_sentences_are_translated(
    qtbot: QtBot, pseudo_locale: None, make_window, services: Services
) -> None:
    add_profile(services, "Alex")
    log_some_days(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    insights = window.shell.page("Insights")
    assert isinstance(insights, InsightsPage)
    with qtbot.waitSignal(insights.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    lines = insights.sentences_label.text().split("\n")
    assert len(lines) == 4, lines  # the month, the strained quality, time apart, journaling days
    for line in lines:
        assert line.startswith("•  ⟦") and line.endswith("⟧"), line
        assert "{" not in line, line
    assert "choir (⟦" in lines[2]  # the activity as written, its length of time translated
