"""Quizzes: the shipped and the user's own, unfinished answers, results, history, and sharing with a partner.

Results live in the profile's own vault, with their answers. Sharing writes a copy (scores and
category only) into the couple vault. The side-by-side comparison is revealed to neither partner
until both have shared a result of the same quiz: this service never returns the partner's
shared result to someone who has not shared their own.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.quiz import Quiz, QuizFileError, parse_quiz, score_quiz
from desktop.core.quiz.scoring import check_answers
from desktop.core.quiz.support import INTERNATIONAL, SupportList, parse_support
from desktop.errors import InvalidInput
from desktop.resources import resource
from desktop.services.couples import CoupleService
from desktop.services.profiles import ProfileService, UnlockedProfile
from desktop.store.paths import DataDir

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from desktop.store.models import QuizResult
    from desktop.store.vault import Vault

SUPPORT_COUNTRY_KEY = "quiz.support_country"


@dataclass(frozen=True)
class QuizSummary:
    id: str
    title: str
    summary: str
    item_count: int
    own: bool  # the user's own file, from the data dir
    validated: bool


@dataclass(frozen=True)
class QuizListing:
    quizzes: tuple[QuizSummary, ...]
    problems: tuple[str, ...]  # one message per user file that could not be listed


@dataclass(frozen=True)
class SavedResult:
    id: str
    quiz_id: str
    quiz_title: str
    author_id: str
    taken_at: datetime  # aware, UTC
    scores: dict[str, float]
    category: str
    shared: bool


@dataclass(frozen=True)
class Comparison:
    """What one partner may see of a quiz's shared results. `partner` is set only once both have shared."""

    paired: bool
    partner_name: str
    partner_colour: str
    mine: SavedResult | None  # my latest shared result, if any
    partner: SavedResult | None

    @property
    def revealed(self) -> bool:
        return self.mine is not None and self.partner is not None


def _now() -> datetime:
    return datetime.now(UTC)


def _result(row: QuizResult) -> SavedResult:
    return SavedResult(
        id=row.id,
        quiz_id=row.quiz_id,
        quiz_title=row.quiz_title,
        author_id=row.author_id,
        taken_at=row.taken_at if row.taken_at.tzinfo else row.taken_at.replace(tzinfo=UTC),
        scores={key: float(value) for key, value in json.loads(row.scores).items()},
        category=row.category,
        shared=row.shared_at is not None,
    )


