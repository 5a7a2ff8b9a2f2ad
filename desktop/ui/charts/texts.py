"""The texts drawn inside the charts, in the person's language.

Each is written out as `desktop/charts/texts.py` has it in English, so that `lupdate` finds it;
`tests/ui/test_chart_texts.py` fails when the two differ or a chart text is left out here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.charts.texts import ChartTexts


def chart_texts() -> ChartTexts:
    """Translated now, so build it when drawing: the language is installed after this module is imported."""
    return ChartTexts(
        balance_by_day=QCoreApplication.translate("ChartTexts", "Hours together and apart, by day"),
        balance_by_week=QCoreApplication.translate("ChartTexts", "Hours together and apart, by week"),
        balance_by_month=QCoreApplication.translate("ChartTexts", "Hours together and apart, by month"),
        share_title=QCoreApplication.translate("ChartTexts", "Share of logged time together"),
        activities_title=QCoreApplication.translate("ChartTexts", "Time apart by activity"),
        qualities_title=QCoreApplication.translate("ChartTexts", "Qualities nurtured and strained in the journal"),
        mood_title=QCoreApplication.translate("ChartTexts", "Mood"),
        heatmap_title=QCoreApplication.translate("ChartTexts", "Days with journal entries"),
        hours=QCoreApplication.translate("ChartTexts", "hours"),
        share_of_logged_time=QCoreApplication.translate("ChartTexts", "% of logged time"),
        tags=QCoreApplication.translate("ChartTexts", "tags"),
        mood_lowest=QCoreApplication.translate("ChartTexts", "1 low"),
        mood_highest=QCoreApplication.translate("ChartTexts", "5 good"),
        person_together=QCoreApplication.translate("ChartTexts", "{name}: together"),
        person_apart=QCoreApplication.translate("ChartTexts", "{name}: apart"),
        target_band=QCoreApplication.translate("ChartTexts", "your target, {low}–{high}%"),
        recent_average=QCoreApplication.translate("ChartTexts", "your recent average"),
        together=QCoreApplication.translate("ChartTexts", "together"),
        nurtured=QCoreApplication.translate("ChartTexts", "nurtured"),
        strained=QCoreApplication.translate("ChartTexts", "strained"),
        other_activities=QCoreApplication.translate("ChartTexts", "other"),
        nothing_logged=QCoreApplication.translate("ChartTexts", "Nothing logged in this range yet."),
        no_time_apart=QCoreApplication.translate("ChartTexts", "No time apart logged in this range yet."),
        no_qualities=QCoreApplication.translate("ChartTexts", "No qualities tagged in this range yet."),
        no_moods=QCoreApplication.translate("ChartTexts", "No moods recorded in this range yet."),
        no_entries=QCoreApplication.translate("ChartTexts", "No journal entries in this range yet."),
        weekdays=(
            QCoreApplication.translate("ChartTexts", "Mon"),
            QCoreApplication.translate("ChartTexts", "Tue"),
            QCoreApplication.translate("ChartTexts", "Wed"),
            QCoreApplication.translate("ChartTexts", "Thu"),
            QCoreApplication.translate("ChartTexts", "Fri"),
            QCoreApplication.translate("ChartTexts", "Sat"),
            QCoreApplication.translate("ChartTexts", "Sun"),
        ),
        months=(
            QCoreApplication.translate("ChartTexts", "Jan"),
            QCoreApplication.translate("ChartTexts", "Feb"),
            QCoreApplication.translate("ChartTexts", "Mar"),
            QCoreApplication.translate("ChartTexts", "Apr"),
            QCoreApplication.translate("ChartTexts", "May"),
            QCoreApplication.translate("ChartTexts", "Jun"),
            QCoreApplication.translate("ChartTexts", "Jul"),
            QCoreApplication.translate("ChartTexts", "Aug"),
            QCoreApplication.translate("ChartTexts", "Sep"),
            QCoreApplication.translate("ChartTexts", "Oct"),
            QCoreApplication.translate("ChartTexts", "Nov"),
            QCoreApplication.translate("ChartTexts", "Dec"),
        ),
        day_label=QCoreApplication.translate("ChartTexts", "{weekday} {day} {month}"),
        month_label=QCoreApplication.translate("ChartTexts", "{month} {year}"),
    )
