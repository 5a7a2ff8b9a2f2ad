"""The shared look of every chart. The UI builds a `ChartStyle` from the Qt palette (light or dark);
the command line uses `LIGHT`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from desktop.charts.colours import LIGHT, ChartStyle
from desktop.charts.texts import ChartTexts

__all__ = ["LIGHT", "ChartStyle", "bin_ticks", "empty_note", "labels_for", "legend", "new_figure", "styled_axes"]

MAX_TICK_LABELS = 7  # week labels like 2026-W31 need the room
_ONE_ROW_CHARACTERS = 60  # of legend labels, at 8 pt in a chart 6.4 inches wide


def new_figure(style: ChartStyle, figure: Figure | None = None, size: tuple[float, float] = (6.4, 3.0)) -> Figure:
    """A fresh figure, or `figure` cleared for drawing again."""
    if figure is None:
        figure = Figure(figsize=size, dpi=100, layout="constrained")
    else:
        figure.clear()
    figure.set_facecolor(style.background)
    return figure


def styled_axes(figure: Figure, style: ChartStyle, title: str) -> Axes:
    axes = figure.add_subplot()
    axes.set_facecolor(style.background)
    axes.set_title(title, color=style.text, loc="left", fontsize=11)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(style.grid)
    axes.tick_params(colors=style.muted, labelcolor=style.text, labelsize=8)
    axes.yaxis.label.set_color(style.text)
    axes.grid(axis="y", color=style.grid, linewidth=0.6)
    axes.set_axisbelow(True)
    return axes


def bin_ticks(axes: Axes, labels: Sequence[str]) -> None:
    """Label the bins (0 … n-1) along x, thinned to at most MAX_TICK_LABELS."""
    step = max(1, -(-len(labels) // MAX_TICK_LABELS))
    positions = list(range(0, len(labels), step))
    axes.set_xticks(positions, [labels[i] for i in positions])
    axes.set_xlim(-0.6, max(len(labels), 1) - 0.4)


def empty_note(axes: Axes, style: ChartStyle, text: str) -> None:
    axes.text(0.5, 0.5, text, transform=axes.transAxes, ha="center", va="center", color=style.muted, fontsize=9)


def legend(axes: Axes, style: ChartStyle) -> None:
    """Below the plot, outside it, so that it never hides a bar."""
    handles, labels = axes.get_legend_handles_labels()
    if handles:
        # one row while the names are short; two columns when two people's names would run off the edge
        columns = 4 if sum(len(label) for label in labels) <= _ONE_ROW_CHARACTERS else 2
        axes.figure.legend(
            handles, labels, frameon=False, fontsize=8, labelcolor=style.text, loc="outside lower center",
            ncols=min(len(labels), columns),
        )  # fmt: skip


def labels_for(bins: Sequence[date], size: str, texts: ChartTexts) -> list[str]:
    return [texts.bin_label(start, size) for start in bins]
