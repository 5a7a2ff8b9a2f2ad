"""Scoring against hand-computed cases: reverse keying, mean and sum, and every category boundary."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.quiz import Quiz, answers_from_values, parse_quiz, score_quiz, subscale_scores
from desktop.core.quiz.scoring import parse_answer_list
from desktop.errors import InvalidInput
from desktop.resources import resource
from tests.core.quiz_samples import small_quiz, to_toml


def shipped(name: str) -> Quiz:
    return parse_quiz(resource("quizzes", f"{name}.toml").read_text(encoding="utf-8"), f"{name}.toml")


def small(**mapping: object) -> Quiz:
    data = small_quiz()
    data["mapping"].update(mapping)
    return parse_quiz(to_toml(data), "small.toml")


def keyed(quiz: Quiz, targets: dict[str, list[int]]) -> dict[str, int]:
    """Answers whose keyed values (after reversing) are `targets[subscale]`, in item order."""
    pending = {name: list(values) for name, values in targets.items()}
    answers = {}
    for item in quiz.items:
        value = pending[item.subscale].pop(0)
        answers[item.id] = quiz.scale.reverse(value) if item.reverse else value
    return answers


def test_reverse_keying_is_min_plus_max_minus_x() -> None:
    quiz = small()
    assert [quiz.scale.reverse(x) for x in range(1, 6)] == [5, 4, 3, 2, 1]


def test_mean_and_sum_by_hand() -> None:
    quiz = small()
    # a (mean): a1 = 4, a2 = 2 reversed -> 4; (4 + 4) / 2 = 4.0
    # b (mean): b1 = 5, b2 = 1, b3 = 1 reversed -> 5; (5 + 1 + 5) / 3 = 11/3
    # c (sum): c1 = 5, c2 = 2 reversed -> 4; 5 + 4 = 9
    scores = subscale_scores(quiz, {"a1": 4, "a2": 2, "b1": 5, "b2": 1, "b3": 1, "c1": 5, "c2": 2})
    assert scores == {"a": 4.0, "b": pytest.approx(11 / 3), "c": 9.0}
    # a: (1 + (6 - 5)) / 2 = 1.0; b: (2 + 3 + (6 - 4)) / 3 = 7/3; c: 1 + (6 - 1) = 6
    scores = subscale_scores(quiz, {"a1": 1, "a2": 5, "b1": 2, "b2": 3, "b3": 4, "c1": 1, "c2": 1})
    assert scores == {"a": 1.0, "b": pytest.approx(7 / 3), "c": 6.0}
    # a: (2 + (6 - 1)) / 2 = 3.5; c at its extremes: 2 and 10
    assert subscale_scores(quiz, {"a1": 2, "a2": 1, "b1": 1, "b2": 1, "b3": 5, "c1": 1, "c2": 5}) == {
        "a": 3.5, "b": 1.0, "c": 2.0
    }  # fmt: skip
    assert subscale_scores(quiz, {"a1": 2, "a2": 1, "b1": 1, "b2": 1, "b3": 5, "c1": 5, "c2": 1})["c"] == 10.0
    assert quiz.score_range("c") == (2.0, 10.0) and quiz.score_range("a") == (1.0, 5.0)


def test_attachment_by_hand() -> None:
    quiz = shipped("attachment")
    values = parse_answer_list("1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6")
    # Items alternate anxiety/avoidance; reversed: avo02, anx03, avo05, anx07, avo08, anx09.
    # anxiety: 1 + 3 + (8-5) + 7 + 2 + 4 + (8-6) + 1 + (8-3) + 5 = 33 -> 3.3
    # avoidance: 2 + (8-4) + 6 + 1 + (8-3) + 5 + 7 + (8-2) + 4 + 6 = 46 -> 4.6
    result = score_quiz(quiz, answers_from_values(quiz, values))
    assert result.scores == pytest.approx({"anxiety": 3.3, "avoidance": 4.6})
    assert result.category == "dismissive-avoidant"


def test_interdependence_by_hand() -> None:
    quiz = shipped("interdependence")
    values = parse_answer_list("1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1")
    # Items alternate interdependence/codependent; reversed: int04, cod04, int06, cod08 (scale 1-5: 6 - x).
    # interdependence: 1 + 3 + 5 + (6-2) + 4 + (6-1) + 3 + 5 = 30 -> 3.75
    # codependent: 2 + 4 + 1 + (6-3) + 5 + 2 + 4 + (6-1) = 26 -> 3.25
    result = score_quiz(quiz, answers_from_values(quiz, values))
    assert result.scores == {"interdependence": 3.75, "codependent": 3.25}
    assert result.category == "some-codependent-patterns"


# Each attachment dimension has 10 items: keyed values of nine 4s plus one 3, 4 or 5 give 3.9, 4.0, 4.1.
NEAR = {3.9: [4] * 9 + [3], 4.0: [4] * 10, 4.1: [4] * 9 + [5]}


@pytest.mark.parametrize("avoidance", [3.9, 4.0, 4.1])
@pytest.mark.parametrize("anxiety", [3.9, 4.0, 4.1])
def test_attachment_quadrant_boundaries(anxiety: float, avoidance: float) -> None:
    quiz = shipped("attachment")
    assert quiz.mapping.split == 4.0 and quiz.mapping.at_split == "low"  # type: ignore[union-attr]
    result = score_quiz(quiz, keyed(quiz, {"anxiety": NEAR[anxiety], "avoidance": NEAR[avoidance]}))
    assert result.scores == pytest.approx({"anxiety": anxiety, "avoidance": avoidance})
    expected = {
        (False, False): "secure",
        (False, True): "anxious-preoccupied",
        (True, False): "dismissive-avoidant",
        (True, True): "fearful-avoidant",
    }[(avoidance > 4.0, anxiety > 4.0)]  # exactly 4.0 counts as low
    assert result.category == expected


def test_attachment_extremes() -> None:
    quiz = shipped("attachment")
    assert score_quiz(quiz, keyed(quiz, {"anxiety": [1] * 10, "avoidance": [1] * 10})).category == "secure"
    assert score_quiz(quiz, keyed(quiz, {"anxiety": [7] * 10, "avoidance": [7] * 10})).category == "fearful-avoidant"


# Eight codependent items: keyed sums 19, 20, 21 give 2.375, 2.5, 2.625; 27, 28, 29 give 3.375, 3.5, 3.625.
@pytest.mark.parametrize(
    ("keyed_values", "score", "category"),
    [
        ([2] * 5 + [3] * 3, 2.375, "balanced"),
        ([2] * 4 + [3] * 4, 2.5, "some-codependent-patterns"),
        ([2] * 3 + [3] * 5, 2.625, "some-codependent-patterns"),
        ([3] * 5 + [4] * 3, 3.375, "some-codependent-patterns"),
        ([3] * 4 + [4] * 4, 3.5, "leaning-codependent"),
        ([3] * 3 + [4] * 5, 3.625, "leaning-codependent"),
        ([1] * 8, 1.0, "balanced"),
        ([5] * 8, 5.0, "leaning-codependent"),
    ],
)
def test_interdependence_band_boundaries(keyed_values: list[int], score: float, category: str) -> None:
    quiz = shipped("interdependence")
    result = score_quiz(quiz, keyed(quiz, {"interdependence": [4] * 8, "codependent": keyed_values}))
    assert result.scores == {"interdependence": 4.0, "codependent": score}
    assert result.category == category
    assert quiz.category(category).support_prompt is (category == "leaning-codependent")


C = {"c1": 3, "c2": 3}


@pytest.mark.parametrize(
    ("answers", "at_split", "category"),
    [
        # a = (3 + (6 - 3)) / 2 = 3.0, exactly the split; b = (4 + 4 + (6 - 2)) / 3 = 4.0, high
        ({"a1": 3, "a2": 3, "b1": 4, "b2": 4, "b3": 2}, "high", "both"),
        ({"a1": 3, "a2": 3, "b1": 4, "b2": 4, "b3": 2}, "low", "up"),
        # a = (2 + (6 - 3)) / 2 = 2.5, just below: low either way
        ({"a1": 2, "a2": 3, "b1": 4, "b2": 4, "b3": 2}, "high", "up"),
        # a = (4 + (6 - 3)) / 2 = 3.5, just above: high either way
        ({"a1": 4, "a2": 3, "b1": 4, "b2": 4, "b3": 2}, "low", "both"),
        # both exactly at the split: (3 + 3 + (6 - 3)) / 3 = 3.0
        ({"a1": 3, "a2": 3, "b1": 3, "b2": 3, "b3": 3}, "low", "calm"),
        ({"a1": 3, "a2": 3, "b1": 3, "b2": 3, "b3": 3}, "high", "both"),
        # b just below: (3 + 3 + (6 - 4)) / 3 = 8/3; a just above
        ({"a1": 4, "a2": 3, "b1": 3, "b2": 3, "b3": 4}, "high", "right"),
    ],
)
def test_at_split_decides_exactly_at_the_split(answers: dict[str, int], at_split: str, category: str) -> None:
    quiz = small(at_split=at_split)
    assert score_quiz(quiz, {**answers, **C}).category == category


def test_wrong_count_and_out_of_range_answers_are_refused() -> None:
    quiz = shipped("attachment")
    with pytest.raises(InvalidInput, match="needs 20 answers, not 19"):
        answers_from_values(quiz, [4] * 19)
    with pytest.raises(InvalidInput, match="Answer 3 is 8, but answers go from 1 to 7"):
        score_quiz(quiz, answers_from_values(quiz, [4, 4, 8, *([4] * 17)]))
    with pytest.raises(InvalidInput, match="Answer 1 is 0"):
        score_quiz(quiz, answers_from_values(quiz, [0, *([4] * 19)]))
    with pytest.raises(InvalidInput, match=r"Answer 2 \(“x”\) is not a whole number"):
        parse_answer_list("4,x,4")
    with pytest.raises(InvalidInput, match="has no answer yet"):
        score_quiz(quiz, {})


def test_shipped_quizzes_meet_the_brief() -> None:
    attachment, interdependence = shipped("attachment"), shipped("interdependence")
    for quiz in (attachment, interdependence):
        assert quiz.provenance.validated is False
        assert "not a diagnosis" in quiz.intro
        for subscale in quiz.subscales:
            items = quiz.items_of(subscale.id)
            assert len(items) >= 8 and any(item.reverse for item in items)
    assert (attachment.scale.min, attachment.scale.max, len(attachment.scale.labels)) == (1, 7, 7)
    assert {c.id for c in attachment.categories} == {
        "secure", "anxious-preoccupied", "dismissive-avoidant", "fearful-avoidant"
    }  # fmt: skip
    tips = [
        set(attachment.category(c).tips) for c in ("anxious-preoccupied", "dismissive-avoidant", "fearful-avoidant")
    ]
    assert all(tips) and not (tips[0] & tips[1] or tips[1] & tips[2] or tips[0] & tips[2])
    # every pairing of tendencies has its own text
    ids = [c.id for c in attachment.categories]
    assert all(attachment.pairing(a, b) for a in ids for b in ids)


def test_shipped_files_on_disk_are_the_ones_read(tmp_path: Path) -> None:
    text = resource("quizzes", "attachment.toml").read_text(encoding="utf-8")
    (tmp_path / "copy.toml").write_text(text, encoding="utf-8")
    assert parse_quiz((tmp_path / "copy.toml").read_text(encoding="utf-8"), "copy.toml").id == "attachment"
