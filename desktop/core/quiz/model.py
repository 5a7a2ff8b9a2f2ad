"""A quiz as plain, immutable data: what a validated TOML file becomes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ScoringMethod = Literal["mean", "sum"]
SplitSide = Literal["low", "high"]


@dataclass(frozen=True)
class Scale:
    min: int
    max: int
    labels: tuple[str, ...]  # one per point, from min to max

    @property
    def values(self) -> range:
        return range(self.min, self.max + 1)

    def label(self, value: int) -> str:
        return self.labels[value - self.min]

    def reverse(self, value: int) -> int:
        """Reverse keying: the scale mirrored around its midpoint."""
        return self.min + self.max - value


@dataclass(frozen=True)
class Subscale:
    id: str
    label: str
    description: str
    method: ScoringMethod


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    subscale: str
    reverse: bool


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    summary: str
    meaning: str
    tips: tuple[str, ...]
    partner_support: str  # how a partner can help someone with this tendency
    support_prompt: bool  # point gently to support resources when this is the result


@dataclass(frozen=True)
class QuadrantMapping:
    """Two subscales, each split at one point; the four cells name the categories."""

    x: str
    y: str
    split: float
    at_split: SplitSide  # which side a score exactly at the split counts as
    cells: dict[tuple[bool, bool], str]  # (x is high, y is high) -> category id


@dataclass(frozen=True)
class Band:
    category: str
    below: float | None  # None for the last, open-ended band


@dataclass(frozen=True)
class BandMapping:
    """One subscale's score falls in the first band whose `below` it is under (a score at `below` moves on)."""

    subscale: str
    bands: tuple[Band, ...]


Mapping = QuadrantMapping | BandMapping


@dataclass(frozen=True)
class Pairing:
    categories: frozenset[str]  # one id when both partners share a tendency
    text: str


@dataclass(frozen=True)
class Provenance:
    author: str
    licence: str
    validated: bool
    note: str


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    summary: str
    intro: str
    items_per_page: int
    scale: Scale
    subscales: tuple[Subscale, ...]
    items: tuple[Item, ...]
    mapping: Mapping
    categories: tuple[Category, ...]
    pairings: tuple[Pairing, ...]
    provenance: Provenance
    plot_axes: tuple[str, str] | None  # (x subscale, y subscale), or None when there are not two to plot
    source: str  # file name it came from, for messages

    def subscale(self, subscale_id: str) -> Subscale:
        return next(s for s in self.subscales if s.id == subscale_id)

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

    def items_of(self, subscale_id: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.subscale == subscale_id)

    def score_range(self, subscale_id: str) -> tuple[float, float]:
        """The lowest and highest score a subscale can have."""
        if self.subscale(subscale_id).method == "mean":
            return float(self.scale.min), float(self.scale.max)
        count = len(self.items_of(subscale_id))
        return float(count * self.scale.min), float(count * self.scale.max)

    def guides(self) -> list[tuple[str, float]]:
        """(subscale id, score) lines where the categories change, for drawing on a plot."""
        if isinstance(self.mapping, QuadrantMapping):
            return [(self.mapping.x, self.mapping.split), (self.mapping.y, self.mapping.split)]
        return [(self.mapping.subscale, band.below) for band in self.mapping.bands if band.below is not None]

    def pairing(self, first: str, second: str) -> Pairing | None:
        wanted = frozenset((first, second))
        return next((p for p in self.pairings if p.categories == wanted), None)


@dataclass(frozen=True)
class QuizScore:
    scores: dict[str, float]  # subscale id -> score (a mean, or a sum)
    category: str
