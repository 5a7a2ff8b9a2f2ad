"""The Balance tab: the form and the timer on the left; the last weeks' chart and the logged spans on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop.core.balance.bins import BinSize, DateRange
from desktop.errors import TandemError
from desktop.services.balance import BalanceService
from desktop.ui.balance.form import SpanForm
from desktop.ui.balance.span_model import SpanListModel, kind_name
from desktop.ui.balance.timer_panel import TimerPanel
from desktop.ui.charts.loading import load_chart_modules
from desktop.ui.charts.panel import ChartPanel
from desktop.ui.widgets import Notice, heading, hint
from desktop.ui.workers import BackgroundCall, run_in_background

CHART_WEEKS = 8
SETTLE_MS = 250  # a page flicked past is not drawn


class BalancePage(QWidget):
    spans_changed = Signal()

    def __init__(self, service: BalanceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._loading: BackgroundCall | None = None
        self._chart_stale = True
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(lambda: self.refresh_chart() if self.isVisible() and self._chart_stale else None)

        self.form = SpanForm(service)
        self.form.submitted.connect(self.submit)
        self.form.cancelled.connect(self.form.reset)
        self.timer_panel = TimerPanel(service)
        self.timer_panel.start_requested.connect(self.start_timer)
        self.timer_panel.stop_requested.connect(self.stop_timer)
        self.timer_panel.discard_requested.connect(self.discard_timer)
        self.timer_notice = Notice()

        self.chart = ChartPanel("balance", self.tr("The last {weeks} weeks").format(weeks=CHART_WEEKS))
        self.model = SpanListModel(service)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Logged time"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.list_notice = Notice()
        self._build_actions()

        if service.partner:
            intro_text = self.tr(
                "Time together and time apart, logged by you and {partner}. There is no right amount of either: "
                "the charts show your own pattern."
            ).format(partner=service.partner.name)
        else:
            intro_text = self.tr(
                "Time together and time apart, logged by you. There is no right amount of either: "
                "the charts show your own pattern."
            )
        intro = hint(intro_text)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(self.timer_panel)
        left.addWidget(self.timer_notice)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.chart, 3)
        right.addWidget(self.table, 2)
        right.addWidget(self.list_notice)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Balance"), 1.4))
        layout.addWidget(intro)
        layout.addLayout(columns, 1)

        self.model.reload()
        self.timer_panel.show_state(service.timer())

    def _build_actions(self) -> None:
        def action(text: str, shortcut: Any, tip: str, slot: Callable[[], object], owner: QWidget) -> QAction:
            found = QAction(text, owner)
            found.setShortcut(QKeySequence(shortcut))
            found.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut if owner is self.table else Qt.ShortcutContext.WindowShortcut
            )
            found.setStatusTip(tip)
            found.triggered.connect(lambda _checked=False: slot())
            owner.addAction(found)
            return found

        self.log_action = action(
            self.tr("&Log Time"), "Ctrl+Return", self.tr("Log the span the form describes"), self.submit, self
        )
        self.new_action = action(
            self.tr("&New Span"), QKeySequence.StandardKey.New, self.tr("Clear the form to log another span"),
            self.new_span, self,
        )  # fmt: skip
        self.timer_action = action(
            self.tr("Start or Stop &Timer"), "Ctrl+T", self.tr("Start a timer now, or stop it and log the time"),
            self.toggle_timer, self,
        )  # fmt: skip
        self.edit_action = action(
            self.tr("&Edit Span"), "Return", self.tr("Change the chosen span in the form"), self.edit_selected,
            self.table,
        )  # fmt: skip
        self.delete_action = action(
            self.tr("&Delete Span"), QKeySequence.StandardKey.Delete, self.tr("Delete the chosen span"),
            self.delete_selected, self.table,
        )  # fmt: skip
        self.form.submit_button.setToolTip(
            self.tr("Log time ({shortcut})").format(shortcut=self.log_action.shortcut().toString())
        )
        self.timer_panel.start_button.setToolTip(
            self.tr("Start timer ({shortcut})").format(shortcut=self.timer_action.shortcut().toString())
        )

    # -- logging ---------------------------------------------------------------------------------------

    def new_span(self) -> None:
        self.form.reset()
        self.form.activity_combo.setFocus()

    def submit(self) -> None:
        span = self.form.span_input()
        try:
            if self.form.editing is not None:
                self._service.update(self.form.editing.id, span)
                message = self.tr("Saved the changes.")
            else:
                logged = self._service.add(span)
                message = self._logged_message(logged.minutes, logged.kind)
        except TandemError as error:
            self.form.notice.show_message(str(error))
            return
        self.form.reset()
        self._changed(message)

    def _logged_message(self, minutes: int, kind: str) -> str:
        if kind == "together":
            return self.tr("Logged {minutes} minutes together.").format(minutes=minutes)
        if kind == "apart":
            return self.tr("Logged {minutes} minutes apart.").format(minutes=minutes)
        return self.tr("Logged {minutes} minutes {kind}.").format(minutes=minutes, kind=kind_name(kind))

    def edit_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.form.edit(self.model.span_at(row))
            self.form.activity_combo.setFocus()

    def delete_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        try:
            self._service.delete(self.model.span_at(row).id)
        except TandemError as error:
            self.list_notice.show_message(str(error))
            return
        self.form.reset()
        self._changed(self.tr("Deleted the span."))

    # -- the timer ----------------------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        if self.timer_panel.running:
            self.stop_timer()
        else:
            self.start_timer()

    def start_timer(self) -> None:
        kind, person, activity = self.form.who_kind_activity()
        self._timer_call(lambda: self._service.start_timer(kind, person, activity), self.tr("Timer started."))

    def stop_timer(self) -> None:
        if self._timer_call(lambda: self._service.stop_timer(), self.tr("Logged the timer's time.")):
            self._changed(None)

    def discard_timer(self) -> None:
        self._timer_call(self._service.discard_timer, self.tr("Timer discarded; nothing was logged."))

    def _timer_call(self, call: Callable[[], object], message: str) -> bool:
        try:
            call()
        except TandemError as error:
            self.timer_notice.show_message(str(error))
            return False
        self.timer_notice.clear_message()
        self.timer_panel.show_state(self._service.timer())
        self._status(message)
        return True

    # -- showing ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Spans were added elsewhere (an import): show them."""
        self._changed(None)

    def _changed(self, message: str | None) -> None:
        self.model.reload()
        self.list_notice.clear_message()
        self._chart_stale = True
        if self.isVisible():
            self.refresh_chart()
        if message:
            self._status(message)
        self.spans_changed.emit()

    def refresh_chart(self) -> None:
        """Aggregate the last weeks off the GUI thread, then draw (matplotlib loads on the first draw)."""
        self._chart_stale = False
        if self._loading is not None:
            self._loading.cancel()
        span = DateRange.last_weeks(CHART_WEEKS, self._service.today())
        service = self._service

        def load() -> object:
            load_chart_modules()
            return service.balance(span, BinSize.WEEK)

        self._loading = run_in_background(load, self._draw, self._failed)

    def _draw(self, series: object) -> None:
        self._loading = None
        self.chart.show_data(series)

    def _failed(self, error: TandemError) -> None:
        self._loading = None
        self.chart.notice.show_message(str(error))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._chart_stale:
            self._settle.start()

    def prepare_to_lock(self) -> None:
        self._settle.stop()
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        self.timer_panel.stop_ticking()

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _status(self, message: str) -> None:
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(message, 5000)
