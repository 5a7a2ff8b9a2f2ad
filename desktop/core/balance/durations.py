"""How a length of time is written: "55 min", "4.4 h", "12 h"."""

from __future__ import annotations


def duration(minutes: float) -> str:
    if minutes < 60:
        return f"{round(minutes)} min"
    hours = minutes / 60
    return f"{hours:.1f} h" if hours < 10 else f"{round(hours)} h"
