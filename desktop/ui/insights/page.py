"""A dashboard of the six charts with a range picker and a few sentences computed from the data.

The data for a range comes from one background call (SQL aggregation over both vaults); drawing
happens on the GUI thread into canvases that are kept and reused.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.charts import KINDS
from desktop.core.balance.bins import DateRange
from desktop.errors import TandemError
from desktop.services.balance import BalanceService, Dashboard
from desktop.ui.charts.loading import load_chart_modules
from desktop.ui.charts.panel import ChartPanel
from desktop.ui.insights.sentences import insight_sentences
from desktop.ui.widgets import BusyBar, Notice, heading, hint

TITLES = {
    "balance": QT_TRANSLATE_NOOP("InsightsPage", "Together and apart"),
    "share": QT_TRANSLATE_NOOP("InsightsPage", "Balance share"),
    "activities": QT_TRANSLATE_NOOP("InsightsPage", "Apart, by activity"),
    "qualities": QT_TRANSLATE_NOOP("InsightsPage", "Qualities in the journal"),
    "mood": QT_TRANSLATE_NOOP("InsightsPage", "Mood"),
    "heatmap": QT_TRANSLATE_NOOP("InsightsPage", "Journaling days"),
}
SETTLE_MS = 250  # a page flicked past (Ctrl+Down through the sections) is not loaded or drawn
RANGES = (
    (QT_TRANSLATE_NOOP("InsightsPage", "Last 4 weeks"), 28),
    (QT_TRANSLATE_NOOP("InsightsPage", "Last 3 months"), 91),
    (QT_TRANSLATE_NOOP("InsightsPage", "Last year"), 365),
    (QT_TRANSLATE_NOOP("InsightsPage", "All time"), 0),
)
DEFAULT_BAND = (40, 60)


class InsightsPage(QWidget):
    loaded = Signal()

    def __init__(self, service: BalanceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._loading = None
        self.dashboard: Dashboard | None = None
        self._to_draw: list[str] = []
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(lambda: self.reload() if self.isVisible() else None)

        self.range_combo = QComboBox()
        self.range_combo.setAccessibleName(self.tr("Range"))
        for label, days in RANGES:
            self.range_combo.addItem(self.tr(label), days)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh_action = QAction(self.tr("&Refresh Insights"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setStatusTip(self.tr("Read the data again and redraw the charts"))
        self.refresh_action.triggered.connect(lambda _checked=False: self.reload())
        self.addAction(self.refresh_action)

        self.band_check = QCheckBox(self.tr("Show our target band:"))
        self.band_check.setStatusTip(
            self.tr("A share of time together you choose for yourselves; there is no right ratio")
        )
        self.band_low = QSpinBox()
        self.band_high = QSpinBox()
        for spin, name in ((self.band_low, self.tr("Target from")), (self.band_high, self.tr("Target to"))):
            spin.setRange(0, 100)
            spin.setSuffix(self.tr(" %"))
            spin.setAccessibleName(name)
        band = service.target_band()
        self.band_check.setChecked(band is not None)
        self.band_low.setValue((band or DEFAULT_BAND)[0])
        self.band_high.setValue((band or DEFAULT_BAND)[1])
        self.band_check.toggled.connect(lambda _on: self._band_changed())
        self.band_low.editingFinished.connect(self._band_changed)
        self.band_high.editingFinished.connect(self._band_changed)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Show")))
        controls.addWidget(self.range_combo)
        controls.addSpacing(24)
        controls.addWidget(self.band_check)
        controls.addWidget(self.band_low)
        controls.addWidget(QLabel(self.tr("to")))
        controls.addWidget(self.band_high)
        controls.addStretch(1)

        self.sentences_label = QLabel()
        self.sentences_label.setWordWrap(True)
        self.sentences_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sentences_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = BusyBar()
        self.notice = Notice()

        self.panels = {kind: ChartPanel(kind, self.tr(TITLES[kind])) for kind in KINDS}
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, kind in enumerate(KINDS):
            grid.addWidget(self.panels[kind], i // 2, i % 2)
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.sentences_label)
        charts_layout.addSpacing(6)
        charts_layout.addLayout(grid)
        charts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(charts)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Insights"), 1.4))
        layout.addWidget(hint(self.tr("What your logs and journal show over time. They describe; they don't judge.")))
        layout.addLayout(controls)
        layout.addWidget(self.busy)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)

    def reload(self) -> None:
        """Aggregate the chosen range off the GUI thread, then redraw every chart."""
        from desktop.ui.workers import run_in_background

        if self._loading is not None:
            self._loading.cancel()
        days = int(self.range_combo.currentData())
        service = self._service

        def load() -> Dashboard:
            load_chart_modules()
            today = service.today()
            first = today - timedelta(days=days - 1) if days else (service.first_day() or today - timedelta(days=27))
            return service.dashboard(DateRange(min(first, today), today))

        self.busy.set_busy(True)
        self._loading = run_in_background(load, self._show, self._failed)

    def _show(self, dashboard: Dashboard) -> None:
        self._loading = None
        self.busy.set_busy(False)
        self.notice.clear_message()
        self.dashboard = dashboard
        self.sentences_label.setText("\n".join(f"•  {sentence}" for sentence in insight_sentences(dashboard.insights)))
        self._to_draw = list(self.panels)
        self._draw_next()

    def _draw_next(self) -> None:
        """One chart per turn of the event loop, so that input is handled between them."""
        from desktop.charts.kinds import CHARTS

        if self.dashboard is None or not self._to_draw:
            return
        kind = self._to_draw.pop(0)
        self.panels[kind].show_data(getattr(self.dashboard, CHARTS[kind][1]))
        if self._to_draw:
            QTimer.singleShot(0, self._draw_next)
        else:
            self.loaded.emit()

    def _failed(self, error: TandemError) -> None:
        self._loading = None
        self.busy.set_busy(False)
        self.notice.show_message(str(error))

    def _band_changed(self) -> None:
        band = (self.band_low.value(), self.band_high.value()) if self.band_check.isChecked() else None
        try:
            self._service.set_target_band(band)
        except TandemError as error:
            self.notice.show_message(str(error))
            return
        self.notice.clear_message()
        if self.dashboard is not None:
            self.reload()

    def mark_stale(self) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._settle.start()  # then reload: journal entries or spans may have changed since it was last shown

    def prepare_to_lock(self) -> None:
        self._settle.stop()
        self._to_draw = []
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
