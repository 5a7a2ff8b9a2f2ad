"""The Quiz tab: the list (with the user's own files), the history of retakes, sharing and the mutual reveal."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.profiles import UnlockedProfile
from desktop.services.quiz import QuizService
from desktop.ui.quiz.comparison_view import ComparisonView
from desktop.ui.quiz.history_model import RESULT_ID_ROLE, SCORE_ROLE
from desktop.ui.quiz.page import QuizPage
from tests.core.quiz_samples import small_quiz, to_toml

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def quizzes(services: Services) -> QuizService:
    return QuizService(services.data_dir, services.couples, services.profiles)


@pytest.fixture
def pair(services: Services) -> Iterator[tuple[UnlockedProfile, UnlockedProfile]]:
    services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    services.profiles.create_profile("Sam", "#d8733b", PASSPHRASE)
    alex, sam = services.profiles.unlock("Alex", PASSPHRASE), services.profiles.unlock("Sam", PASSPHRASE)
    services.couples.pair(alex, sam)
    yield alex, sam
    alex.lock()
    sam.lock()


def make_page(qtbot: QtBot, quizzes: QuizService, unlocked: UnlockedProfile) -> QuizPage:
    page = QuizPage(quizzes, unlocked)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def take(quizzes: QuizService, unlocked: UnlockedProfile, anxiety: int, avoidance: int) -> str:
    """Save an attachment result whose keyed answers are all `anxiety` / `avoidance`."""
    quiz = quizzes.quiz("attachment")
    answers = {}
    for item in quiz.items:
        value = anxiety if item.subscale == "anxiety" else avoidance
        answers[item.id] = quiz.scale.reverse(value) if item.reverse else value
    time.sleep(0.002)  # distinct times, so the order is the order taken
    return quizzes.save_result(unlocked, "attachment", answers).id


def test_own_quiz_files_are_listed_and_bad_ones_explained(
    qtbot: QtBot, services: Services, quizzes: QuizService, pair
) -> None:
    folder = services.data_dir.quizzes_dir
    folder.mkdir(parents=True)
    (folder / "small.toml").write_text(to_toml(small_quiz()), encoding="utf-8")
    (folder / "bad.toml").write_text(to_toml({**small_quiz(), "id": "bad", "items": []}), encoding="utf-8")
    page = make_page(qtbot, quizzes, pair[0])
    assert page.quiz_ids() == ["attachment", "interdependence", "small"]
    assert "your own" in page.quiz_list.item(2).text()
    assert page.problems.isVisible()
    assert "The quiz file bad.toml, field “items”: needs at least 1 entry." in page.problems.text()
    page.select("small")
    assert page.title_label.text() == "Small quiz" and "Not validated" in page.note_label.text()


def test_history_shows_how_scores_moved(qtbot: QtBot, qtmodeltester, quizzes: QuizService, pair) -> None:
    alex = pair[0]
    first = take(quizzes, alex, 4, 4)
    second = take(quizzes, alex, 6, 3)
    third = take(quizzes, alex, 6, 5)
    page = make_page(qtbot, quizzes, alex)
    model = page.history_model
    assert model is not None and page.history_view.isVisible() and not page.history_empty.isVisible()
    qtmodeltester.check(model)
    assert [model.data(model.index(row, 0), RESULT_ID_ROLE) for row in range(3)] == [third, second, first]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Taken", "Anxiety", "Avoidance", "Tendency", "Shared"
    ]  # fmt: skip
    rows = [[model.data(model.index(row, column)) for column in range(1, 4)] for row in range(3)]
    assert rows == [
        ["6  (same)", "5  (↑2)", "Fearful-avoidant (disorganized)"],
        ["6  (↑2)", "3  (↓1)", "Anxious-preoccupied"],
        ["4", "4", "Secure"],
    ]
    assert model.data(model.index(1, 2), SCORE_ROLE) == 3.0


def test_the_comparison_appears_only_after_both_shared(qtbot: QtBot, quizzes: QuizService, pair) -> None:
    alex, sam = pair
    take(quizzes, alex, 2, 2)  # secure
    take(quizzes, sam, 6, 6)  # fearful-avoidant
    alex_page, sam_page = make_page(qtbot, quizzes, alex), make_page(qtbot, quizzes, sam)
    for page in (alex_page, sam_page):
        assert not isinstance(page.comparison_widget, ComparisonView)
        assert "Share one of your results" in page.comparison_widget.text()

    qtbot.mouseClick(alex_page.share_button, Qt.MouseButton.LeftButton)
    assert "Shared." in alex_page.notice.text()
    assert alex_page.history_model.data(alex_page.history_model.index(0, 4)) == "Shared"
    assert "when Sam shares theirs too" in alex_page.comparison_widget.text()
    sam_page.refresh()
    # Sam sees nothing of Alex's: not the result, and not even that Alex has shared
    assert not isinstance(sam_page.comparison_widget, ComparisonView)
    assert "Share one of your results to compare with Alex" in sam_page.comparison_widget.text()
    assert "Secure" not in sam_page.comparison_widget.text()

    qtbot.mouseClick(sam_page.share_button, Qt.MouseButton.LeftButton)
    alex_page.refresh()
    for page, me, partner in ((alex_page, "Alex", "Sam"), (sam_page, "Sam", "Alex")):
        view = page.comparison_widget
        assert isinstance(view, ComparisonView) and view.isVisible()
        assert [point.label for point in view.plot.points] == [me, partner]
        assert "tends towards: Secure" in view.tendencies_label.text()
        assert "tends towards: Fearful-avoidant (disorganized)" in view.tendencies_label.text()
        assert "The secure partner can stay calm and predictable" in view.support_label.text()
    assert [(p.x, p.y) for p in alex_page.comparison_widget.plot.points] == [(2.0, 2.0), (6.0, 6.0)]


def test_sharing_is_offered_only_to_a_paired_profile(qtbot: QtBot, services: Services, quizzes: QuizService) -> None:
    services.profiles.create_profile("Solo", "#3b7dd8", PASSPHRASE)
    solo = services.profiles.unlock("Solo", PASSPHRASE)
    take(quizzes, solo, 4, 4)
    page = make_page(qtbot, quizzes, solo)
    assert not page.share_button.isVisible()
    assert "Once you are paired" in page.comparison_widget.text()
    solo.lock()
