"""Gentle reminders: the dialog driven like a person, the scheduler on a fake clock, and what a reminder may say."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QTimeEdit
from pytestqt.qtbot import QtBot

from desktop.core.reminders import ReminderKind, ReminderPlan
from desktop.services.container import Services
from desktop.services.journal import EntryInput
from desktop.ui.reminders import ReminderPresenter, ReminderScheduler, ReminderSettings, reminder_text
from desktop.ui.reminders_dialog import RemindersDialog

WRITE_TEXT = "A quiet moment for your journal? A few lines are plenty."
NUDGE_TEXT = "Is there an evening this week you two could keep just for each other?"
LEFT = Qt.MouseButton.LeftButton


class FakeClock:
    def __init__(self, now: str) -> None:
        self.now = datetime.fromisoformat(now)

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: str) -> None:
        self.now = datetime.fromisoformat(now)


@pytest.fixture
def ini_path(tmp_path: Path) -> Path:
    return tmp_path / "ui.ini"


@pytest.fixture
def settings(ini_path: Path) -> ReminderSettings:
    return ReminderSettings(QSettings(str(ini_path), QSettings.Format.IniFormat))


def reread(ini_path: Path) -> ReminderSettings:
    return ReminderSettings(QSettings(str(ini_path), QSettings.Format.IniFormat))


def make_scheduler(settings: ReminderSettings, clock: FakeClock) -> tuple[ReminderScheduler, list[tuple[str, str]]]:
    scheduler = ReminderScheduler(settings, clock)
    emitted: list[tuple[str, str]] = []
    scheduler.reminder_due.connect(lambda kind, text: emitted.append((kind, text)))
    return scheduler, emitted


def open_dialog(qtbot: QtBot, settings: ReminderSettings) -> RemindersDialog:
    dialog = RemindersDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_reminders_are_off_by_default_and_never_come(qtbot: QtBot, settings: ReminderSettings, ini_path) -> None:
    clock = FakeClock("2026-03-01 00:00")  # a Sunday: the default nudge day
    scheduler, emitted = make_scheduler(settings, clock)
    scheduler.start()
    for _ in range(8 * 24 * 4):
        scheduler.check_now()
        clock.now += timedelta(minutes=15)
    scheduler.stop()
    assert emitted == []
    assert settings.plan() == ReminderPlan()
    assert not ini_path.exists() or "last_shown" not in ini_path.read_text()


def test_the_dialog_shows_the_defaults_with_their_times_off(qtbot: QtBot, settings: ReminderSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    assert not dialog.write_box.isChecked() and not dialog.nudge_box.isChecked()
    assert not dialog.write_time.isEnabled() and not dialog.nudge_day.isEnabled() and not dialog.nudge_time.isEnabled()
    assert dialog.write_time.time().toString("HH:mm") == "20:00"
    assert dialog.nudge_day.currentText() == "Sunday"
    assert "no journal text" in dialog.note.text()
    for field in dialog.findChildren(QTimeEdit) + dialog.findChildren(QComboBox):
        assert field.accessibleName(), field


def test_turning_on_the_write_reminder_with_the_mouse_saves_it(qtbot: QtBot, settings, ini_path) -> None:
    dialog = open_dialog(qtbot, settings)
    qtbot.mouseClick(dialog.write_box, LEFT)
    assert dialog.write_time.isEnabled() and not dialog.nudge_time.isEnabled()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.write_time
    qtbot.keyClicks(dialog.write_time, "2130")
    with qtbot.waitSignal(dialog.plan_saved) as saved:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    expected = ReminderPlan(write_enabled=True, write_time=time(21, 30))
    assert saved.args == [expected]
    assert reread(ini_path).plan() == expected


def test_the_weekly_nudge_with_the_keyboard_alone(qtbot: QtBot, settings, ini_path) -> None:
    dialog = open_dialog(qtbot, settings)
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.nudge_box.isChecked)  # a mnemonic clicks the box after a short animation
    assert dialog.nudge_day.isEnabled() and dialog.nudge_time.isEnabled()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.nudge_day
    qtbot.keyClicks(dialog.nudge_day, "W")
    assert dialog.nudge_day.currentText() == "Wednesday"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.nudge_time
    qtbot.keyClicks(dialog.nudge_time, "0715")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.nudge_time, Qt.Key.Key_Return)
    assert reread(ini_path).plan() == ReminderPlan(nudge_enabled=True, nudge_weekday=2, nudge_time=time(7, 15))


def test_cancel_saves_nothing(qtbot: QtBot, settings, ini_path) -> None:
    dialog = open_dialog(qtbot, settings)
    qtbot.mouseClick(dialog.write_box, LEFT)
    with qtbot.assertNotEmitted(dialog.plan_saved), qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert reread(ini_path).plan() == ReminderPlan()


def test_the_write_reminder_comes_once_at_its_time_and_again_the_next_day(qtbot: QtBot, settings) -> None:
    settings.save_plan(ReminderPlan(write_enabled=True, write_time=time(20, 0)))
    clock = FakeClock("2026-03-04 19:59")
    scheduler, emitted = make_scheduler(settings, clock)
    scheduler.check_now()
    assert emitted == []
    for moment in ("2026-03-04 20:00", "2026-03-04 20:01", "2026-03-04 23:59", "2026-03-05 19:59"):
        clock.set(moment)
        scheduler.check_now()
    assert emitted == [("write", WRITE_TEXT)]
    assert settings.last_shown(ReminderKind.WRITE) == date(2026, 3, 4)
    clock.set("2026-03-05 20:30")
    scheduler.check_now()
    assert emitted == [("write", WRITE_TEXT)] * 2


def test_the_weekly_nudge_comes_on_its_weekday(qtbot: QtBot, settings) -> None:
    settings.save_plan(ReminderPlan(nudge_enabled=True, nudge_weekday=2, nudge_time=time(19, 0)))
    settings.mark_shown(ReminderKind.NUDGE, date(2026, 3, 1))  # shown the week before
    clock = FakeClock("2026-03-02 00:00")  # a Monday
    scheduler, emitted = make_scheduler(settings, clock)
    seen_at = []
    for _ in range(14 * 24):
        scheduler.check_now()
        if len(emitted) > len(seen_at):
            seen_at.append(clock.now)
        clock.now += timedelta(hours=1)
    assert seen_at == [datetime(2026, 3, 4, 19, 0), datetime(2026, 3, 11, 19, 0)]  # Wednesdays
    assert emitted == [("nudge", NUDGE_TEXT)] * 2


def test_the_timer_wakes_the_scheduler_at_the_reminder_time(qtbot: QtBot, settings) -> None:
    settings.save_plan(ReminderPlan(write_enabled=True, write_time=time(20, 0)))
    clock = FakeClock("2026-03-04 12:00")
    scheduler, emitted = make_scheduler(settings, clock)
    assert scheduler.next_check_ms is None
    scheduler.start()
    assert scheduler.next_check_ms == ReminderScheduler.LONGEST_WAIT_MS
    clock.set("2026-03-04 19:58")
    scheduler.check_now()
    assert scheduler.next_check_ms == 120_001
    clock.set("2026-03-04 19:59:59.900")
    scheduler.check_now()
    assert scheduler.next_check_ms == 1000
    clock.set("2026-03-04 20:00")
    with qtbot.waitSignal(scheduler.reminder_due, timeout=5000) as due:
        pass
    assert due.args == ["write", WRITE_TEXT]
    assert emitted == [("write", WRITE_TEXT)]
    scheduler.stop()
    assert scheduler.next_check_ms is None


def test_a_damaged_settings_file_reads_as_the_defaults(qtbot: QtBot, ini_path) -> None:
    ini_path.write_text(
        "[reminders]\n"
        "write_enabled=maybe\n"
        "write_time=25:99\n"
        "nudge_enabled=\n"
        "nudge_weekday=9\n"
        "nudge_time=18, 00\n"
        "write_last_shown=yesterday\n"
        "nudge_last_shown=@Invalid()\n",
        encoding="utf-8",
    )
    settings = reread(ini_path)
    assert settings.plan() == ReminderPlan()
    assert settings.last_shown(ReminderKind.WRITE) is None and settings.last_shown(ReminderKind.NUDGE) is None
    scheduler, emitted = make_scheduler(settings, FakeClock("2026-03-01 21:00"))
    scheduler.check_now()
    assert emitted == []


def test_a_damaged_time_keeps_the_rest_of_the_plan(qtbot: QtBot, ini_path) -> None:
    ini_path.write_text("[reminders]\nwrite_enabled=true\nwrite_time=half past eight\n", encoding="utf-8")
    assert reread(ini_path).plan() == ReminderPlan(write_enabled=True)


def test_without_a_tray_the_reminder_is_shown_in_the_window_with_its_fixed_text(qtbot: QtBot, settings) -> None:
    settings.save_plan(ReminderPlan(write_enabled=True, nudge_enabled=True))
    shown: list[str] = []
    presenter = ReminderPresenter(shown.append)  # the offscreen platform has no system tray
    assert presenter.tray is None
    scheduler, _ = make_scheduler(settings, FakeClock("2026-03-01 21:00"))  # a Sunday evening: both due
    scheduler.reminder_due.connect(presenter.show_reminder)
    scheduler.check_now()
    assert shown == [WRITE_TEXT, NUDGE_TEXT]
    assert [reminder_text(kind) for kind in ReminderKind] == shown


# Said by the offscreen platform when a tray icon is shown on a desktop that has no tray.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_with_a_tray_its_menu_opens_tandem_or_the_settings(qtbot: QtBot) -> None:
    shown: list[str] = []
    presenter = ReminderPresenter(shown.append, use_tray=True)
    assert presenter.tray is not None and not presenter.tray.isVisible()
    presenter.set_reminders_on(True)
    assert presenter.tray.isVisible()
    assert [action.text() for action in presenter.tray.contextMenu().actions()] == [
        "Open Tandem",
        "Reminder settings…",
    ]
    with qtbot.waitSignal(presenter.open_requested):
        presenter.open_action.trigger()
    with qtbot.waitSignal(presenter.settings_requested):
        presenter.settings_action.trigger()
    presenter.show_reminder("write", WRITE_TEXT)
    assert shown == []  # it went to the tray
    presenter.close()
    assert not presenter.tray.isVisible()


def test_no_journal_text_ever_reaches_a_reminder(qtbot: QtBot, services: Services, settings, ini_path) -> None:
    marker = f"REMINDER-PRIVACY-{uuid.uuid4().hex}"
    services.profiles.create_profile(marker[:20], "#3b7dd8", "a long enough passphrase")
    unlocked = services.profiles.unlock(marker[:20], "a long enough passphrase")
    journal = services.open_journal(unlocked)
    journal.create(EntryInput(written_at=datetime(2026, 3, 1, 20, 15), title=marker, body=f"{marker} secret"))

    settings.save_plan(ReminderPlan(write_enabled=True, nudge_enabled=True))
    shown: list[str] = []
    presenter = ReminderPresenter(shown.append)
    clock = FakeClock("2026-03-01 21:00")
    scheduler, emitted = make_scheduler(settings, clock)
    scheduler.reminder_due.connect(presenter.show_reminder)
    for _ in range(3):  # unlocked, then locked: reminders never depend on a vault
        scheduler.check_now()
        clock.now += timedelta(days=7)
    journal.close()
    unlocked.lock()
    scheduler.check_now()

    assert len(emitted) == 8 and set(shown) == {WRITE_TEXT, NUDGE_TEXT}
    everything_said = " ".join(kind + text for kind, text in emitted) + " ".join(shown)
    assert marker not in everything_said and marker[:20] not in everything_said
    assert marker[:20] not in ini_path.read_text(encoding="utf-8")


def test_from_the_settings_menu_a_reminder_turned_on_shows_in_the_window(qtbot: QtBot, make_window) -> None:
    window = make_window()  # locked: reminders need no open journal
    assert window.statusBar().currentMessage() == ""
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.reminders.dialog is not None and window.reminders.dialog.isVisible())
    dialog = window.reminders.dialog
    qtbot.mouseClick(dialog.write_box, Qt.MouseButton.LeftButton)
    dialog.write_time.setTime(QTime(0, 0))  # already past today, so it is due at once
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == reminder_text(ReminderKind.WRITE))
    assert window.reminders.settings.plan().write_enabled
