"""The six charts by name, as the command line and the Insights page know them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from matplotlib.figure import Figure

from desktop.charts.activities import activities_figure
from desktop.charts.balance import balance_figure, share_figure
from desktop.charts.journal import heatmap_figure, mood_figure, qualities_figure
from desktop.charts.style import ChartStyle
from desktop.charts.texts import ENGLISH, ChartTexts

if TYPE_CHECKING:
    from desktop.services.balance.records import Dashboard

ChartFunction = Callable[[Any, ChartStyle, Figure | None, ChartTexts], Figure]

# kind -> (title, the Dashboard field it draws, the function); the titles name the kinds in code only, never drawn
CHARTS: dict[str, tuple[str, str, ChartFunction]] = {
    "balance": ("Together and apart", "balance", balance_figure),
    "share": ("Balance share", "share", share_figure),
    "activities": ("Apart by activity", "activities", activities_figure),
    "qualities": ("Qualities", "qualities", qualities_figure),
    "mood": ("Mood", "mood", mood_figure),
    "heatmap": ("Journaling", "journal_days", heatmap_figure),
}


def draw(
    kind: str, dashboard: Dashboard, style: ChartStyle, figure: Figure | None = None, texts: ChartTexts = ENGLISH
) -> Figure:
    _title, field, function = CHARTS[kind]
    return function(getattr(dashboard, field), style, figure, texts)
