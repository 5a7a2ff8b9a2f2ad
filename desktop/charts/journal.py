"""The journal over time: qualities nurtured and strained, mood, and a calendar heat map of writing."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import TYPE_CHECKING

from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure

from desktop.charts.style import ChartStyle, bin_ticks, empty_note, labels_for, legend, new_figure, styled_axes
from desktop.charts.texts import ENGLISH, ChartTexts

if TYPE_CHECKING:
    from desktop.services.balance.records import JournalDays, MoodSeries, QualitySeries

LABELLED_WEEKDAYS = (0, 2, 4, 6)  # Mon, Wed, Fri, Sun: every other row, so that the labels have room


def qualities_figure(
    series: QualitySeries, style: ChartStyle, figure: Figure | None = None, texts: ChartTexts = ENGLISH
) -> Figure:
    """Tags per bin: nurtured above the line, strained below it."""
    figure = new_figure(style, figure)
    axes = styled_axes(figure, style, texts.qualities_title)
    x = list(range(len(series.bins)))
    axes.bar(x, list(series.nurtured), 0.75, color=style.accent, label=texts.nurtured)
    axes.bar(x, [-count for count in series.strained], 0.75, color=style.second, label=texts.strained)
    axes.axhline(0, color=style.grid, linewidth=0.8)
    axes.set_ylabel(texts.tags)
    bin_ticks(axes, labels_for(series.bins, series.size, texts))
    if not any(series.nurtured) and not any(series.strained):
        empty_note(axes, style, texts.no_qualities)
    legend(axes, style)
    return figure


def mood_figure(
    series: MoodSeries, style: ChartStyle, figure: Figure | None = None, texts: ChartTexts = ENGLISH
) -> Figure:
    """The mean mood (1–5) per bin; bins without a mood leave a gap."""
    figure = new_figure(style, figure)
    axes = styled_axes(figure, style, texts.mood_title)
    x = list(range(len(series.bins)))
    mean = [math.nan if value is None else value for value in series.mean]
    axes.plot(x, mean, color=style.second, marker="o", markersize=3.5, linewidth=1.8)
    axes.set_ylim(0.8, 5.2)
    axes.set_yticks([1, 2, 3, 4, 5], [texts.mood_lowest, "2", "3", "4", texts.mood_highest])
    bin_ticks(axes, labels_for(series.bins, series.size, texts))
    if all(value is None for value in series.mean):
        empty_note(axes, style, texts.no_moods)
    return figure


def heatmap_grid(days: JournalDays) -> list[list[float]]:
    """7 rows (Monday first) by one column per week; entries per day, NaN outside the range."""
    monday = days.span.first - timedelta(days=days.span.first.weekday())
    weeks = (days.span.last - monday).days // 7 + 1
    grid = [[math.nan] * weeks for _ in range(7)]
    day = days.span.first
    while day <= days.span.last:
        grid[day.weekday()][(day - monday).days // 7] = float(days.entries.get(day, 0))
        day += timedelta(days=1)
    return grid


def heatmap_figure(
    days: JournalDays, style: ChartStyle, figure: Figure | None = None, texts: ChartTexts = ENGLISH
) -> Figure:
    """A calendar of journaling: one cell per day, darker for more entries."""
    figure = new_figure(style, figure)
    axes = styled_axes(figure, style, texts.heatmap_title)
    axes.grid(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_visible(False)
    grid = heatmap_grid(days)
    colours = LinearSegmentedColormap.from_list("journal", [style.grid, style.accent]).with_extremes(
        bad=style.background
    )
    highest = max((value for row in grid for value in row if not math.isnan(value)), default=0.0)
    axes.imshow(grid, aspect="auto", cmap=colours, vmin=0, vmax=max(highest, 1.0), interpolation="nearest")
    axes.set_yticks(range(7), [texts.weekdays[day] if day in LABELLED_WEEKDAYS else "" for day in range(7)])
    monday = days.span.first - timedelta(days=days.span.first.weekday())
    starts = [monday + timedelta(weeks=col) for col in range(len(grid[0]))]
    firsts = [col for col in range(len(starts)) if col == 0 or starts[col].month != starts[col - 1].month]
    firsts = [col for i, col in enumerate(firsts) if i == len(firsts) - 1 or firsts[i + 1] - col >= 3]  # no overlap
    step = max(1, -(-len(firsts) // 8))
    shown = firsts[::step]
    axes.set_xticks(
        shown,
        [
            texts.month_and_year(starts[col]) if i == 0 or starts[col].month == 1 else texts.month_name(starts[col])
            for i, col in enumerate(shown)
        ],
    )
    axes.tick_params(length=0)
    if not days.entries:
        empty_note(axes, style, texts.no_entries)
    return figure
