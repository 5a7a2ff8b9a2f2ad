"""Gentle reminders while the app runs: their settings, the scheduler and how they are shown.

Reminders belong to this computer's app, not to a profile: they work locked or unlocked and never open a
vault. A reminder carries only one of the fixed texts below, never anything from a journal or a profile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.core.reminders import ReminderKind, ReminderPlan, due_reminders, next_check_at
from desktop.resources import resource

T = TypeVar("T")

_TEXTS = {
    ReminderKind.WRITE: QT_TRANSLATE_NOOP("Reminders", "A quiet moment for your journal? A few lines are plenty."),
    ReminderKind.NUDGE: QT_TRANSLATE_NOOP(
        "Reminders", "Is there an evening this week you two could keep just for each other?"
    ),
}


def reminder_text(kind: ReminderKind) -> str:
    """The fixed, translated text of a reminder: the only words a reminder ever shows."""
    return QCoreApplication.translate("Reminders", _TEXTS[kind])


class ReminderSettings:
    """The reminder plan and when each reminder was last shown, in the "reminders" group of a QSettings.

    Values are stored as plain text; a missing or damaged value reads as its default, never as an error.
    """

    _GROUP = "reminders"

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def plan(self) -> ReminderPlan:
        default = ReminderPlan()
        return ReminderPlan(
            write_enabled=self._read("write_enabled", _parse_bool, default.write_enabled),
            write_time=self._read("write_time", _parse_time, default.write_time),
            nudge_enabled=self._read("nudge_enabled", _parse_bool, default.nudge_enabled),
            nudge_weekday=self._read("nudge_weekday", _parse_weekday, default.nudge_weekday),
            nudge_time=self._read("nudge_time", _parse_time, default.nudge_time),
        )

    def save_plan(self, plan: ReminderPlan) -> None:
        self._write(
            {
                "write_enabled": _bool_text(plan.write_enabled),
                "write_time": plan.write_time.strftime("%H:%M"),
                "nudge_enabled": _bool_text(plan.nudge_enabled),
                "nudge_weekday": str(plan.nudge_weekday),
                "nudge_time": plan.nudge_time.strftime("%H:%M"),
            }
        )

    def last_shown(self, kind: ReminderKind) -> date | None:
        return self._read(f"{kind.value}_last_shown", date.fromisoformat, None)

    def mark_shown(self, kind: ReminderKind, day: date) -> None:
        self._write({f"{kind.value}_last_shown": day.isoformat()})

    def _read(self, key: str, parse: Callable[[str], T], default: T) -> T:
        value = self._settings.value(f"{self._GROUP}/{key}")
        if not isinstance(value, str):
            return default
        try:
            return parse(value.strip())
        except ValueError:
            return default

    def _write(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            self._settings.setValue(f"{self._GROUP}/{key}", value)
        self._settings.sync()  # a reminder marked shown stays shown if the app is killed a moment later


def _bool_text(value: bool) -> str:
    return "true" if value else "false"


def _parse_bool(text: str) -> bool:
    if text.lower() not in ("true", "false"):
        raise ValueError(text)
    return text.lower() == "true"


def _parse_time(text: str) -> time:
    parsed = time.fromisoformat(text)
    if parsed.tzinfo is not None:
        raise ValueError(text)
    return parsed


def _parse_weekday(text: str) -> int:
    weekday = int(text)
    if not 0 <= weekday <= 6:
        raise ValueError(text)
    return weekday


class ReminderScheduler(QObject):
    """Emits `reminder_due(kind, text)` once for each reminder that falls due, and records it as shown.

    It reads the plan from the settings at every check, so a saved change takes effect at the next one;
    call `check_now()` after saving for it to take effect at once.
    """

    reminder_due = Signal(str, str)

    # Checks at least this often, so a clock changed or a computer woken from sleep is noticed soon.
    LONGEST_WAIT_MS = 5 * 60 * 1000

    def __init__(
        self,
        settings: ReminderSettings,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)

    @property
    def next_check_ms(self) -> int | None:
        """How long the scheduler waits before its next check (None when stopped)."""
        return self._timer.interval() if self._running else None

    def start(self) -> None:
        self._running = True
        self.check_now()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def check_now(self) -> None:
        now = self._clock()
        plan = self._settings.plan()
        last_shown = {kind: self._settings.last_shown(kind) for kind in ReminderKind}
        for kind in due_reminders(plan, now, last_shown):
            self._settings.mark_shown(kind, now.date())  # before emitting, so a slot that checks again sees it
            self.reminder_due.emit(kind.value, reminder_text(kind))
        if self._running:
            self._timer.start(self._wait_ms(plan, now))

    def _wait_ms(self, plan: ReminderPlan, now: datetime) -> int:
        upcoming = next_check_at(plan, now)
        if upcoming is None:
            return self.LONGEST_WAIT_MS
        wait_ms = int((upcoming - now).total_seconds() * 1000) + 1  # a moment after, never a moment before
        return max(1000, min(wait_ms, self.LONGEST_WAIT_MS))


class ReminderPresenter(QObject):
    """Shows a reminder as a notification from a tray icon where the desktop has a tray, else in the window.

    `show_in_window(text)` is the caller's way to show it inside the main window (a status message or a banner).
    """

    open_requested = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        show_in_window: Callable[[str], None],
        parent: QObject | None = None,
        *,
        use_tray: bool | None = None,
    ) -> None:
        """`use_tray` None asks Qt whether the desktop has a system tray."""
        super().__init__(parent)
        self._show_in_window = show_in_window
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = self._build_tray() if use_tray else None

    def _build_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(QIcon(str(resource("icons", "tandem.svg"))), self)
        tray.setToolTip(self.tr("Tandem"))
        self._menu = QMenu()  # a QMenu needs a widget parent or none; this object keeps it alive
        self.open_action = self._menu.addAction(self.tr("Open Tandem"))
        self.open_action.triggered.connect(self.open_requested)
        self.settings_action = self._menu.addAction(self.tr("Reminder settings…"))
        self.settings_action.triggered.connect(self.settings_requested)
        tray.setContextMenu(self._menu)
        tray.messageClicked.connect(self.open_requested)
        tray.activated.connect(self._on_activated)
        return tray

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def set_reminders_on(self, on: bool) -> None:
        """Shows the tray icon while any reminder is on, and hides it when none is."""
        if self.tray is not None:
            self.tray.setVisible(on)

    def show_reminder(self, kind: str, text: str) -> None:
        """Slot for `ReminderScheduler.reminder_due`."""
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.show()
            self.tray.showMessage(self.tr("Tandem"), text, self.tray.icon(), 20_000)
        else:
            self._show_in_window(text)

    def close(self) -> None:
        """Takes the tray icon away; call on quit."""
        if self.tray is not None:
            self.tray.hide()
