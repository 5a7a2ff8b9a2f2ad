"""The dialog where a person turns the gentle reminders on or off and picks their times."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reminders import ReminderPlan
from desktop.ui.reminders import ReminderSettings


class RemindersDialog(QDialog):
    """Shows the saved plan; OK saves the one on screen and emits `plan_saved(ReminderPlan)`."""

    plan_saved = Signal(object)

    def __init__(self, settings: ReminderSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Reminders"))

        self.write_box = QCheckBox(self.tr("Remind me to &write each day at"))
        self.write_time = QTimeEdit()
        self.write_time.setAccessibleName(self.tr("Time of the daily reminder to write"))

        self.nudge_box = QCheckBox(self.tr("A weekly &nudge to plan time together, on"))
        self.nudge_day = QComboBox()
        self.nudge_day.setAccessibleName(self.tr("Day of the weekly nudge"))
        locale = QLocale()
        first = locale.firstDayOfWeek().value - 1  # Qt counts Monday = 1; the plan counts Monday = 0
        for weekday in ((first + offset) % 7 for offset in range(7)):
            self.nudge_day.addItem(locale.dayName(weekday + 1), weekday)
        at_label = QLabel(self.tr("at"))
        self.nudge_time = QTimeEdit()
        self.nudge_time.setAccessibleName(self.tr("Time of the weekly nudge"))
        at_label.setBuddy(self.nudge_time)

        self.note = QLabel(
            self.tr(
                "Reminders appear while Tandem is running, locked or not. Each is one short sentence written "
                "by us: no journal text and no name ever appears in a reminder."
            )
        )
        self.note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.write_box, 0, 0)
        grid.addWidget(self.write_time, 0, 1)
        grid.addWidget(self.nudge_box, 1, 0)
        nudge_when = QHBoxLayout()
        nudge_when.addWidget(self.nudge_day)
        nudge_when.addWidget(at_label)
        nudge_when.addWidget(self.nudge_time)
        grid.addLayout(nudge_when, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        self.write_box.toggled.connect(self.write_time.setEnabled)
        self.nudge_box.toggled.connect(self.nudge_day.setEnabled)
        self.nudge_box.toggled.connect(self.nudge_time.setEnabled)
        self._show_plan(settings.plan())
        self.write_box.setFocus()

    def _show_plan(self, plan: ReminderPlan) -> None:
        self.write_box.setChecked(plan.write_enabled)
        self.write_time.setTime(QTime(plan.write_time.hour, plan.write_time.minute))
        self.nudge_box.setChecked(plan.nudge_enabled)
        self.nudge_day.setCurrentIndex(self.nudge_day.findData(plan.nudge_weekday))
        self.nudge_time.setTime(QTime(plan.nudge_time.hour, plan.nudge_time.minute))
        self.write_time.setEnabled(plan.write_enabled)
        self.nudge_day.setEnabled(plan.nudge_enabled)
        self.nudge_time.setEnabled(plan.nudge_enabled)

    def plan(self) -> ReminderPlan:
        """The plan as it stands on screen."""
        return ReminderPlan(
            write_enabled=self.write_box.isChecked(),
            write_time=self.write_time.time().toPython(),
            nudge_enabled=self.nudge_box.isChecked(),
            nudge_weekday=int(self.nudge_day.currentData()),
            nudge_time=self.nudge_time.time().toPython(),
        )

    def accept(self) -> None:
        plan = self.plan()
        self._settings.save_plan(plan)
        self.plan_saved.emit(plan)
        super().accept()
