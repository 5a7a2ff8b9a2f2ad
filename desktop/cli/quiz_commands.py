"""`tandem quiz list` and `tandem quiz score`: no profile needed, nothing written."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.passphrases import PassphraseReader
from desktop.core.quiz import answers_from_values, score_quiz
from desktop.core.quiz.scoring import display_score, parse_answer_list
from desktop.services.container import Services


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    quiz = commands.add_parser("quiz", help="list the quizzes or score a set of answers", parents=[common])
    actions = quiz.add_subparsers(dest="quiz_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list the quizzes: id, title and number of items", parents=[common])
    listing.add_argument("--json", action="store_true", help='print an array of {"id", "title", "items"}')
    listing.set_defaults(handler=quiz_list)

    score = actions.add_parser(
        "score", help="score answers given in item order, and print each dimension and the category", parents=[common]
    )
    score.add_argument("quiz", metavar="QUIZ", help="a quiz id (see `tandem quiz list`) or the path of a quiz file")
    score.add_argument("--answers", required=True, metavar="A,B,C,…", help="one answer per item, in order")
    score.add_argument("--json", action="store_true", help='print {"quiz", "scores", "category"}')
    score.set_defaults(handler=quiz_score)


def quiz_list(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    listing = services.quizzes.list_quizzes()
    for problem in listing.problems:
        print(f"tandem: {problem} (not listed)", file=sys.stderr)
    if args.json:
        rows = [{"id": q.id, "title": q.title, "items": q.item_count} for q in listing.quizzes]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    width = max((len(q.id) for q in listing.quizzes), default=0)
    for quiz in listing.quizzes:
        print(f"{quiz.id:<{width}}  {quiz.title} ({quiz.item_count} items)")
    return 0


def _number(score: float) -> float | int:
    return int(score) if score == int(score) else round(score, 4)


def quiz_score(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    quiz = services.quizzes.find(args.quiz)
    result = score_quiz(quiz, answers_from_values(quiz, parse_answer_list(args.answers)))
    if args.json:
        scores = {key: _number(value) for key, value in result.scores.items()}
        print(json.dumps({"quiz": quiz.id, "scores": scores, "category": result.category}, ensure_ascii=False))
        return 0
    print(quiz.title)
    for subscale in quiz.subscales:
        low, high = quiz.score_range(subscale.id)
        print(f"  {subscale.label}: {display_score(result.scores[subscale.id])} (from {low:g} to {high:g})")
    category = quiz.category(result.category)
    print(f"Category: {category.title} ({category.id}). A tendency, not a diagnosis; it can change.")
    return 0
