"""Finding entries: search, filters, the calendar, "On this day", and a list that stays quick when long."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.core.qualities import Tag
from desktop.services.container import Services
from desktop.services.journal import EntryQuery
from desktop.ui.journal.list_model import PAGE_SIZE, EntryListModel
from tests.ui.driving import add_profile, unlock
from tests.ui.journal_driving import entry, journal_of, page_of, search_for, shown_headings


def _three_entries(services: Services) -> None:
    add_profile(services, "Alex")
    with journal_of(services, "Alex") as journal:
        journal.create(entry("A long walk by the river", "2025-06-01 10:00", title="River", mood=4,
                             tags=(Tag("quality-time", 1),)))  # fmt: skip
        journal.create(entry("We argued about the holiday", "2025-06-05 21:00", title="Holiday", mood=2,
                             tags=(Tag("communication", -1),)))  # fmt: skip
        journal.create(entry("Climbing on my own, by the river again", "2025-06-09 08:00", title="Climbing", mood=5,
                             tags=(Tag("individuality", 1), Tag("communication", 1))))  # fmt: skip


def test_search_box_finds_words_after_a_short_pause(qtbot: QtBot, make_window, services: Services) -> None:
    _three_entries(services)
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    assert shown_headings(page) == ["Climbing", "Holiday", "River"]

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_bar.search_edit.hasFocus()
    search_for(qtbot, page, "river")
    assert shown_headings(page) == ["Climbing", "River"]
    assert page.count_label.text() == "2 entries match"

    search_for(qtbot, page, "holid*")
    assert shown_headings(page) == ["Holiday"]
    search_for(qtbot, page, "nothing-like-this")
    assert shown_headings(page) == []
    assert page.count_label.text() == "No entries match."


def test_filters_for_tag_polarity_mood_and_dates_combine_with_search(
    qtbot: QtBot, make_window, services: Services
) -> None:
    _three_entries(services)
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    bar = page.filter_bar
    qtbot.mouseClick(bar.filters_button, Qt.MouseButton.LeftButton)
    assert bar.filter_box.isVisible()

    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData("communication"))
    assert shown_headings(page) == ["Climbing", "Holiday"]
    bar.polarity_combo.setCurrentIndex(bar.polarity_combo.findText("strained"))
    assert shown_headings(page) == ["Holiday"]
    bar.polarity_combo.setCurrentIndex(0)
    search_for(qtbot, page, "river")
    assert shown_headings(page) == ["Climbing"]

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert shown_headings(page) == ["Climbing", "Holiday", "River"]
    bar.mood_combo.setCurrentIndex(bar.mood_combo.findData(4))
    assert shown_headings(page) == ["River"]
    bar.mood_combo.setCurrentIndex(0)

    qtbot.mouseClick(bar.dates_check, Qt.MouseButton.LeftButton)
    bar.from_edit.setDate(QDate(2025, 6, 4))
    bar.to_edit.setDate(QDate(2025, 6, 9))
    assert shown_headings(page) == ["Climbing", "Holiday"]


def test_calendar_marks_days_and_a_click_filters_to_that_day(qtbot: QtBot, make_window, services: Services) -> None:
    _three_entries(services)
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    calendar = page.calendar
    calendar.setCurrentPage(2025, 6)
    assert calendar.marked == {date(2025, 6, 1), date(2025, 6, 5), date(2025, 6, 9)}
    assert (
        calendar.dateTextFormat(QDate(2025, 6, 5)).fontWeight()
        > calendar.dateTextFormat(QDate(2025, 6, 6)).fontWeight()
    )

    calendar.setSelectedDate(QDate(2025, 6, 5))
    calendar.clicked.emit(QDate(2025, 6, 5))  # what a click on the day's cell sends

    assert shown_headings(page) == ["Holiday"]
    assert page.filter_bar.dates_check.isChecked()


def test_on_this_day_lists_earlier_years(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    today = datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)
    with journal_of(services, "Alex") as journal:
        last_year = today.replace(year=today.year - 1)
        journal.create(entry("A year ago", last_year.isoformat(), title="Picnic"))
        journal.create(entry("Yesterday", (today - timedelta(days=1)).isoformat(), title="Not today"))
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    page.side_tabs.setCurrentWidget(page.on_this_day)
    model = page.on_this_day.model
    assert [model.entry_at(row).title for row in range(model.rowCount())] == ["Picnic"]

    index = model.index(0, 0)
    rect = page.on_this_day.view.visualRect(index)
    qtbot.mouseClick(page.on_this_day.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.title_edit.text() == "Picnic"


def test_list_model_passes_the_model_tester(qtmodeltester, services: Services) -> None:
    _three_entries(services)
    with journal_of(services, "Alex") as journal:
        model = EntryListModel(journal)
        model.reload()
        qtmodeltester.check(model)
        model.set_query(EntryQuery(text="river"))
        qtmodeltester.check(model)
        assert model.rowCount() == 2


def test_a_long_journal_is_fetched_a_page_at_a_time(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    total = 2_000
    start = datetime(2019, 1, 1, 8, 0)
    with journal_of(services, "Alex") as journal:
        for number in range(total):
            journal.create(entry(f"Entry number {number}", (start + timedelta(hours=7 * number)).isoformat()))
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    model, view = page.model, page.list_view

    assert page.count_label.text() == "2,000 entries"
    assert model.total == total
    assert model.rowCount() == PAGE_SIZE  # never everything at once
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole).endswith(f"Entry number {total - 1}")

    view.setFocus()
    for _ in range(3):  # scrolling to the bottom asks for the next page
        rows_before = model.rowCount()
        view.scrollToBottom()
        qtbot.waitUntil(lambda before=rows_before: model.rowCount() > before)
        assert model.rowCount() == rows_before + PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    assert model.index(total - 1, 0).data(Qt.ItemDataRole.DisplayRole).endswith("Entry number 0")
