"""Saving a chart as PNG or SVG, the format taken from the file's name."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from desktop.errors import InvalidInput, StorageProblem

FORMATS = {".png": "png", ".svg": "svg"}


def check_chart_path(path: Path) -> str:
    """The format for `path`; refuses anything but .png and .svg."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise InvalidInput(f"Charts are saved as .png or .svg; “{path.name}” is neither.")
    return found


def save_figure(figure: Figure, path: Path) -> None:
    chart_format = check_chart_path(path)
    try:
        figure.savefig(path, format=chart_format, dpi=150, facecolor=figure.get_facecolor())
    except OSError as error:
        raise StorageProblem(f"The chart could not be saved to {path}: {error.strerror or error}.") from None