class QuizService:
    def __init__(self, data_dir: DataDir, couples: CoupleService, profiles: ProfileService) -> None:
        self._data_dir = data_dir
        self._couples = couples
        self._profiles = profiles
        self._shipped: dict[str, Quiz] | None = None

    # -- the catalogue -------------------------------------------------------------------------------

    def shipped_quizzes(self) -> dict[str, Quiz]:
        if self._shipped is None:
            self._shipped = {}
            for file in _toml_files(resource("quizzes")):
                quiz = parse_quiz(file.read_text(encoding="utf-8"), file.name)
                self._shipped[quiz.id] = quiz
        return self._shipped

    def _own_quizzes(self) -> tuple[dict[str, Quiz], list[str]]:
        quizzes: dict[str, Quiz] = {}
        problems: list[str] = []
        folder = self._data_dir.quizzes_dir
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            try:
                quiz = self.load_file(path)
            except (QuizFileError, InvalidInput) as error:
                problems.append(str(error))
                continue
            taken = self.shipped_quizzes().get(quiz.id) or quizzes.get(quiz.id)
            if taken is not None:
                problems.append(
                    f"The quiz file {path.name}, field “id”: “{quiz.id}” is already used by “{taken.title}”; "
                    "give it an id of its own."
                )
                continue
            quizzes[quiz.id] = quiz
        return quizzes, problems

    def list_quizzes(self) -> QuizListing:
        """Shipped quizzes first, then the user's own; a bad file of theirs is reported, not fatal."""
        own, problems = self._own_quizzes()
        summaries = [_summary(quiz, own=False) for quiz in self.shipped_quizzes().values()]
        summaries += [_summary(quiz, own=True) for quiz in own.values()]
        return QuizListing(tuple(summaries), tuple(problems))

    def quiz(self, quiz_id: str) -> Quiz:
        found = self.shipped_quizzes().get(quiz_id) or self._own_quizzes()[0].get(quiz_id)
        if found is None:
            raise InvalidInput(f"There is no quiz called “{quiz_id}”. `tandem quiz list` shows the quizzes.")
        return found

    def load_file(self, path: Path) -> Quiz:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise QuizFileError(path.name, "", "is not UTF-8 text.") from None
        except OSError as error:
            raise InvalidInput(f"The quiz file {path} cannot be read ({error.strerror or error}).") from None
        return parse_quiz(text, path.name)

    def find(self, quiz_id_or_path: str) -> Quiz:
        """A quiz by id, or else by the path of a quiz file (as the command line takes it)."""
        if quiz_id_or_path in self.shipped_quizzes():
            return self.shipped_quizzes()[quiz_id_or_path]
        path = Path(quiz_id_or_path).expanduser()
        if path.suffix == ".toml" or path.exists():
            return self.load_file(path)
        return self.quiz(quiz_id_or_path)

    # -- support resources ---------------------------------------------------------------------------

    def support_lists(self) -> list[SupportList]:
        """Every country's list, the international one first, then by country name."""
        lists = [parse_support(f.read_text(encoding="utf-8"), f.name) for f in _toml_files(resource("support"))]
        return sorted(lists, key=lambda s: (s.country != INTERNATIONAL, s.name))

    def support_for(self, country: str) -> SupportList:
        lists = self.support_lists()
        return next((s for s in lists if s.country == country), lists[0])

    def support_country(self, unlocked: UnlockedProfile) -> str:
        return str(unlocked.settings.get(SUPPORT_COUNTRY_KEY, INTERNATIONAL))

    def set_support_country(self, unlocked: UnlockedProfile, country: str) -> None:
        if country not in {s.country for s in self.support_lists()}:
            raise InvalidInput(f"There is no list of support resources for “{country}”.")
        unlocked.settings.set(SUPPORT_COUNTRY_KEY, country)

    # -- unfinished quizzes --------------------------------------------------------------------------

    def progress(self, unlocked: UnlockedProfile, quiz_id: str) -> dict[str, int]:
        """The answers of an unfinished quiz (empty when there is none)."""
        from desktop.store.models import QuizProgress

        with unlocked.vault.session() as session:
            row = session.get(QuizProgress, quiz_id)
            return {} if row is None else {key: int(value) for key, value in json.loads(row.answers).items()}

    def save_progress(self, unlocked: UnlockedProfile, quiz_id: str, answers: Mapping[str, int]) -> None:
        from desktop.store.models import QuizProgress

        with unlocked.vault.session() as session:
            session.merge(QuizProgress(quiz_id=quiz_id, answers=json.dumps(dict(answers)), updated_at=_now()))
            session.commit()

    def discard_progress(self, unlocked: UnlockedProfile, quiz_id: str) -> None:
        from desktop.store.models import QuizProgress

        with unlocked.vault.session() as session:
            row = session.get(QuizProgress, quiz_id)
            if row is not None:
                session.delete(row)
                session.commit()

    # -- results and history -------------------------------------------------------------------------

    def save_result(self, unlocked: UnlockedProfile, quiz_id: str, answers: Mapping[str, int]) -> SavedResult:
        """Score the answers, keep them with the result, and clear the unfinished copy."""
        from desktop.store.models import QuizProgress, QuizResult

        quiz = self.quiz(quiz_id)
        check_answers(quiz, answers)
        score = score_quiz(quiz, answers)
        row = QuizResult(
            id=uuid.uuid4().hex,
            author_id=unlocked.profile.id,
            quiz_id=quiz.id,
            quiz_title=quiz.title,
            taken_at=_now(),
            answers=json.dumps(dict(answers)),
            scores=json.dumps(score.scores),
            category=score.category,
        )
        with unlocked.vault.session() as session:
            session.add(row)
            progress = session.get(QuizProgress, quiz.id)
            if progress is not None:
                session.delete(progress)
            session.commit()
        return _result(row)

    def history(self, unlocked: UnlockedProfile, quiz_id: str) -> list[SavedResult]:
        """This profile's results of one quiz, oldest first."""
        from sqlmodel import select

        from desktop.store.models import QuizResult

        with unlocked.vault.session() as session:
            query = select(QuizResult).where(QuizResult.quiz_id == quiz_id).order_by(QuizResult.taken_at)
            return [_result(row) for row in session.exec(query)]

    def answers_of(self, unlocked: UnlockedProfile, result_id: str) -> dict[str, int]:
        from desktop.store.models import QuizResult

        with unlocked.vault.session() as session:
            row = session.get(QuizResult, result_id)
            if row is None or row.answers is None:
                raise InvalidInput("That result is no longer there.")
            return {key: int(value) for key, value in json.loads(row.answers).items()}

    # -- sharing with a partner ----------------------------------------------------------------------

    def is_paired(self, unlocked: UnlockedProfile) -> bool:
        return self._couples.couple_of(unlocked.profile.id) is not None

    def share_result(self, unlocked: UnlockedProfile, result_id: str) -> SavedResult:
        """Copy a result's scores and category (not its answers) into the couple vault."""
        from desktop.store.models import QuizResult

        with unlocked.vault.session() as session:
            row = session.get(QuizResult, result_id)
            if row is None:
                raise InvalidInput("That result is no longer there.")
        with self._couple_vault(unlocked) as couple:
            if couple is None:
                raise InvalidInput("You can share a result once you are paired with your partner.")
            shared_at = row.shared_at or _now()
            with couple.session() as session:
                copy = QuizResult(**{**row.model_dump(), "answers": None, "shared_at": shared_at})
                session.merge(copy)
                session.commit()
        with unlocked.vault.session() as session:
            row.shared_at = shared_at
            session.merge(row)
            session.commit()
        return _result(row)

    def comparison(self, unlocked: UnlockedProfile, quiz_id: str) -> Comparison:
        """Both partners' latest shared results, or only mine until the partner has shared too."""
        from sqlmodel import select

        from desktop.store.models import QuizResult

        couple_summary = self._couples.couple_of(unlocked.profile.id)
        if couple_summary is None:
            return Comparison(paired=False, partner_name="", partner_colour="", mine=None, partner=None)
        partner_id = next(pid for pid in couple_summary.partner_ids if pid != unlocked.profile.id)
        profiles = {profile.id: profile for profile in self._profiles.list_profiles()}
        latest: dict[str, SavedResult] = {}
        with self._couple_vault(unlocked) as couple:
            assert couple is not None
            with couple.session() as session:
                query = select(QuizResult).where(QuizResult.quiz_id == quiz_id).order_by(QuizResult.taken_at)
                for row in session.exec(query):
                    latest[row.author_id] = _result(row)
        mine = latest.get(unlocked.profile.id)
        partner = latest.get(partner_id) if mine is not None else None  # neither sees the other's first
        found = profiles.get(partner_id)
        return Comparison(
            paired=True,
            partner_name=found.name if found else "your partner",
            partner_colour=found.colour if found else "",
            mine=mine,
            partner=partner,
        )

    @contextmanager
    def _couple_vault(self, unlocked: UnlockedProfile) -> Iterator[Vault | None]:
        vault = self._couples.open_couple_vault(unlocked)
        try:
            yield vault
        finally:
            if vault is not None:
                vault.close()


def _summary(quiz: Quiz, own: bool) -> QuizSummary:
    return QuizSummary(quiz.id, quiz.title, quiz.summary, len(quiz.items), own, quiz.provenance.validated)


def _toml_files(folder: Traversable) -> Iterator[Traversable]:
    return iter(sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name))
