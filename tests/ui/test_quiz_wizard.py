"""Taking each shipped quiz through the wizard with the keyboard only, as a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.profiles import UnlockedProfile
from desktop.services.quiz import QuizService
from desktop.ui.quiz.items_page import ItemsPage
from desktop.ui.quiz.page import QuizPage
from desktop.ui.quiz.wizard import QuizWizard

PASSPHRASE = "correct horse battery staple"
ATTACHMENT = [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6]  # anxiety 3.3, avoidance 4.6
INTERDEPENDENCE = [5, 5, 5, 5, 5, 5, 5, 1, 5, 5, 5, 5, 5, 5, 5, 1]  # interdependence 4.0, codependent 5.0


@pytest.fixture
def quizzes(services: Services) -> QuizService:
    return QuizService(services.data_dir, services.couples, services.profiles)


@pytest.fixture
def alex(services: Services) -> Iterator[UnlockedProfile]:
    services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    unlocked = services.profiles.unlock("Alex", PASSPHRASE)
    yield unlocked
    unlocked.lock()


@pytest.fixture
def make_page(qtbot: QtBot, quizzes: QuizService) -> Callable[[UnlockedProfile], QuizPage]:
    def make(unlocked: UnlockedProfile) -> QuizPage:
        page = QuizPage(quizzes, unlocked)
        qtbot.addWidget(page)
        page.resize(1000, 760)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def open_wizard(qtbot: QtBot, page: QuizPage, quiz_id: str) -> QuizWizard:
    page.select(quiz_id)
    page.start_button.setFocus()
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    wizard = page.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def press(qtbot: QtBot, wizard: QWizard, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or wizard, key)


def type_answers(qtbot: QtBot, wizard: QuizWizard, values: list[int]) -> None:
    for value in values:
        press(qtbot, wizard, getattr(Qt.Key, f"Key_{value}"))


def answer_all(qtbot: QtBot, wizard: QuizWizard, values: list[int]) -> None:
    """From the introduction to the result page: Enter, then each page's digits and Enter."""
    press(qtbot, wizard, Qt.Key.Key_Return)
    per_page = wizard.quiz.items_per_page
    for start in range(0, len(values), per_page):
        page = wizard.currentPage()
        assert isinstance(page, ItemsPage) and page.items[0] is wizard.quiz.items[start]
        type_answers(qtbot, wizard, values[start : start + per_page])
        assert page.isComplete()
        press(qtbot, wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)


def test_attachment_quiz_by_keyboard(qtbot: QtBot, make_page, alex: UnlockedProfile, quizzes: QuizService) -> None:
    page = make_page(alex)
    wizard = open_wizard(qtbot, page, "attachment")
    assert "not a diagnosis" in wizard.intro_text()
    answer_all(qtbot, wizard, ATTACHMENT)

    view = wizard.result_view
    assert view is not None
    assert view.scores_label.text().splitlines() == ["Anxiety: 3.30  (from 1 to 7)", "Avoidance: 4.60  (from 1 to 7)"]
    assert view.tendency_label.text() == "You tend towards: Dismissive-avoidant"
    assert "can soften" in view.meaning_label.text()
    assert "When you want space, say so" in view.tips_label.text()
    assert view.support_box is None
    assert view.plot is not None and [(p.x, p.y) for p in view.plot.points] == [
        (pytest.approx(4.6), pytest.approx(3.3))
    ]
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # the result is saved: no going back

    with qtbot.waitSignal(wizard.finished):
        press(qtbot, wizard, Qt.Key.Key_Return)
    history = quizzes.history(alex, "attachment")
    assert [r.category for r in history] == ["dismissive-avoidant"]
    assert quizzes.answers_of(alex, history[0].id) == {
        item.id: value for item, value in zip(wizard.quiz.items, ATTACHMENT, strict=True)
    }
    qtbot.waitUntil(lambda: page.wizard is None)
    assert page.history_model is not None and page.history_model.rowCount() == 1


def test_interdependence_check_by_keyboard_points_to_support(
    qtbot: QtBot, make_page, alex: UnlockedProfile, quizzes: QuizService
) -> None:
    quizzes.set_support_country(alex, "GB")
    page = make_page(alex)
    wizard = open_wizard(qtbot, page, "interdependence")
    answer_all(qtbot, wizard, INTERDEPENDENCE)
    view = wizard.result_view
    assert view.scores_label.text().splitlines() == [
        "Healthy interdependence: 4  (from 1 to 5)",
        "Codependent patterns: 5  (from 1 to 5)",
    ]
    assert view.tendency_label.text() == "You tend towards: Leaning codependent"
    assert view.support_box is not None and view.support_box.isVisible()
    assert "Relate" in view.support_box.resources_label.text()
    view.support_box.country_combo.setCurrentIndex(view.support_box.country_combo.findData("international"))
    assert "Befrienders Worldwide" in view.support_box.resources_label.text()
    assert quizzes.support_country(alex) == "international"


