"""The Balance and Insights pages, driven as a person would: log with the form and the timer, see the charts change."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.balance.service import TIMER_KEY
from desktop.services.container import Services
from desktop.services.settings import VaultSettings
from desktop.ui.balance.page import BalancePage
from desktop.ui.balance.span_model import SpanListModel
from desktop.ui.insights.page import InsightsPage
from desktop.ui.main_window import MainWindow
from tests.helpers import files_containing
from tests.ui.driving import add_profile, unlock


def open_page(qtbot: QtBot, window: MainWindow, key: Qt.Key, page_type: type) -> object:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.shell.pages.currentWidget(), page_type))
    return window.shell.pages.currentWidget()


def open_balance(qtbot: QtBot, window: MainWindow) -> BalancePage:
    page = open_page(qtbot, window, Qt.Key.Key_3, BalancePage)
    assert isinstance(page, BalancePage)
    qtbot.waitUntil(lambda: page.chart.figure is not None, timeout=10_000)
    return page


def bar_hours(page_chart, label: str) -> float:  # type: ignore[no-untyped-def]
    (axes, *_rest) = page_chart.figure.axes
    return sum(patch.get_height() for c in axes.containers if c.get_label() == label for patch in c)


def log_with_form(qtbot: QtBot, page: BalancePage, kind: str, activity: str, minutes: int, note: str = "") -> None:
    form = page.form
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind))
    form.activity_combo.lineEdit().clear()
    qtbot.keyClicks(form.activity_combo.lineEdit(), activity)
    form.minutes_spin.lineEdit().selectAll()
    qtbot.keyClicks(form.minutes_spin, str(minutes))
    if note:
        qtbot.keyClicks(form.note_edit, note)
    with qtbot.waitSignal(page.chart.drawn, timeout=10_000):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)


def test_logging_with_the_form_shows_in_the_list_and_the_chart(qtbot: QtBot, make_window, services: Services) -> None:  # type: ignore[no-untyped-def]
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = open_balance(qtbot, window)
    assert bar_hours(page.chart, "Alex: apart") == 0

    log_with_form(qtbot, page, "apart", "climbing", 90)
    assert bar_hours(page.chart, "Alex: apart") == 1.5
    assert page.model.rowCount() == 1 and page.model.span_at(0).activity == "climbing"
    assert "Logged 90 minutes apart" in window.statusBar().currentMessage()

    # The form is back to its defaults, the hour just past, which overlaps: refused in place, nothing logged.
    qtbot.mouseClick(page.form.submit_button, Qt.MouseButton.LeftButton)
    assert "overlaps Alex’s span: climbing" in page.form.notice.text()
    assert page.model.rowCount() == 1


def test_edit_and_delete_from_the_list(qtbot: QtBot, make_window, services: Services) -> None:  # type: ignore[no-untyped-def]
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = open_balance(qtbot, window)
    log_with_form(qtbot, page, "together", "walk", 30)

    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.form.editing is not None and page.form.submit_button.text() == "Save changes"
    page.form.minutes_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.form.minutes_spin, "120")
    with qtbot.waitSignal(page.chart.drawn, timeout=10_000):
        qtbot.keyClick(page.form.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.model.span_at(0).minutes == 120 and bar_hours(page.chart, "Alex: together") == 2.0

    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.chart.drawn, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0 and bar_hours(page.chart, "Alex: together") == 0


def test_the_timer_keeps_running_across_lock_and_unlock(qtbot: QtBot, make_window, services: Services) -> None:  # type: ignore[no-untyped-def]
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = open_balance(qtbot, window)
    page.form.kind_combo.setCurrentIndex(page.form.kind_combo.findData("apart"))
    qtbot.keyClicks(page.form.activity_combo.lineEdit(), "reading")
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.timer_panel.running and "Running since" in page.timer_panel.status_label.text()

    # Lock, and let an hour and a quarter pass (moved back in the stored state, not waited for).
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.shell is None)
    unlocked = services.profiles.unlock("Alex", "correct horse battery staple")
    state = VaultSettings(unlocked.vault).get(TIMER_KEY)
    started = datetime.fromisoformat(state["started_at"]) - timedelta(minutes=75)
    VaultSettings(unlocked.vault).set(TIMER_KEY, {**state, "started_at": started.isoformat()})
    unlocked.lock()

    unlock(qtbot, window, "Alex")
    page = open_balance(qtbot, window)
    assert page.timer_panel.running and "reading, apart, Alex" in page.timer_panel.status_label.text()
    with qtbot.waitSignal(page.chart.drawn, timeout=10_000):
        qtbot.mouseClick(page.timer_panel.stop_button, Qt.MouseButton.LeftButton)
    assert not page.timer_panel.running
    assert page.model.span_at(0).activity == "reading" and page.model.span_at(0).minutes in (75, 76)
    assert round(bar_hours(page.chart, "Alex: apart"), 2) in (1.25, 1.27)


def test_insights_update_when_time_is_logged_and_charts_save(  # type: ignore[no-untyped-def]
    qtbot: QtBot, make_window, services: Services, tmp_path: Path
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    insights = window.shell.page("Insights")
    assert isinstance(insights, InsightsPage)
    with qtbot.waitSignal(insights.loaded, timeout=10_000):
        open_page(qtbot, window, Qt.Key.Key_4, InsightsPage)
    assert "Nothing logged yet this month." in insights.sentences_label.text()
    assert all(panel.figure is not None for panel in insights.panels.values())

    page = open_balance(qtbot, window)
    log_with_form(qtbot, page, "apart", "choir", 60)
    with qtbot.waitSignal(insights.loaded, timeout=10_000):
        open_page(qtbot, window, Qt.Key.Key_4, InsightsPage)
    assert "Time apart in the last 30 days went most to choir (1.0 h)." in insights.sentences_label.text()
    assert bar_hours(insights.panels["balance"], "Alex: apart") == 1.0
    activities = insights.panels["activities"].figure.axes[0]
    assert [t.get_text() for t in activities.get_yticklabels()] == ["choir"]

    # A target band of their own shows on the share chart.
    insights.band_check.setChecked(True)
    qtbot.waitUntil(
        lambda: insights.dashboard is not None and insights.dashboard.share.band == (40, 60), timeout=10_000
    )
    for name in ("share.svg", "share.png"):
        insights.panels["share"].save_to(tmp_path / name)
    assert (tmp_path / "share.svg").read_bytes().startswith(b"<?xml")
    assert (tmp_path / "share.png").read_bytes().startswith(b"\x89PNG")


def test_span_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, make_window, services: Services) -> None:  # type: ignore[no-untyped-def]
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = open_balance(qtbot, window)
    log_with_form(qtbot, page, "together", "walk", 30)
    model = SpanListModel(window.balance)
    model.reload()
    qtmodeltester.check(model)


def test_a_note_never_reaches_the_disk_in_plain_text(qtbot: QtBot, make_window, services: Services) -> None:  # type: ignore[no-untyped-def]
    marker = "SPAN-NOTE-MARKER-91d2"
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = open_balance(qtbot, window)
    log_with_form(qtbot, page, "apart", "pottery", 45, note=marker)
    window.lock()
    assert files_containing(services.data_dir.root, marker.encode()) == []


def test_matplotlib_loads_only_when_a_chart_is_shown(tmp_path: Path) -> None:
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.services.container import Services
from desktop.store.paths import DataDir
from desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF
app = QApplication(sys.argv)
services = Services.open(DataDir(Path({str(tmp_path)!r})), kdf=FAST_KDF)
services.profiles.create_profile("Alex", "#3b7dd8", "alex passphrase")
window = MainWindow(services)
window.show()
app.processEvents()
loaded = ["matplotlib" in sys.modules]
window.unlock_page.show_profile(services.profiles.find("Alex"))
window.unlock_page.passphrase_edit.setText("alex passphrase")
window.unlock_page.passphrase_edit.returnPressed.emit()
while window.shell is None:
    app.processEvents()
for _ in range(20):
    app.processEvents()
loaded.append("matplotlib" in sys.modules)
window.go_to(2)
balance = window.shell.pages.currentWidget()
while balance.chart.figure is None:
    app.processEvents()
loaded.append("matplotlib" in sys.modules)
window.lock()
print(loaded)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env,
                            cwd=Path(__file__).parents[2])  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[False, False, True]"  # picker, journal, balance chart
