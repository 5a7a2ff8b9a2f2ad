"""The form for logging or changing a span, with sensible defaults: the last hour, both of you when paired."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.balance import BalanceService, SpanInput, SpanView
from desktop.ui.widgets import Notice

DEFAULT_MINUTES = 60


class SpanForm(QGroupBox):
    """Emits `submitted` when the person asks to log (or save) what the form holds."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, service: BalanceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.editing: SpanView | None = None

        self.who_combo = QComboBox()
        self.who_combo.setAccessibleName(self.tr("Who"))
        if service.partner is not None:
            self.who_combo.addItem(self.tr("Both of us"), None)
            self.who_combo.addItem(self.tr("Just me"), service.me.id)
            self.who_combo.addItem(self.tr("{partner} alone").format(partner=service.partner.name), service.partner.id)
        else:
            self.who_combo.addItem(self.tr("Just me"), service.me.id)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Together or apart"))
        self.kind_combo.addItem(self.tr("Together"), "together")
        self.kind_combo.addItem(self.tr("Apart"), "apart")
        self.activity_combo = QComboBox()
        self.activity_combo.setEditable(True)
        self.activity_combo.setAccessibleName(self.tr("Activity"))
        self.activity_combo.lineEdit().setPlaceholderText(self.tr("date night, walk, own hobby, friends …"))
        self.start_edit = QDateTimeEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.start_edit.setAccessibleName(self.tr("Start"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 24 * 60)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Length in minutes"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("optional"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setAccessibleName(self.tr("Quality tags"))
        self.tags_edit.setPlaceholderText(self.tr("quality-time+ individuality+ (optional)"))

        self.submit_button = QPushButton(self.tr("Log time"))
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submitted)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.cancel_button.hide()
        self.notice = Notice()

        form = QFormLayout()
        form.addRow(self.tr("Who"), self.who_combo)
        form.addRow(self.tr("What"), self.kind_combo)
        form.addRow(self.tr("Activity"), self.activity_combo)
        form.addRow(self.tr("Start"), self.start_edit)
        form.addRow(self.tr("Length"), self.minutes_spin)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.tr("Tags"), self.tags_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.reset()

    def reset(self) -> None:
        """Back to a new span: the hour just past, both of you when paired."""
        self.editing = None
        self.setTitle(self.tr("Log time"))
        self.submit_button.setText(self.tr("Log time"))
        self.cancel_button.hide()
        self.notice.clear_message()
        self.who_combo.setCurrentIndex(0)
        self.kind_combo.setCurrentIndex(0)
        self._fill_activities("")
        now = self._service.now().replace(tzinfo=None, second=0, microsecond=0)
        self.start_edit.setDateTime(QDateTime(now - timedelta(minutes=DEFAULT_MINUTES)))
        self.minutes_spin.setValue(DEFAULT_MINUTES)
        self.note_edit.clear()
        self.tags_edit.clear()

    def edit(self, span: SpanView) -> None:
        self.reset()
        self.editing = span
        self.setTitle(self.tr("Change span"))
        self.submit_button.setText(self.tr("Save changes"))
        self.cancel_button.show()
        self.who_combo.setCurrentIndex(max(0, self.who_combo.findData(span.person_id)))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(span.kind)))
        self._fill_activities(span.activity)
        self.start_edit.setDateTime(QDateTime(span.start.replace(tzinfo=None)))
        self.minutes_spin.setValue(span.minutes)
        self.note_edit.setText(span.note)
        self.tags_edit.setText(" ".join(span.tags))

    def span_input(self) -> SpanInput:
        start: datetime = self.start_edit.dateTime().toPython()  # wall-clock, read in the service's zone
        return SpanInput(
            kind=self.kind_combo.currentData(), start=start.replace(second=0, microsecond=0),
            minutes=self.minutes_spin.value(), person_id=self.who_combo.currentData(),
            activity=self.activity_combo.currentText(), note=self.note_edit.text(),
            tags=tuple(self.tags_edit.text().replace(",", " ").split()),
        )  # fmt: skip

    def who_kind_activity(self) -> tuple[str, str | None, str]:
        return self.kind_combo.currentData(), self.who_combo.currentData(), self.activity_combo.currentText()

    def _fill_activities(self, current: str) -> None:
        self.activity_combo.clear()
        self.activity_combo.addItems(self._service.recent_activities())
        self.activity_combo.setEditText(current)
