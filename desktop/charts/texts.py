"""Every text a chart draws, in one frozen value. `ENGLISH` serves the command line; the GUI builds a translated
one (`desktop/ui/charts/texts.py`). Importing this does not import matplotlib or Qt.

Texts with `{fields}` are formatted by the chart code, so a translation may move the fields around.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WEEK = "week"  # a `BinSize` value; the week label (2026-W31) is ISO's and stays as it is in every language


@dataclass(frozen=True)
class ChartTexts:
    # titles, drawn above the plot
    balance_by_day: str = "Hours together and apart, by day"
    balance_by_week: str = "Hours together and apart, by week"
    balance_by_month: str = "Hours together and apart, by month"
    share_title: str = "Share of logged time together"
    activities_title: str = "Time apart by activity"
    qualities_title: str = "Qualities nurtured and strained in the journal"
    mood_title: str = "Mood"
    heatmap_title: str = "Days with journal entries"
    # axes
    hours: str = "hours"
    share_of_logged_time: str = "% of logged time"
    tags: str = "tags"
    mood_lowest: str = "1 low"
    mood_highest: str = "5 good"
    # legends and bars
    person_together: str = "{name}: together"
    person_apart: str = "{name}: apart"
    target_band: str = "your target, {low}–{high}%"
    recent_average: str = "your recent average"
    together: str = "together"
    nurtured: str = "nurtured"
    strained: str = "strained"
    other_activities: str = "other"  # the activities beyond the largest ten, in one bar
    # notes on an empty chart
    nothing_logged: str = "Nothing logged in this range yet."
    no_time_apart: str = "No time apart logged in this range yet."
    no_qualities: str = "No qualities tagged in this range yet."
    no_moods: str = "No moods recorded in this range yet."
    no_entries: str = "No journal entries in this range yet."
    # dates: Monday first, January first
    weekdays: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    day_label: str = "{weekday} {day} {month}"  # {day} two digits: "Mon 02 Jun"
    month_label: str = "{month} {year}"

    def balance_title(self, size: str) -> str:
        return {"day": self.balance_by_day, "month": self.balance_by_month}.get(size, self.balance_by_week)

    def month_name(self, day: date) -> str:
        return self.months[day.month - 1]

    def month_and_year(self, day: date) -> str:
        return self.month_label.format(month=self.month_name(day), year=day.year)

    def bin_label(self, start: date, size: str) -> str:
        """The label under a bin, as `desktop.core.balance.bins.bin_label` writes it in English."""
        if size == "day":
            return self.day_label.format(
                weekday=self.weekdays[start.weekday()], day=f"{start.day:02d}", month=self.month_name(start)
            )
        if size == WEEK:
            year, week, _ = start.isocalendar()
            return f"{year}-W{week:02d}"
        return self.month_and_year(start)


ENGLISH = ChartTexts()
