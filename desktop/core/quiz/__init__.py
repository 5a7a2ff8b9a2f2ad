"""Quizzes as data: the schema, scoring and categories. No Qt and no file access here."""

from desktop.core.quiz.errors import QuizFileError
from desktop.core.quiz.model import Category, Item, Quiz, QuizScore, Scale, Subscale
from desktop.core.quiz.schema import parse_quiz
from desktop.core.quiz.scoring import answers_from_values, category_for, score_quiz, subscale_scores

__all__ = [
    "Category",
    "Item",
    "Quiz",
    "QuizFileError",
    "QuizScore",
    "Scale",
    "Subscale",
    "answers_from_values",
    "category_for",
    "parse_quiz",
    "score_quiz",
    "subscale_scores",
]
