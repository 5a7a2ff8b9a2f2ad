"""A malformed quiz file is refused, field by field, with the file, the field and the problem named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desktop.core.quiz import QuizFileError, parse_quiz
from desktop.core.quiz.model import QuadrantMapping
from desktop.core.quiz.support import parse_support
from desktop.errors import TandemError
from desktop.resources import resource
from tests.core.quiz_samples import small_quiz, to_toml

Change = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return change


_DELETE = object()


def _append(key: str, entry: dict[str, Any]) -> Change:
    return lambda data: data[key].append(entry)


def _bands(data: dict[str, Any], bands: list[dict[str, Any]]) -> None:
    data["mapping"] = {"method": "bands", "subscale": "a", "bands": bands}


CASES: list[tuple[str, Change, str, str]] = [
    ("missing title", _set("title", _DELETE), "title", "is missing"),
    ("empty title", _set("title", "  "), "title", "must not be empty"),
    ("title not text", _set("title", 3), "title", "must be text, not 3"),
    ("unknown top-level field", _set("colour", "red"), "colour", "is not a known field"),
    ("schema version", _set("schema_version", 2), "schema_version", "this Tandem reads version 1"),
    ("bad id", _set("id", "My Quiz"), "id", "must be lower-case letters"),
    ("items per page", _set("items_per_page", 0), "items_per_page", "from 1 to 10"),
    ("missing provenance", _set("provenance", _DELETE), "provenance", "is missing"),
    ("validated not bool", _set("provenance.validated", "no"), "provenance.validated", "must be true or false"),
    ("missing licence", _set("provenance.licence", _DELETE), "provenance.licence", "is missing"),
    ("scale min >= max", _set("scale.min", 5), "scale.max", "must be greater than min (5), not 5"),
    ("scale max below min", _set("scale.max", 0), "scale.max", "must be greater than min (1), not 0"),
    ("scale min a float", _set("scale.min", 1.5), "scale.min", "must be a whole number"),
    ("scale min a bool", _set("scale.min", True), "scale.min", "must be a whole number, not true"),
    ("too few labels", _set("scale.labels", ["a", "b"]), "scale.labels", "one label for each of the 5 points"),
    ("label not text", _set("scale.labels", ["a", "b", 3, "d", "e"]), "scale.labels[3]", "non-empty text"),
    ("too many points", _set("scale.max", 20), "scale.max", "at most 11"),
    ("no subscales", _set("subscales", []), "subscales", "at least 1"),
    ("method unknown", _set("subscales.0.method", "median"), "subscales[1].method", "one of 'mean', 'sum'"),
    ("duplicate subscale", _append("subscales", {"id": "a", "label": "A2", "method": "mean"}), "subscales[4].id",
     "used twice"),
    ("subscale without items", _append("subscales", {"id": "d", "label": "D", "method": "mean"}), "subscales",
     "“d” has no items"),
    ("no items", _set("items", []), "items", "at least 1"),
    ("item not a table", _set("items", [1, 2]), "items[1]", "must be a table"),
    ("item missing text", _set("items.1.text", _DELETE), "items[2].text", "is missing"),
    ("reverse not bool", _set("items.0.reverse", "yes"), "items[1].reverse", "must be true or false, not the text"),
    ("reverse missing", _set("items.2.reverse", _DELETE), "items[3].reverse", "is missing"),
    ("item subscale unknown", _set("items.2.subscale", "z"), "items[3].subscale", "“z” is not one of the subscales"),
    ("duplicate item ids", _set("items.1.id", "a1"), "items[2].id", "the item id “a1” is used twice"),
    ("unknown item field", _set("items.0.weight", 2), "items[1].weight", "is not a known field"),
    ("no categories", _set("categories", []), "categories", "at least 1"),
    ("category without tips", _set("categories.0.tips", []), "categories[1].tips", "at least one tip"),
    ("tips not a list", _set("categories.0.tips", "be kind"), "categories[1].tips", "must be an array"),
    ("support_prompt not bool", _set("categories.1.support_prompt", 1), "categories[2].support_prompt",
     "true or false"),
    ("duplicate category", _set("categories.1.id", "calm"), "categories[2].id", "used twice"),
    ("mapping method", _set("mapping.method", "circle"), "mapping.method", "'quadrants', 'bands'"),
    ("mapping unknown dimension", _set("mapping.x", "nope"), "mapping.x", "“nope” is not one of the subscales"),
    ("mapping same axes", _set("mapping.y", "a"), "mapping.y", "different subscale"),
    ("split missing", _set("mapping.split", _DELETE), "mapping.split", "is missing"),
    ("split not a number", _set("mapping.split", "mid"), "mapping.split", "must be a number"),
    ("split out of range", _set("mapping.split", 5.0), "mapping.split", "outside the scores “a” can have"),
    ("at_split unknown", _set("mapping.at_split", "middle"), "mapping.at_split", "'low', 'high'"),
    ("cell unknown category", _set("mapping.high_x_high_y", "nope"), "mapping.high_x_high_y", "not one of the cate"),
    ("cell missing", _set("mapping.low_x_low_y", _DELETE), "mapping.low_x_low_y", "is missing"),
    ("unreachable category", _set("mapping.low_x_low_y", "up"), "categories", "“calm” is never a result"),
    ("bands: unknown subscale", lambda d: _bands(d, [{"category": "calm"}]) or d["mapping"].update(subscale="q"),
     "mapping.subscale", "not one of the subscales"),
    ("bands: too few", lambda d: _bands(d, [{"category": "calm"}]), "mapping.bands", "at least 2"),
    ("bands: middle without below", lambda d: _bands(d, [{"category": "calm"}, {"category": "up"}]),
     "mapping.bands[1].below", "is missing"),
    ("bands: last with below", lambda d: _bands(d, [{"category": "calm", "below": 2}, {"category": "up", "below": 3}]),
     "mapping.bands[2].below", "must be left out of the last band"),
    ("bands: not rising", lambda d: _bands(
        d, [{"category": "calm", "below": 3}, {"category": "up", "below": 2}, {"category": "right"}]
    ), "mapping.bands[2].below", "higher than the band before (3)"),
    ("bands: unknown category", lambda d: _bands(d, [{"category": "calm", "below": 3}, {"category": "zz"}]),
     "mapping.bands[2].category", "“zz” is not one of the categories"),
    ("plot unknown axis", _set("plot", {"x": "a", "y": "zz"}), "plot.y", "not one of the subscales"),
    ("pairing unknown category", _set("pairings", [{"categories": ["calm", "zz"], "text": "t"}]),
     "pairings[1].categories", "“zz” is not one of the categories"),
    ("pairing of three", _set("pairings", [{"categories": ["calm", "up", "both"], "text": "t"}]),
     "pairings[1].categories", "one or two categories, not 3"),
    ("pairing twice", _set("pairings", [{"categories": ["calm", "up"], "text": "t"},
                                        {"categories": ["up", "calm"], "text": "u"}]),
     "pairings[2].categories", "described twice"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "field", "problem"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_field_is_refused_naming_file_field_and_problem(change: Change, field: str, problem: str) -> None:
    data = small_quiz()
    change(data)
    with pytest.raises(QuizFileError) as raised:
        parse_quiz(to_toml(data), "mine.toml")
    error = raised.value
    assert isinstance(error, TandemError)  # so the CLI prints it in one line and exits 2
    assert (error.source, error.field) == ("mine.toml", field), str(error)
    assert problem in error.problem, str(error)
    assert str(error).startswith(f"The quiz file mine.toml, field “{field}”: ")


def test_the_sample_itself_is_valid() -> None:
    quiz = parse_quiz(to_toml(small_quiz()), "mine.toml")
    assert isinstance(quiz.mapping, QuadrantMapping) and quiz.plot_axes == ("a", "b")
    assert quiz.source == "mine.toml" and quiz.items_per_page == 2


def test_not_toml_at_all_names_the_file_and_the_line() -> None:
    with pytest.raises(QuizFileError, match=r"The quiz file broken.toml: is not valid TOML .*line 2"):
        parse_quiz('title = "x"\nthis is not toml\n', "broken.toml")


def test_support_files_are_valid_and_never_invent_numbers_for_the_generic_list() -> None:
    files = [f for f in resource("support").iterdir() if f.name.endswith(".toml")]
    lists = {s.country: s for s in (parse_support(f.read_text(encoding="utf-8"), f.name) for f in files)}
    assert "international" in lists and len(lists) >= 3
    assert all(not r.phone for r in lists["international"].resources)
    with pytest.raises(QuizFileError, match="field “country”"):
        parse_support('country = "Britain"\nname = "x"\n[[resources]]\nname = "a"\ndescription = "b"\n', "x.toml")
