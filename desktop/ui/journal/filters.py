"""Finding entries: a search box (debounced) and filters for tag, mood, dates and private/shared."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entry_rules import MOODS
from desktop.core.qualities import NEUTRAL, NURTURED, QUALITIES, STRAINED, WARNING_SIGNS, Tag
from desktop.services.journal import EntryQuery
from desktop.ui.core_texts import mood_label, quality_label

SEARCH_DEBOUNCE_MS = 300
_SHOW = (
    (QT_TRANSLATE_NOOP("FilterBar", "Private and shared"), True, True),
    (QT_TRANSLATE_NOOP("FilterBar", "Private only"), True, False),
    (QT_TRANSLATE_NOOP("FilterBar", "Shared only"), False, True),
)


class FilterBar(QWidget):
    """Emits `query_changed(EntryQuery)` a moment after the person stops typing or changes a filter."""

    query_changed = Signal(object)

    def __init__(self, can_share: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search entries (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search entries"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.search_edit.returnPressed.connect(self._emit_now)
        self.filters_button = QPushButton(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setToolTip(self.tr("Filter by tag, mood, dates, private or shared"))
        self.filters_button.toggled.connect(self._show_filters)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.filters_button)

        self.tag_combo = QComboBox()
        self.tag_combo.setAccessibleName(self.tr("Tag filter"))
        self.tag_combo.addItem(self.tr("Any tag"), None)
        for quality in (*QUALITIES, *WARNING_SIGNS):
            self.tag_combo.addItem(quality_label(quality), quality.id)
        self.polarity_combo = QComboBox()
        self.polarity_combo.setAccessibleName(self.tr("Nurtured or strained"))
        self.polarity_combo.addItem(self.tr("nurtured or strained"), NEUTRAL)
        self.polarity_combo.addItem(self.tr("nurtured"), NURTURED)
        self.polarity_combo.addItem(self.tr("strained"), STRAINED)
        self.mood_combo = QComboBox()
        self.mood_combo.setAccessibleName(self.tr("Mood filter"))
        self.mood_combo.addItem(self.tr("Any mood"), None)
        for value in MOODS:
            self.mood_combo.addItem(self.tr("Mood: {mood}").format(mood=mood_label(value)), value)
        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(self.tr("Private or shared"))
        for label, _private, _shared in _SHOW:
            self.show_combo.addItem(QCoreApplication.translate("FilterBar", label))
        self.show_combo.setEnabled(can_share)
        self.dates_check = QCheckBox(self.tr("From"))
        self.dates_check.setToolTip(self.tr("Only entries written between these days"))
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addMonths(-1))
        self.to_edit = QDateEdit(today)
        for edit, name in ((self.from_edit, self.tr("First day")), (self.to_edit, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._emit_now)
        self.dates_check.toggled.connect(self._dates_toggled)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show every entry again"))
        self.clear_button.clicked.connect(self.clear)
        for combo in (self.tag_combo, self.polarity_combo, self.mood_combo, self.show_combo):
            combo.currentIndexChanged.connect(self._emit_now)
        self.tag_combo.currentIndexChanged.connect(self._tag_chosen)
        self.polarity_combo.setEnabled(False)

        self.filter_box = QWidget()
        grid = QGridLayout(self.filter_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.tag_combo, 0, 0)
        grid.addWidget(self.polarity_combo, 0, 1)
        grid.addWidget(self.mood_combo, 1, 0)
        grid.addWidget(self.show_combo, 1, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.dates_check)
        dates.addWidget(self.from_edit, 1)
        dates.addWidget(self.to_edit, 1)
        dates.addWidget(self.clear_button)
        grid.addLayout(dates, 2, 0, 1, 2)
        self.filter_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.filter_box)

    def query(self) -> EntryQuery:
        tag_id = self.tag_combo.currentData()
        tags = (Tag(tag_id, self.polarity_combo.currentData() or NEUTRAL),) if tag_id else ()
        mood = self.mood_combo.currentData()
        _label, private, shared = _SHOW[self.show_combo.currentIndex()]
        dated = self.dates_check.isChecked()
        return EntryQuery(
            text=self.search_edit.text(),
            tags=tags,
            mood_min=mood,
            mood_max=mood,
            date_from=self.from_edit.date().toPython() if dated else None,  # type: ignore[arg-type]
            date_to=self.to_edit.date().toPython() if dated else None,  # type: ignore[arg-type]
            private=private,
            shared=shared,
        )

    def show_day(self, day: date) -> None:
        """Filter to one day (a click in the calendar)."""
        self.blockSignals(True)
        try:
            self.from_edit.setDate(QDate(day))
            self.to_edit.setDate(QDate(day))
            self.dates_check.setChecked(True)
        finally:
            self.blockSignals(False)
        self.filters_button.setChecked(True)
        self._emit_now()

    def clear(self) -> None:
        self.blockSignals(True)
        try:
            self.search_edit.clear()
            for combo in (self.tag_combo, self.polarity_combo, self.mood_combo, self.show_combo):
                combo.setCurrentIndex(0)
            self.dates_check.setChecked(False)
        finally:
            self.blockSignals(False)
        self._emit_now()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _tag_chosen(self) -> None:
        tag_id = self.tag_combo.currentData()
        self.polarity_combo.setEnabled(tag_id is not None and Tag(tag_id).is_quality)
        if not self.polarity_combo.isEnabled():
            self.polarity_combo.setCurrentIndex(0)

    def _dates_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self._emit_now()

    def _show_filters(self, shown: bool) -> None:
        self.filter_box.setVisible(shown)

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        self.query_changed.emit(self.query())
