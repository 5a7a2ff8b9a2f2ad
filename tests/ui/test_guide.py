"""The Guide: a topic for every quality, warning sign and quiz category; links from tags and results; shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from desktop.core.qualities import QUALITIES, WARNING_SIGNS
from desktop.services.container import Services
from desktop.services.guide import Guide
from desktop.ui.help_menu import shortcut_rows
from desktop.ui.quiz.result_view import ResultView
from tests.ui.driving import add_profile, unlock
from tests.ui.journal_driving import page_of


def test_every_quality_sign_and_quiz_category_has_a_guide_topic(services: Services) -> None:
    guide = Guide()
    for quality in (*QUALITIES, *WARNING_SIGNS):
        assert quality.id in guide, quality.id
    for quiz_id in ("attachment", "interdependence"):
        for category in services.quizzes.quiz(quiz_id).categories:
            assert category.id in guide, category.id
    for topic_id in ("secure", "anxious-preoccupied", "dismissive-avoidant", "fearful-avoidant"):
        text = guide.find(topic_id).text()
        assert "tendency, not a diagnosis" in text
    for topic in guide.topics:
        assert topic.text().startswith("# "), topic.id
        for link in topic.text().split("(guide:")[1:]:
            assert link.split(")")[0] in guide, (topic.id, link)


def test_help_guide_follows_links_and_opens_from_a_tag_and_a_result(
    qtbot: QtBot, make_window, services: Services
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    window.help.guide_action.trigger()
    guide = window.help.guide_window
    assert guide is not None and guide.isVisible()
    assert guide.current_topic_id == "interdependence"
    guide.browser.anchorClicked.emit(QUrl("guide:healthy-tips"))
    assert guide.current_topic_id == "healthy-tips"
    assert "Make time for each other" in guide.browser.toPlainText()

    trust = page_of(window).editor.tag_picker.quality_toggles["trust"]
    (about,) = trust.actions()
    assert about.text() == "About Trust in the Guide"
    about.trigger()
    assert guide.current_topic_id == "trust"
    control = page_of(window).editor.tag_picker.warning_toggles["control"]
    control.actions()[0].trigger()
    assert guide.current_topic_id == "warning-signs"

    quiz = services.quizzes.quiz("attachment")
    view = ResultView(quiz, {"anxiety": 5.0, "avoidance": 2.0}, "anxious-preoccupied")
    window.shell.page("Quiz").layout().addWidget(view)
    view.guide_label.linkActivated.emit("guide:anxious-preoccupied")
    assert guide.current_topic_id == "anxious-preoccupied"
    guide.reject()


def test_keyboard_shortcuts_are_listed_from_the_real_actions(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help.shortcuts_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    names = {dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())}
    assert {"Lock", "Keyboard Shortcuts", "Guide", "New Profile"} <= names
    dialog.reject()

    unlock(qtbot, window, "Alex")
    rows = {name: keys for name, keys, _tip in shortcut_rows(window)}
    assert {"New Entry", "Find", "Lock", "Journal", "Balance"} <= set(rows)
    assert "Ctrl+/" in rows["Keyboard Shortcuts"] and "F1" in rows["Keyboard Shortcuts"]
    assert all(tip for _name, _keys, tip in shortcut_rows(window))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.help.shortcuts_dialog is not None and window.help.shortcuts_dialog.isVisible())
    window.help.shortcuts_dialog.reject()
