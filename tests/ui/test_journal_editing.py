"""Writing and editing entries on the journal page, with the keyboard and with the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.qualities import NURTURED, STRAINED, Tag
from desktop.services.container import Services
from desktop.services.guide import Guide
from desktop.services.journal import EntryQuery
from tests.ui.driving import add_profile, unlock
from tests.ui.journal_driving import click_row, entry, journal_of, page_of, shown_headings

CTRL = Qt.KeyboardModifier.ControlModifier


def test_write_an_entry_with_the_keyboard(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    editor = page.editor
    assert page.count_label.text() == "No entries yet. Write your first one."

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert editor.body_edit.hasFocus()
    qtbot.keyClicks(editor.body_edit, "We cooked together and *laughed* a lot.")
    qtbot.keyClicks(editor.title_edit, "Sunday dinner")
    for typed in ("trust+", "communication-", "control", "#cooking"):
        qtbot.keyClicks(editor.tag_picker.field, typed)
        qtbot.keyClick(editor.tag_picker.field, Qt.Key.Key_Return)
    assert editor.tag_picker.field.text() == ""
    support = editor.tag_picker.quality_toggles["support"]
    support.setFocus()
    qtbot.keyClick(support, Qt.Key.Key_Space)  # none → nurtured
    editor.mood_combo.setFocus()
    qtbot.keyClick(editor.mood_combo, Qt.Key.Key_Down)  # "No mood" → 1
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)

    assert shown_headings(page) == ["Sunday dinner"]
    assert page.count_label.text() == "1 entry"
    with journal_of(services, "Alex") as journal:
        (saved,) = journal.page(EntryQuery())
        full = journal.get(saved.id)
    assert full.body == "We cooked together and *laughed* a lot."
    assert full.mood == 1
    assert set(full.tags) == {
        Tag("trust", NURTURED),
        Tag("communication", STRAINED),
        Tag("control"),
        Tag("#cooking"),
        Tag("support", 1),
    }
    assert editor.entry_id == saved.id and not editor.dirty
    assert "laughed" in editor.preview.toPlainText() and "*" not in editor.preview.toPlainText()


def test_tag_toggles_cycle_with_the_mouse_and_bad_tags_are_explained(
    qtbot: QtBot, make_window, services: Services
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    picker = page_of(window).editor.tag_picker
    trust = picker.quality_toggles["trust"]

    states = []
    for _ in range(3):
        qtbot.mouseClick(trust, Qt.MouseButton.LeftButton)
        states.append((trust.state, trust.text(), trust.isChecked()))
    assert states == [(NURTURED, "Trust  +", True), (STRAINED, "Trust  −", True), (0, "Trust", False)]
    assert trust.accessibleName() == "Trust: not tagged"
    qtbot.mouseClick(picker.warning_toggles["losing-self"], Qt.MouseButton.LeftButton)
    assert picker.tags() == (Tag("losing-self"),)

    qtbot.keyClicks(picker.field, "trust")  # a quality needs + or -
    qtbot.keyClick(picker.field, Qt.Key.Key_Return)
    assert picker.error.isVisible() and "trust+ or trust-" in picker.error.text()
    picker.field.clear()
    qtbot.keyClicks(picker.field, "#hiking")
    qtbot.keyClick(picker.field, Qt.Key.Key_Return)
    assert not picker.error.isVisible()
    (chip,) = [w for w in picker.chips_box.findChildren(type(trust).__mro__[1]) if w.isVisible()]
    assert chip.accessibleName() == "Remove tag #hiking"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert picker.tags() == (Tag("losing-self"),)


def test_edit_an_entry_from_the_list(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    with journal_of(services, "Alex") as journal:
        journal.create(entry("First words", "2025-05-01 09:00", title="Old title", tags=(Tag("love", 1),)))
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    editor = page.editor

    click_row(qtbot, page, 0)
    assert editor.title_edit.text() == "Old title"
    assert editor.tag_picker.quality_toggles["love"].state == NURTURED
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "New title")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert shown_headings(page) == ["New title"]
    with journal_of(services, "Alex") as journal:
        (only,) = journal.page(EntryQuery())
    assert only.title == "New title" and only.body == "First words"


def test_an_empty_entry_is_explained_in_place(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    editor = page_of(window).editor
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert editor.error.isVisible()
    assert editor.error.text() == "An entry needs a title or some text."


def test_a_prompt_is_offered_and_new_prompt_changes_it(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    editor = page_of(window).editor
    assert editor.prompt_row.isVisible()
    seen = {editor.prompt_label.text()}
    for _ in range(4):
        qtbot.mouseClick(editor.new_prompt_button, Qt.MouseButton.LeftButton)
        seen.add(editor.prompt_label.text())
    assert len(seen) == 5  # the deck goes through every prompt before repeating one
    assert all(": " in text for text in seen)


def test_the_prompt_links_to_its_theme_in_the_guide(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    editor = page_of(window).editor
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert editor.body_edit.hasFocus() and editor.prompt_guide_label.isVisible()
    first = editor.prompt
    assert first is not None

    qtbot.keyClick(editor.body_edit, Qt.Key.Key_G, CTRL | Qt.KeyboardModifier.ShiftModifier)  # while writing
    guide = window.help.guide_window
    assert guide is not None and guide.isVisible()
    assert guide.current_topic_id == first.guide_topic
    assert guide.topic_list.currentItem().text() == Guide().find(first.guide_topic).title
    guide.reject()
    qtbot.waitUntil(lambda: window.help.guide_window is None)

    for _ in range(5):  # another theme, so the link is seen to follow the prompt on show
        qtbot.mouseClick(editor.new_prompt_button, Qt.MouseButton.LeftButton)
        if editor.prompt.guide_topic != first.guide_topic:
            break
    second = editor.prompt
    assert second.guide_topic != first.guide_topic
    assert editor.prompt_guide_label.text().endswith(">More in the Guide</a>")
    link = editor.prompt_guide_label
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=link.rect().center())
    guide = window.help.guide_window
    assert guide is not None and guide.isVisible()
    assert guide.current_topic_id == second.guide_topic
    guide.reject()

    (about,) = editor.prompt_row.actions()  # the prompt row's context menu (right-click, or the Menu key)
    assert about is editor.prompt_guide_action and about.statusTip()


def test_backdating_with_the_date_field(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    editor = page_of(window).editor
    editor.when_edit.setDateTime(editor.when_edit.dateTime().addYears(-2))
    qtbot.keyClicks(editor.body_edit, "Remembering the summer")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    with journal_of(services, "Alex") as journal:
        (only,) = journal.page(EntryQuery())
    assert only.written_at.year == editor.when_edit.dateTime().date().year()
    assert only.written_at < only.written_at.now().replace(year=only.written_at.now().year - 1)
