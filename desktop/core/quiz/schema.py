"""Check a quiz file against the schema (resources/quizzes/SCHEMA.md) and build a `Quiz`.

Everything is checked before anything is used, so a bad file is refused whole, with a message
that names the file, the field and the problem.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.quiz.fields import Table, parse_toml
from desktop.core.quiz.model import (
    Band,
    BandMapping,
    Category,
    Item,
    Mapping,
    Pairing,
    Provenance,
    QuadrantMapping,
    Quiz,
    Scale,
    Subscale,
)

SCHEMA_VERSION = 1
MAX_SCALE_POINTS = 11
QUADRANT_CELLS = {
    "low_x_low_y": (False, False),
    "low_x_high_y": (False, True),
    "high_x_low_y": (True, False),
    "high_x_high_y": (True, True),
}


def parse_quiz(text: str, source: str) -> Quiz:
    """The quiz in `text` (TOML); `source` names the file in messages. Raises `QuizFileError`."""
    top = Table(parse_toml(text, source), "", source)
    top.only(
        "schema_version", "id", "title", "summary", "intro", "items_per_page", "provenance", "scale", "subscales",
        "items", "mapping", "plot", "categories", "pairings",
    )  # fmt: skip
    version = top.integer("schema_version")
    if version != SCHEMA_VERSION:
        top.fail("schema_version", f"is {version}, but this Tandem reads version {SCHEMA_VERSION}.")
    items_per_page = top.integer("items_per_page", required=False, default=4)
    if not 1 <= items_per_page <= 10:
        top.fail("items_per_page", f"must be from 1 to 10, not {items_per_page}.")

    scale = _scale(top.table("scale"))
    subscales = _unique(top.tables("subscales"), _subscale, "subscale")
    known_subscales = {s.id for s in subscales}
    items = _unique(top.tables("items"), lambda t: _item(t, known_subscales), "item")
    for subscale in subscales:
        if not any(item.subscale == subscale.id for item in items):
            top.fail("subscales", f"subscale “{subscale.id}” has no items.")
    categories = _unique(top.tables("categories"), _category, "category")
    known_categories = {c.id for c in categories}

    quiz = Quiz(
        id=top.identifier("id"),
        title=top.text("title"),
        summary=top.text("summary"),
        intro=top.text("intro"),
        items_per_page=items_per_page,
        scale=scale,
        subscales=tuple(subscales),
        items=tuple(items),
        mapping=BandMapping("", ()),  # replaced below, once score ranges can be asked of the quiz
        categories=tuple(categories),
        pairings=tuple(_pairings(top, known_categories)),
        provenance=_provenance(top.table("provenance")),
        plot_axes=None,
        source=source,
    )
    mapping = _mapping(top.table("mapping"), quiz, known_categories)
    unused = known_categories - _categories_named(mapping)
    if unused:
        top.fail("categories", f"“{sorted(unused)[0]}” is never a result: the mapping does not name it.")
    return replace(quiz, mapping=mapping, plot_axes=_plot_axes(top, mapping, known_subscales))


def _unique(tables: list[Table], build, what: str) -> list:
    built, seen = [], set()
    for table in tables:
        thing = build(table)
        if thing.id in seen:
            table.fail("id", f"the {what} id “{thing.id}” is used twice.")
        seen.add(thing.id)
        built.append(thing)
    return built


def _scale(table: Table) -> Scale:
    table.only("min", "max", "labels")
    low, high = table.integer("min"), table.integer("max")
    if low >= high:
        table.fail("max", f"must be greater than min ({low}), not {high}.")
    points = high - low + 1
    if points > MAX_SCALE_POINTS:
        table.fail("max", f"the scale has {points} points; at most {MAX_SCALE_POINTS} are allowed.")
    labels = table.texts("labels")
    if len(labels) != points:
        table.fail(
            "labels", f"needs one label for each of the {points} points from {low} to {high}, not {len(labels)}."
        )
    return Scale(low, high, labels)


def _subscale(table: Table) -> Subscale:
    table.only("id", "label", "description", "method")
    return Subscale(
        id=table.identifier("id"),
        label=table.text("label"),
        description=table.text("description", required=False),
        method=table.choice("method", ("mean", "sum")),  # type: ignore[arg-type]
    )


def _item(table: Table, subscales: set[str]) -> Item:
    table.only("id", "text", "subscale", "reverse")
    subscale = table.text("subscale")
    if subscale not in subscales:
        table.fail("subscale", f"“{subscale}” is not one of the subscales ({', '.join(sorted(subscales))}).")
    return Item(table.identifier("id"), table.text("text"), subscale, table.boolean("reverse"))


def _category(table: Table) -> Category:
    table.only("id", "title", "summary", "meaning", "tips", "partner_support", "support_prompt")
    tips = table.texts("tips")
    if not tips:
        table.fail("tips", "needs at least one tip.")
    return Category(
        id=table.identifier("id"),
        title=table.text("title"),
        summary=table.text("summary"),
        meaning=table.text("meaning"),
        tips=tips,
        partner_support=table.text("partner_support"),
        support_prompt=table.boolean("support_prompt", required=False, default=False),
    )


def _provenance(table: Table) -> Provenance:
    table.only("author", "licence", "validated", "note")
    return Provenance(
        author=table.text("author"),
        licence=table.text("licence"),
        validated=table.boolean("validated"),
        note=table.text("note", required=False),
    )


def _known(table: Table, key: str, known: set[str], what: str) -> str:
    value = table.text(key)
    if value not in known:
        table.fail(key, f"“{value}” is not one of the {what} ({', '.join(sorted(known))}).")
    return value


def _within(table: Table, key: str, value: float, quiz: Quiz, subscale: str) -> None:
    low, high = quiz.score_range(subscale)
    if not low < value < high:
        table.fail(key, f"{value:g} lies outside the scores “{subscale}” can have (between {low:g} and {high:g}).")


def _mapping(table: Table, quiz: Quiz, categories: set[str]) -> Mapping:
    subscales = {s.id for s in quiz.subscales}
    method = table.choice("method", ("quadrants", "bands"))
    if method == "quadrants":
        table.only("method", "x", "y", "split", "at_split", *QUADRANT_CELLS)
        x, y = _known(table, "x", subscales, "subscales"), _known(table, "y", subscales, "subscales")
        if x == y:
            table.fail("y", "must be a different subscale from x.")
        split = table.number("split")
        assert split is not None
        _within(table, "split", split, quiz, x)
        _within(table, "split", split, quiz, y)
        cells = {cell: _known(table, key, categories, "categories") for key, cell in QUADRANT_CELLS.items()}
        at_split = table.choice("at_split", ("low", "high"))
        return QuadrantMapping(x, y, split, at_split, cells)  # type: ignore[arg-type]

    table.only("method", "subscale", "bands")
    subscale = _known(table, "subscale", subscales, "subscales")
    bands: list[Band] = []
    rows = table.tables("bands", at_least=2)
    for index, row in enumerate(rows):
        row.only("category", "below")
        category = _known(row, "category", categories, "categories")
        last = index == len(rows) - 1
        below = row.number("below", required=not last)
        if last and below is not None:
            row.fail("below", "must be left out of the last band, which holds every higher score.")
        if below is not None:
            _within(row, "below", below, quiz, subscale)
            if bands and bands[-1].below is not None and below <= bands[-1].below:
                row.fail("below", f"must be higher than the band before ({bands[-1].below:g}), not {below:g}.")
        bands.append(Band(category, below))
    return BandMapping(subscale, tuple(bands))


def _categories_named(mapping: Mapping) -> set[str]:
    if isinstance(mapping, QuadrantMapping):
        return set(mapping.cells.values())
    return {band.category for band in mapping.bands}


def _plot_axes(top: Table, mapping: Mapping, subscales: set[str]) -> tuple[str, str] | None:
    if "plot" not in top.data:
        return (mapping.x, mapping.y) if isinstance(mapping, QuadrantMapping) else None
    plot = top.table("plot")
    plot.only("x", "y")
    x, y = _known(plot, "x", subscales, "subscales"), _known(plot, "y", subscales, "subscales")
    if x == y:
        plot.fail("y", "must be a different subscale from x.")
    return x, y


def _pairings(top: Table, categories: set[str]) -> list[Pairing]:
    found: list[Pairing] = []
    for table in top.tables("pairings", required=False):
        table.only("categories", "text")
        named = table.texts("categories")
        if not 1 <= len(named) <= 2:
            table.fail("categories", f"names one or two categories, not {len(named)}.")
        for name in named:
            if name not in categories:
                table.fail("categories", f"“{name}” is not one of the categories ({', '.join(sorted(categories))}).")
        pair = frozenset(named)
        if any(p.categories == pair for p in found):
            table.fail("categories", f"the pairing {' + '.join(named)} is described twice.")
        found.append(Pairing(pair, table.text("text")))
    return found
