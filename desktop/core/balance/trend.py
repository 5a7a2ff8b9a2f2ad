"""The balance share (time together out of all time logged) and the couple's own baseline.

No ideal ratio is built in: the baseline is the couple's own trailing average and the target band is theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.errors import InvalidInput

BASELINE_BINS = 4


def shares(together: Sequence[float], apart: Sequence[float]) -> tuple[float | None, ...]:
    """Per bin, together / (together + apart), or None for a bin with nothing logged."""
    return tuple(t / (t + a) if t + a > 0 else None for t, a in zip(together, apart, strict=True))


def trailing_baseline(values: Sequence[float | None], window: int = BASELINE_BINS) -> tuple[float | None, ...]:
    """Per bin, the mean of the last `window` earlier bins that have a value (None until there is one)."""
    baseline: list[float | None] = []
    seen: list[float] = []
    for value in values:
        recent = seen[-window:]
        baseline.append(sum(recent) / len(recent) if recent else None)
        if value is not None:
            seen.append(value)
    return tuple(baseline)


def check_band(low: int, high: int) -> None:
    if not 0 <= low < high <= 100:
        raise InvalidInput(
            f"A target band runs from a lower to a higher percentage between 0 and 100, not {low}–{high}."
        )
