"""Each chart function returns a Figure whose plotted data are the data it was given."""

from __future__ import annotations

import locale
import math
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from desktop.charts.activities import activities_figure
from desktop.charts.balance import balance_figure, share_figure
from desktop.charts.export import save_figure
from desktop.charts.journal import heatmap_figure, heatmap_grid, mood_figure, qualities_figure
from desktop.charts.style import LIGHT
from desktop.charts.texts import ENGLISH, ChartTexts
from desktop.core.balance.bins import BinSize, DateRange, bin_label
from desktop.errors import InvalidInput
from desktop.services.balance.records import (
    ActivityTotals,
    BalanceSeries,
    JournalDays,
    MoodSeries,
    Person,
    PersonMinutes,
    QualitySeries,
    ShareSeries,
)

ALEX, SAM = Person("a", "Alex", "#3b7dd8"), Person("s", "Sam", "#d8703b")
WEEKS = (date(2025, 6, 2), date(2025, 6, 9), date(2025, 6, 16))


def heights(figure: Figure, label: str) -> list[float]:
    (axes,) = figure.axes
    (container,) = [c for c in axes.containers if c.get_label() == label]
    return [patch.get_height() for patch in container]


def test_balance_bars_are_hours_per_partner_stacked() -> None:
    series = BalanceSeries(
        DateRange(WEEKS[0], date(2025, 6, 22)), BinSize.WEEK, WEEKS,
        (PersonMinutes(ALEX, (120, 0, 90), (60, 30, 0)), PersonMinutes(SAM, (120, 0, 90), (0, 45, 600))),
    )  # fmt: skip
    figure = balance_figure(series, LIGHT)
    assert heights(figure, "Alex: together") == [2.0, 0.0, 1.5]
    assert heights(figure, "Alex: apart") == [1.0, 0.5, 0.0]
    assert heights(figure, "Sam: apart") == [0.0, 0.75, 10.0]
    (axes,) = figure.axes
    (apart,) = [c for c in axes.containers if c.get_label() == "Sam: apart"]
    assert [patch.get_y() for patch in apart] == [2.0, 0.0, 1.5]  # stacked on top of together
    assert [t.get_text() for t in axes.get_xticklabels()] == ["2025-W23", "2025-W24", "2025-W25"]


@pytest.mark.parametrize("names", [("Alex", "Sam"), ("Demo Alexandra", "Demo Samuel-James")])
def test_the_legend_stays_inside_the_chart(names: tuple[str, str]) -> None:
    colours = ("#3b7dd8", "#d8703b")
    people = [Person(str(i), name, colour) for i, (name, colour) in enumerate(zip(names, colours, strict=True))]
    series = BalanceSeries(
        DateRange(WEEKS[0], date(2025, 6, 22)), BinSize.WEEK, WEEKS,
        tuple(PersonMinutes(person, (120, 0, 90), (60, 30, 0)) for person in people),
    )  # fmt: skip
    figure = balance_figure(series, LIGHT)
    figure.draw_without_rendering()  # lays out the constrained layout and the legend
    (legend,) = figure.legends
    box = legend.get_window_extent()
    assert box.x0 >= 0 and box.x1 <= figure.bbox.width, (box, figure.bbox)


def test_a_figure_is_reused_when_given() -> None:
    series = BalanceSeries(DateRange(WEEKS[0], WEEKS[0]), BinSize.DAY, WEEKS[:1], (PersonMinutes(ALEX, (60,), (0,)),))
    first = balance_figure(series, LIGHT)
    again = balance_figure(series, LIGHT, first)
    assert again is first and len(again.axes) == 1


def test_share_line_baseline_and_band() -> None:
    series = ShareSeries(WEEKS, BinSize.WEEK, (0.5, None, 0.25), (None, 0.5, 0.5), (40, 60))
    figure = share_figure(series, LIGHT)
    (axes,) = figure.axes
    lines = {line.get_label(): list(line.get_ydata()) for line in axes.get_lines()}
    assert lines["together"][0] == 50 and math.isnan(lines["together"][1]) and lines["together"][2] == 25
    assert math.isnan(lines["your recent average"][0]) and lines["your recent average"][1:] == [50, 50]
    (band,) = [patch for patch in axes.patches if patch.get_label() == "your target, 40–60%"]
    assert (band.get_extents().height > 0) and axes.get_ylim() == (0, 100)


def test_share_without_a_band_draws_none() -> None:
    figure = share_figure(ShareSeries(WEEKS, BinSize.WEEK, (0.5, 0.5, 0.5), (None, 0.5, 0.5), None), LIGHT)
    assert not [patch for patch in figure.axes[0].patches if "target" in patch.get_label()]


