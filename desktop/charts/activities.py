"""Time apart by activity: horizontal bars, stacked per partner, largest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from desktop.charts.balance import APART_ALPHA
from desktop.charts.style import ChartStyle, empty_note, legend, new_figure, styled_axes
from desktop.charts.texts import ENGLISH, ChartTexts

if TYPE_CHECKING:
    from desktop.services.balance.records import ActivityTotals

MAX_ACTIVITIES = 10


def activities_figure(
    totals: ActivityTotals, style: ChartStyle, figure: Figure | None = None, texts: ChartTexts = ENGLISH
) -> Figure:
    figure = new_figure(style, figure)
    axes = styled_axes(figure, style, texts.activities_title)
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", color=style.grid, linewidth=0.6)
    names = list(totals.activities[:MAX_ACTIVITIES])
    rows = [list(row[:MAX_ACTIVITIES]) for row in totals.minutes]
    if len(totals.activities) > MAX_ACTIVITIES:
        names.append(texts.other_activities)
        for row, full in zip(rows, totals.minutes, strict=True):
            row.append(sum(full[MAX_ACTIVITIES:]))
    y = list(range(len(names)))
    left = [0.0] * len(names)
    for person, row in zip(totals.people, rows, strict=True):
        hours = [minutes / 60 for minutes in row]
        axes.barh(
            y, hours, 0.7, left=left, color=person.colour or style.accent, alpha=1 - APART_ALPHA / 2, label=person.name
        )
        left = [a + b for a, b in zip(left, hours, strict=True)]
    axes.set_yticks(y, names)
    axes.invert_yaxis()  # the largest on top
    axes.set_xlabel(texts.hours, color=style.text)
    if not names:
        empty_note(axes, style, texts.no_time_apart)
    elif len(totals.people) > 1:
        legend(axes, style)
    return figure