def test_a_balanced_result_does_not_point_to_support(qtbot: QtBot, make_page, alex: UnlockedProfile) -> None:
    wizard = open_wizard(qtbot, make_page(alex), "interdependence")
    answer_all(qtbot, wizard, [5, 1] * 8)  # codependent: (6 × 1 + (6-1) + (6-1)) / 8 = 2.0
    assert wizard.result_view.tendency_label.text() == "You tend towards: Balanced"
    assert wizard.result_view.support_box is None


def checked(page: ItemsPage) -> list[int]:
    return [group.checkedId() for group in page.groups]


def test_back_and_forward_keep_answers(qtbot: QtBot, make_page, alex: UnlockedProfile) -> None:
    wizard = open_wizard(qtbot, make_page(alex), "attachment")
    press(qtbot, wizard, Qt.Key.Key_Return)
    first = wizard.currentPage()
    type_answers(qtbot, wizard, [7, 6, 5, 4])
    press(qtbot, wizard, Qt.Key.Key_Return)
    second = wizard.currentPage()
    assert second is not first
    press(qtbot, wizard, Qt.Key.Key_Return)  # incomplete: Enter does nothing
    assert wizard.currentPage() is second
    type_answers(qtbot, wizard, [2, 9, 3])  # 9 is not on the scale and is ignored
    assert checked(second) == [2, 3, -1, -1] and second.current_index == 2

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert wizard.currentPage() is first and checked(first) == [7, 6, 5, 4]
    press(qtbot, wizard, Qt.Key.Key_Up)  # nothing above the first; Down then a digit changes the second answer
    press(qtbot, wizard, Qt.Key.Key_Down)
    type_answers(qtbot, wizard, [1])
    press(qtbot, wizard, Qt.Key.Key_Return)
    assert wizard.currentPage() is second and checked(second) == [2, 3, -1, -1]
    assert second.current_index == 2  # the first unanswered statement is highlighted
    assert wizard.answers["avo01"] == 1 and len(wizard.answers) == 6
    assert second.progress_label.text() == "6 of 20 answered"


def test_closing_mid_way_and_resuming(qtbot: QtBot, make_page, alex: UnlockedProfile, quizzes: QuizService) -> None:
    page = make_page(alex)
    wizard = open_wizard(qtbot, page, "attachment")
    press(qtbot, wizard, Qt.Key.Key_Return)
    type_answers(qtbot, wizard, ATTACHMENT[:4])
    press(qtbot, wizard, Qt.Key.Key_Return)
    type_answers(qtbot, wizard, ATTACHMENT[4:6])
    with qtbot.waitSignal(wizard.finished):
        press(qtbot, wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.wizard is None)
    assert len(quizzes.progress(alex, "attachment")) == 6
    assert page.start_button.text() == "Resume" and page.start_over_button.isVisible()
    assert "unfinished" in page.quiz_list.currentItem().text()

    wizard = open_wizard(qtbot, page, "attachment")
    assert wizard.intro_page.resume_label.text().startswith("Welcome back. You have answered 6 of 20")
    press(qtbot, wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.item_pages[1])  # where it was left
    assert checked(wizard.item_pages[1]) == [5, 6, -1, -1]
    type_answers(qtbot, wizard, ATTACHMENT[6:8])
    press(qtbot, wizard, Qt.Key.Key_Return)
    for start in range(8, 20, 4):
        type_answers(qtbot, wizard, ATTACHMENT[start : start + 4])
        press(qtbot, wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    assert wizard.result_view.tendency_label.text() == "You tend towards: Dismissive-avoidant"
    assert quizzes.progress(alex, "attachment") == {}


def test_start_over_forgets_the_unfinished_answers(
    qtbot: QtBot, make_page, alex: UnlockedProfile, quizzes: QuizService
) -> None:
    quizzes.save_progress(alex, "attachment", {"anx01": 3})
    page = make_page(alex)
    page.select("attachment")
    qtbot.mouseClick(page.start_over_button, Qt.MouseButton.LeftButton)
    assert page.wizard is not None and page.wizard.answers == {}
    assert quizzes.progress(alex, "attachment") == {}
