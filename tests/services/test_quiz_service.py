"""The quiz service: listing, resuming, results in the vault, history, sharing and the mutual reveal."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.quiz import Quiz
from desktop.errors import InvalidInput
from desktop.services.container import Services
from desktop.services.profiles import UnlockedProfile
from desktop.services.quiz import QuizService
from tests.core.quiz_samples import small_quiz, to_toml
from tests.helpers import files_containing

ALEX, SAM = "alex's passphrase", "sam's passphrase"


@pytest.fixture
def quizzes(services: Services) -> QuizService:
    return QuizService(services.data_dir, services.couples, services.profiles)


@pytest.fixture
def alex(services: Services) -> Iterator[UnlockedProfile]:
    services.profiles.create_profile("Alex", "#3b7dd8", ALEX)
    unlocked = services.profiles.unlock("Alex", ALEX)
    yield unlocked
    unlocked.lock()


def all_answers(quiz: Quiz, value: int) -> dict[str, int]:
    return {item.id: value for item in quiz.items}


def test_lists_the_shipped_quizzes(quizzes: QuizService) -> None:
    listing = quizzes.list_quizzes()
    assert [(q.id, q.title, q.item_count) for q in listing.quizzes] == [
        ("attachment", "Attachment tendencies", 20),
        ("interdependence", "Interdependence check", 16),
    ]
    assert listing.problems == () and not any(q.own or q.validated for q in listing.quizzes)


def test_a_users_own_quiz_file_is_listed_and_a_bad_one_reported(services: Services, quizzes: QuizService) -> None:
    folder = services.data_dir.quizzes_dir
    folder.mkdir(parents=True)
    (folder / "small.toml").write_text(to_toml(small_quiz()), encoding="utf-8")
    broken = small_quiz()
    broken["items"][0]["reverse"] = "yes"
    broken["id"] = "broken"
    (folder / "broken.toml").write_text(to_toml(broken), encoding="utf-8")
    (folder / "twin.toml").write_text(to_toml({**small_quiz(), "id": "attachment"}), encoding="utf-8")
    (folder / "notes.txt").write_text("not a quiz", encoding="utf-8")

    listing = quizzes.list_quizzes()
    assert [q.id for q in listing.quizzes] == ["attachment", "interdependence", "small"]
    assert listing.quizzes[-1].own and listing.quizzes[-1].item_count == 7
    assert len(listing.problems) == 2
    assert "broken.toml, field “items[1].reverse”: must be true or false" in listing.problems[0]
    assert "twin.toml" in listing.problems[1] and "already used by “Attachment tendencies”" in listing.problems[1]
    assert quizzes.quiz("small").title == "Small quiz"


def test_find_takes_an_id_or_a_path(tmp_path: Path, quizzes: QuizService) -> None:
    assert quizzes.find("attachment").id == "attachment"
    path = tmp_path / "elsewhere.toml"
    path.write_text(to_toml(small_quiz()), encoding="utf-8")
    assert quizzes.find(str(path)).id == "small"
    with pytest.raises(InvalidInput, match="no quiz called “nope”"):
        quizzes.find("nope")
    with pytest.raises(InvalidInput, match="cannot be read"):
        quizzes.find(str(tmp_path / "missing.toml"))


def test_progress_is_kept_until_the_result_is_saved(quizzes: QuizService, alex: UnlockedProfile) -> None:
    assert quizzes.progress(alex, "attachment") == {}
    quizzes.save_progress(alex, "attachment", {"anx01": 3, "avo01": 5})
    quizzes.save_progress(alex, "attachment", {"anx01": 3, "avo01": 6, "anx02": 1})
    assert quizzes.progress(alex, "attachment") == {"anx01": 3, "avo01": 6, "anx02": 1}
    assert quizzes.progress(alex, "interdependence") == {}
    quiz = quizzes.quiz("attachment")
    quizzes.save_result(alex, "attachment", all_answers(quiz, 4))
    assert quizzes.progress(alex, "attachment") == {}


def test_an_incomplete_result_is_refused(quizzes: QuizService, alex: UnlockedProfile) -> None:
    with pytest.raises(InvalidInput, match="has no answer yet"):
        quizzes.save_result(alex, "attachment", {"anx01": 3})
    assert quizzes.history(alex, "attachment") == []


def test_results_persist_encrypted_and_history_runs_oldest_first(
    services: Services, quizzes: QuizService, alex: UnlockedProfile
) -> None:
    quiz = quizzes.quiz("attachment")
    first = quizzes.save_result(alex, "attachment", all_answers(quiz, 4))
    time.sleep(0.002)
    answers = {item.id: (7 if item.subscale == "anxiety" and not item.reverse else 4) for item in quiz.items}
    second = quizzes.save_result(alex, "attachment", answers)
    quizzes.save_progress(alex, "interdependence", {"int01": 2})
    assert first.category == "secure" and first.scores == {"anxiety": 4.0, "avoidance": 4.0}
    # anxiety: seven items at 7, three reversed items at 4 -> (49 + 12) / 10 = 6.1
    assert second.category == "anxious-preoccupied" and second.scores["anxiety"] == pytest.approx(6.1)
    alex.lock()

    again = services.profiles.unlock("Alex", ALEX)
    history = quizzes.history(again, "attachment")
    assert [r.id for r in history] == [first.id, second.id]
    assert history[0].taken_at < history[1].taken_at
    assert quizzes.answers_of(again, second.id) == answers
    assert quizzes.progress(again, "interdependence") == {"int01": 2}
    again.lock()
    for plaintext in (b"anxious-preoccupied", b"Attachment tendencies", b"anx01", b"int01", first.id.encode()):
        assert files_containing(services.data_dir.root, plaintext) == []


def test_the_support_country_is_a_private_setting(quizzes: QuizService, alex: UnlockedProfile) -> None:
    countries = [s.country for s in quizzes.support_lists()]
    assert countries[0] == "international" and {"GB", "US"} <= set(countries)
    assert quizzes.support_country(alex) == "international"
    quizzes.set_support_country(alex, "GB")
    assert quizzes.support_country(alex) == "GB"
    assert quizzes.support_for("GB").name == "United Kingdom"
    assert quizzes.support_for("XX").country == "international"
    with pytest.raises(InvalidInput):
        quizzes.set_support_country(alex, "XX")


@pytest.fixture
def pair(services: Services) -> Iterator[tuple[UnlockedProfile, UnlockedProfile]]:
    services.profiles.create_profile("Alex", "#3b7dd8", ALEX)
    services.profiles.create_profile("Sam", "#d83b7d", SAM)
    alex, sam = services.profiles.unlock("Alex", ALEX), services.profiles.unlock("Sam", SAM)
    services.couples.pair(alex, sam)
    yield alex, sam
    alex.lock()
    sam.lock()


def test_sharing_needs_a_partner(quizzes: QuizService, alex: UnlockedProfile) -> None:
    result = quizzes.save_result(alex, "attachment", all_answers(quizzes.quiz("attachment"), 4))
    with pytest.raises(InvalidInput, match="once you are paired"):
        quizzes.share_result(alex, result.id)
    assert quizzes.comparison(alex, "attachment").paired is False


def test_neither_partner_sees_the_others_result_first(
    services: Services, quizzes: QuizService, pair: tuple[UnlockedProfile, UnlockedProfile]
) -> None:
    alex, sam = pair
    quiz = quizzes.quiz("attachment")
    alex_result = quizzes.save_result(alex, "attachment", all_answers(quiz, 4))
    sam_result = quizzes.save_result(sam, "attachment", all_answers(quiz, 7))  # anxiety 6.1, avoidance 5.5
    assert quizzes.comparison(alex, "attachment").mine is None

    shared = quizzes.share_result(alex, alex_result.id)
    assert shared.shared and quizzes.history(alex, "attachment")[0].shared
    for _ in range(2):  # asking twice changes nothing
        alex_view, sam_view = quizzes.comparison(alex, "attachment"), quizzes.comparison(sam, "attachment")
        assert alex_view.paired and alex_view.partner_name == "Sam"
        assert alex_view.mine is not None and alex_view.partner is None and not alex_view.revealed
        assert sam_view.mine is None and sam_view.partner is None  # nothing of Alex's before Sam shares
    assert quizzes.comparison(sam, "interdependence").partner is None

    quizzes.share_result(sam, sam_result.id)
    alex_view, sam_view = quizzes.comparison(alex, "attachment"), quizzes.comparison(sam, "attachment")
    assert alex_view.revealed and sam_view.revealed
    assert alex_view.partner.category == sam_view.mine.category == "fearful-avoidant"
    assert sam_view.partner.category == alex_view.mine.category == "secure"
    assert sam_view.partner_name == "Alex"
    # the shared copy carries scores and category, never the answers
    assert sam_view.partner.scores == {"anxiety": 4.0, "avoidance": 4.0}
    vault = services.couples.open_couple_vault(sam)
    with vault.session() as session:
        rows = session.exec(__import__("sqlmodel").text("SELECT answers FROM quiz_result")).all()
    vault.close()
    assert rows == [(None,), (None,)]


def test_the_latest_shared_result_is_compared(
    quizzes: QuizService, pair: tuple[UnlockedProfile, UnlockedProfile]
) -> None:
    alex, sam = pair
    quiz = quizzes.quiz("attachment")
    quizzes.share_result(sam, quizzes.save_result(sam, "attachment", all_answers(quiz, 4)).id)
    quizzes.share_result(alex, quizzes.save_result(alex, "attachment", all_answers(quiz, 4)).id)
    time.sleep(0.002)
    quizzes.share_result(alex, quizzes.save_result(alex, "attachment", all_answers(quiz, 7)).id)
    assert quizzes.comparison(sam, "attachment").partner.category == "fearful-avoidant"
