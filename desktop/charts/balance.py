"""Time together and apart: weekly (or daily, monthly) hours per partner, and the balance share over time."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from desktop.charts.style import ChartStyle, bin_ticks, empty_note, labels_for, legend, new_figure, styled_axes
from desktop.charts.texts import ENGLISH, ChartTexts

if TYPE_CHECKING:
    from desktop.services.balance.records import BalanceSeries, ShareSeries

APART_ALPHA = 0.4


def balance_figure(
    series: BalanceSeries, style: ChartStyle, figure: Figure | None = None, texts: ChartTexts = ENGLISH
) -> Figure:
    """Stacked bars per bin and partner: hours together (solid) under hours apart (light), side by side."""
    figure = new_figure(style, figure)
    axes = styled_axes(figure, style, texts.balance_title(series.size))
    count = max(len(series.people), 1)
    width = 0.8 / count
    for i, person in enumerate(series.people):
        positions = [x + (i - (count - 1) / 2) * width for x in range(len(series.bins))]
        together = [minutes / 60 for minutes in person.together]
        apart = [minutes / 60 for minutes in person.apart]
        colour = person.person.colour or style.accent
        name = person.person.name
        axes.bar(positions, together, width * 0.92, color=colour, label=texts.person_together.format(name=name))
        axes.bar(
            positions, apart, width * 0.92, bottom=together, color=colour, alpha=APART_ALPHA,
            label=texts.person_apart.format(name=name),
        )  # fmt: skip
    bin_ticks(axes, labels_for(series.bins, series.size, texts))
    axes.set_ylabel(texts.hours)
    if not any(any(p.together) or any(p.apart) for p in series.people):
        empty_note(axes, style, texts.nothing_logged)
    legend(axes, style)
    return figure


def share_figure(
    series: ShareSeries, style: ChartStyle, figure: Figure | None = None, texts: ChartTexts = ENGLISH
) -> Figure:
    """The share of logged time spent together, the couple's own trailing average, and their target band."""
    figure = new_figure(style, figure)
    axes = styled_axes(figure, style, texts.share_title)
    x = list(range(len(series.bins)))
    if series.band is not None:
        low, high = series.band
        band_label = texts.target_band.format(low=low, high=high)
        axes.axhspan(low, high, color=style.band, alpha=0.16, linewidth=0, label=band_label)
    share = [math.nan if value is None else value * 100 for value in series.share]
    baseline = [math.nan if value is None else value * 100 for value in series.baseline]
    axes.plot(x, baseline, color=style.muted, linestyle="--", linewidth=1.2, label=texts.recent_average)
    axes.plot(x, share, color=style.accent, marker="o", markersize=3.5, linewidth=1.8, label=texts.together)
    axes.set_ylim(0, 100)
    axes.set_ylabel(texts.share_of_logged_time)
    bin_ticks(axes, labels_for(series.bins, series.size, texts))
    if all(value is None for value in series.share):
        empty_note(axes, style, texts.nothing_logged)
    legend(axes, style)
    return figure