def test_activities_bars() -> None:
    totals = ActivityTotals(("sport", "friends"), (ALEX, SAM), ((120.0, 0.0), (60.0, 90.0)))
    figure = activities_figure(totals, LIGHT)
    (axes,) = figure.axes
    alex, sam = axes.containers
    assert [p.get_width() for p in alex] == [2.0, 0.0] and [p.get_width() for p in sam] == [1.0, 1.5]
    assert [p.get_x() for p in sam] == [2.0, 0.0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["sport", "friends"]


def test_qualities_bars_go_up_for_nurtured_and_down_for_strained() -> None:
    figure = qualities_figure(QualitySeries(WEEKS, BinSize.WEEK, (3, 0, 1), (1, 2, 0)), LIGHT)
    assert heights(figure, "nurtured") == [3, 0, 1]
    assert heights(figure, "strained") == [-1, -2, 0]


def test_mood_line() -> None:
    figure = mood_figure(MoodSeries(WEEKS, BinSize.WEEK, (4.5, None, 2.0), (2, 0, 1)), LIGHT)
    (line,) = figure.axes[0].get_lines()
    y = list(line.get_ydata())
    assert y[0] == 4.5 and math.isnan(y[1]) and y[2] == 2.0


def test_heatmap_cells_are_entries_per_day() -> None:
    # Wednesday 4 June to Tuesday 10 June 2025: two week columns, Monday first.
    days = JournalDays(DateRange(date(2025, 6, 4), date(2025, 6, 10)), {date(2025, 6, 4): 2, date(2025, 6, 9): 1})
    figure = heatmap_figure(days, LIGHT)
    (image,) = figure.axes[0].get_images()
    grid = image.get_array().astype(float).filled(math.nan)  # NaN cells come back masked
    assert grid.shape == (7, 2)
    assert math.isnan(grid[0][0]) and math.isnan(grid[1][0])  # Mon, Tue before the range
    assert grid[2][0] == 2 and grid[3][0] == 0 and grid[0][1] == 1 and grid[1][1] == 0
    assert math.isnan(grid[2][1])  # Wednesday 11 June is after it
    assert [[None if math.isnan(v) else v for v in row] for row in heatmap_grid(days)] == [
        [None if math.isnan(v) else v for v in row] for row in grid.tolist()
    ]


def test_empty_data_draws_a_calm_note() -> None:
    series = BalanceSeries(DateRange(WEEKS[0], WEEKS[0]), BinSize.DAY, WEEKS[:1], (PersonMinutes(ALEX, (0,), (0,)),))
    texts = [t.get_text() for t in balance_figure(series, LIGHT).axes[0].texts]
    assert texts == ["Nothing logged in this range yet."]


@pytest.mark.parametrize(("name", "magic"), [("chart.png", b"\x89PNG\r\n\x1a\n"), ("chart.SVG", b"<?xml")])
def test_save_as_png_or_svg(tmp_path: Path, name: str, magic: bytes) -> None:
    figure = mood_figure(MoodSeries(WEEKS, BinSize.WEEK, (4.5, None, 2.0), (2, 0, 1)), LIGHT)
    save_figure(figure, tmp_path / name)
    assert (tmp_path / name).read_bytes().startswith(magic)


def test_other_formats_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"\.png or \.svg"):
        save_figure(Figure(), tmp_path / "chart.pdf")


@pytest.fixture
def c_time_locale() -> Iterator[None]:
    """strftime's names as the command line writes them (Qt sets the system locale in a GUI test's process)."""
    before = locale.setlocale(locale.LC_TIME)
    locale.setlocale(locale.LC_TIME, "C")
    yield
    locale.setlocale(locale.LC_TIME, before)


@pytest.mark.parametrize("size", list(BinSize))
def test_english_bin_labels_are_the_core_ones(size: BinSize, c_time_locale: None) -> None:
    days = [date(2024, 12, 20) + timedelta(days=n) for n in range(400)]  # every weekday and month, a leap day
    assert [ENGLISH.bin_label(day, size) for day in days] == [bin_label(day, size) for day in days]
    assert ENGLISH.balance_title(size) == f"Hours together and apart, by {size}"


def test_texts_given_are_the_texts_drawn() -> None:
    texts = ChartTexts(person_together="{name} zusammen", hours="Stunden", months=tuple(f"M{n}" for n in range(1, 13)))
    series = BalanceSeries(
        DateRange(date(2025, 1, 1), date(2025, 12, 31)), BinSize.MONTH, (date(2025, 1, 1), date(2025, 2, 1)),
        (PersonMinutes(ALEX, (60, 0), (0, 30)),),
    )  # fmt: skip
    figure = balance_figure(series, LIGHT, None, texts)
    (axes,) = figure.axes
    assert heights(figure, "Alex zusammen") == [1.0, 0.0]
    assert axes.get_ylabel() == "Stunden"
    assert [t.get_text() for t in axes.get_xticklabels()] == ["M1 2025", "M2 2025"]
