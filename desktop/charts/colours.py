"""The colours of a chart, as plain hex strings; importing this does not import matplotlib."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChartStyle:
    background: str
    text: str
    muted: str  # secondary text, baselines
    grid: str
    accent: str  # together, nurtured, the heat map's full colour
    second: str  # strained, the mood line
    band: str  # the target band's fill


LIGHT = ChartStyle(
    background="#ffffff", text="#1f2328", muted="#6e7781", grid="#d0d7de", accent="#3b7dd8", second="#a05fb8",
    band="#3b7dd8",
)  # fmt: skip
