"""Scoring answers: reverse keying, a mean or sum per subscale, then the category the scores fall in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.core.quiz.model import BandMapping, QuadrantMapping, Quiz, QuizScore
from desktop.errors import InvalidInput


def answers_from_values(quiz: Quiz, values: Sequence[int]) -> dict[str, int]:
    """Answers given in item order (as on the command line), keyed by item id once their count is right."""
    if len(values) != len(quiz.items):
        raise InvalidInput(
            f"“{quiz.title}” has {len(quiz.items)} items, so it needs {len(quiz.items)} answers, not {len(values)}."
        )
    return {item.id: value for item, value in zip(quiz.items, values, strict=True)}


def check_answers(quiz: Quiz, answers: Mapping[str, int]) -> None:
    """Every item answered, each within the scale; nothing else."""
    low, high = quiz.scale.min, quiz.scale.max
    for number, item in enumerate(quiz.items, start=1):
        if item.id not in answers:
            raise InvalidInput(f"Item {number} of “{quiz.title}” has no answer yet.")
        value = answers[item.id]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidInput(f"Answer {number} is {value}, but answers go from {low} to {high}.")
    extra = set(answers) - {item.id for item in quiz.items}
    if extra:
        raise InvalidInput(f"“{quiz.title}” has no item called “{sorted(extra)[0]}”.")


def subscale_scores(quiz: Quiz, answers: Mapping[str, int]) -> dict[str, float]:
    """Each subscale's mean or sum, after reversing reverse-keyed items as `min + max − x`."""
    check_answers(quiz, answers)
    scores: dict[str, float] = {}
    for subscale in quiz.subscales:
        keyed = [
            quiz.scale.reverse(answers[item.id]) if item.reverse else answers[item.id]
            for item in quiz.items_of(subscale.id)
        ]
        total = sum(keyed)
        scores[subscale.id] = float(total) if subscale.method == "sum" else total / len(keyed)
    return scores


def category_for(quiz: Quiz, scores: Mapping[str, float]) -> str:
    mapping = quiz.mapping
    if isinstance(mapping, QuadrantMapping):

        def is_high(score: float) -> bool:
            return score > mapping.split or (score == mapping.split and mapping.at_split == "high")

        return mapping.cells[(is_high(scores[mapping.x]), is_high(scores[mapping.y]))]
    assert isinstance(mapping, BandMapping)
    score = scores[mapping.subscale]
    for band in mapping.bands:
        if band.below is None or score < band.below:
            return band.category
    raise AssertionError("the schema guarantees an open last band")


def score_quiz(quiz: Quiz, answers: Mapping[str, int]) -> QuizScore:
    scores = subscale_scores(quiz, answers)
    return QuizScore(scores=scores, category=category_for(quiz, scores))


def parse_answer_list(text: str) -> list[int]:
    """`"4,5,1"` as typed on the command line; a value that is not a whole number is refused by position."""
    values: list[int] = []
    for number, part in enumerate(text.split(","), start=1):
        try:
            values.append(int(part.strip()))
        except ValueError:
            raise InvalidInput(f"Answer {number} (“{part.strip()}”) is not a whole number.") from None
    return values


def display_score(score: float) -> str:
    """A score as people read it: whole numbers plain, others to two decimals."""
    return f"{score:.0f}" if score == int(score) else f"{score:.2f}"
