"""The error for a quiz or support file that breaks the schema in resources/quizzes/SCHEMA.md."""

from __future__ import annotations

from desktop.errors import TandemError


class QuizFileError(TandemError):
    """A file refused by the schema; the message names the file, the field and the problem."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        self.source = source
        self.field = field
        self.problem = problem
        where = f"{source}, field “{field}”" if field else source
        super().__init__(f"The quiz file {where}: {problem}")
