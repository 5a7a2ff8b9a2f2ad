"""The calendar that marks days with entries, and "On this day": earlier years' entries for today."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QListView, QVBoxLayout, QWidget

from desktop.services.journal import EntryView, JournalService
from desktop.ui.journal.delegate import EntryDelegate
from desktop.ui.journal.entry_rows import FixedEntryModel
from desktop.ui.widgets import hint


class EntryCalendar(QCalendarWidget):
    """Days with entries are bold in the palette's link colour; clicking a day emits `day_chosen(date)`."""

    day_chosen = Signal(object)

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.marked: set[date] = set()
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setMaximumDate(QDate.currentDate().addDays(1))
        self.setAccessibleName(self.tr("Calendar of entries"))
        self._name_parts()
        self.currentPageChanged.connect(lambda _year, _month: self.refresh())
        self.clicked.connect(lambda day: self.day_chosen.emit(day.toPython()))
        self.activated.connect(lambda day: self.day_chosen.emit(day.toPython()))
        self.refresh()

    def _name_parts(self) -> None:
        """QCalendarWidget's own arrow buttons and day table come without names a screen reader can say."""
        for object_name, name in (
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
            ("qt_calendar_calendarview", self.tr("Days of the month")),
            ("qt_calendar_monthbutton", self.tr("Month")),
            ("qt_calendar_yearbutton", self.tr("Year")),
        ):
            part = self.findChild(QWidget, object_name)
            if part is not None:
                part.setAccessibleName(name)

    def refresh(self) -> None:
        """Mark the days with entries in the month on show (and the spill-over days around it)."""
        first = date(self.yearShown(), self.monthShown(), 1)
        start, end = first - timedelta(days=7), first + timedelta(days=45)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears every mark
        self.marked = self._journal.days_with_entries(start, end)
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setForeground(self.palette().link())
        for day in self.marked:
            self.setDateTextFormat(QDate(day), mark)


class OnThisDay(QWidget):
    """Entries written on today's month and day in earlier years; activating one emits `entry_chosen`."""

    entry_chosen = Signal(object)  # EntryView

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.model = FixedEntryModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(EntryDelegate(self.view))
        self.view.setAccessibleName(self.tr("On this day"))
        self.view.setUniformItemSizes(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._chosen)
        self.view.clicked.connect(self._chosen)
        self.empty_label = hint(self.tr("Nothing yet from this day in earlier years."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)

    def refresh(self, today: date | None = None) -> None:
        entries: list[EntryView] = self._journal.on_this_day(today or date.today())
        self.model.set_entries(entries)
        self.empty_label.setVisible(not entries)
        self.view.setVisible(bool(entries))

    def _chosen(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(index.row())
        if entry is not None:
            self.entry_chosen.emit(entry)
