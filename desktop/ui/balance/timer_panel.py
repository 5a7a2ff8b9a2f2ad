"""The start/stop timer. Its state lives in the private vault, so it survives a lock or a restart."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.balance import BalanceService, TimerState
from desktop.ui.balance.span_model import kind_name
from desktop.ui.core_texts import duration_text

TICK_MS = 30_000


class TimerPanel(QGroupBox):
    start_requested = Signal()
    stop_requested = Signal()
    discard_requested = Signal()

    def __init__(self, service: BalanceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Timer"))
        self._service = service
        self._state: TimerState | None = None
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start timer"))
        self.start_button.clicked.connect(self.start_requested)
        self.stop_button = QPushButton(self.tr("Stop and log"))
        self.stop_button.clicked.connect(self.stop_requested)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setStatusTip(self.tr("Stop the timer without logging anything"))
        self.discard_button.clicked.connect(self.discard_requested)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.stop_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._describe)

    @property
    def running(self) -> bool:
        return self._state is not None

    def show_state(self, state: TimerState | None) -> None:
        self._state = state
        self.start_button.setVisible(state is None)
        self.stop_button.setVisible(state is not None)
        self.discard_button.setVisible(state is not None)
        if state is None:
            self._tick.stop()
        else:
            self._tick.start()
        self._describe()

    def stop_ticking(self) -> None:
        self._tick.stop()

    def _describe(self) -> None:
        state = self._state
        if state is None:
            self.status_label.setText(
                self.tr("No timer running. Start one when you begin; it keeps going if you lock.")
            )
            return
        names = {person.id: person.name for person in self._service.people}
        who = self.tr("both of you") if state.person_id is None else names.get(state.person_id, "")
        elapsed = (self._service.now() - state.started_at).total_seconds() / 60
        since = f"{state.started_at.astimezone():%H:%M}" if state.started_at.date() == datetime.now().date() else (
            f"{state.started_at.astimezone():%a %d %b %H:%M}"
        )  # fmt: skip
        if state.activity:
            text = self.tr("Running since {since}: {activity}, {kind}, {who} ({elapsed} so far).")
        else:
            text = self.tr("Running since {since}: {kind}, {who} ({elapsed} so far).")
        self.status_label.setText(
            text.format(
                since=since,
                activity=state.activity,
                kind=kind_name(state.kind),
                who=who,
                elapsed=duration_text(max(elapsed, 0)),
            )
        )
