"""Never losing a word: autosaved drafts, saving on lock, the offer after a crash, nothing left after lock."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.journal import EntryQuery
from tests.ui.driving import PASSPHRASE, add_profile, unlock, visible_texts
from tests.ui.journal_driving import journal_of, page_of

CTRL = Qt.KeyboardModifier.ControlModifier
MARK = "MARKER-c41d-only-inside-the-vault"


def test_typing_is_kept_as_a_draft_and_locking_saves_the_entry(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    qtbot.keyClicks(page.editor.body_edit, f"Half a thought {MARK}")
    journal = window.journal
    qtbot.waitUntil(lambda: bool(journal.drafts()), timeout=2_500)  # within two seconds of the last keystroke
    (draft,) = journal.drafts()
    assert draft.content["body"] == f"Half a thought {MARK}" and draft.entry_id is None

    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)

    with journal_of(services, "Alex") as reopened:
        (saved,) = reopened.page(EntryQuery())
        assert reopened.get(saved.id).body == f"Half a thought {MARK}"
        assert reopened.drafts() == []  # saved, so the draft went


def test_an_entry_that_cannot_be_saved_stays_a_draft_and_is_offered_back(
    qtbot: QtBot, make_window, services: Services
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    editor = page_of(window).editor
    qtbot.mouseClick(editor.tag_picker.quality_toggles["growth"], Qt.MouseButton.LeftButton)  # tags, but no text
    window.lock()  # before the autosave timer fired
    with journal_of(services, "Alex") as journal:
        assert journal.count(EntryQuery()) == 0
        assert len(journal.drafts()) == 1

    unlock(qtbot, window, "Alex")
    page = page_of(window)
    assert page.draft_offer.isVisible()
    assert "was not saved" in page.draft_offer.message.text()
    qtbot.mouseClick(page.draft_offer.discard_button, Qt.MouseButton.LeftButton)
    assert not page.draft_offer.isVisible()
    assert window.journal.drafts() == []


def test_after_lock_no_widget_shows_what_was_written(qtbot: QtBot, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    qtbot.keyClicks(page.editor.title_edit, f"Title {MARK}")
    qtbot.keyClicks(page.editor.body_edit, f"Body {MARK}")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    search_edit = page.filter_bar.search_edit
    qtbot.keyClicks(search_edit, MARK)
    shell = window.shell

    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)

    qtbot.waitUntil(lambda: not shiboken6.isValid(shell))
    assert not any(MARK in text for text in visible_texts())
    assert window.journal is None


CRASHING_SESSION = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from desktop.services.container import Services
    from desktop.store.paths import DataDir
    from tests.conftest import FAST_KDF
    from desktop.ui.main_window import MainWindow

    app = QApplication([])
    services = Services.open(DataDir(Path(sys.argv[1])), kdf=FAST_KDF)
    window = MainWindow(services)
    window.show()
    window.unlock_page.unlocked.emit(services.profiles.unlock("Alex", sys.argv[2]))
    editor = window.shell.page("Journal").editor
    QTest.keyClicks(editor.title_edit, "Before the crash")
    QTest.keyClicks(editor.body_edit, "Words typed just before the power went out")
    deadline = time.monotonic() + 20
    while not window.journal.drafts() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    print("draft saved" if window.journal.drafts() else "no draft", flush=True)
    time.sleep(600)
    """
)


@pytest.mark.slow
def test_a_draft_survives_a_kill_and_is_offered_back(qtbot: QtBot, make_window, services: Services, data_dir) -> None:
    add_profile(services, "Alex")
    root = Path(__file__).resolve().parents[2]
    with subprocess.Popen(
        [sys.executable, "-c", CRASHING_SESSION, str(data_dir.root), PASSPHRASE],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as child:  # fmt: skip
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "draft saved"
        finally:
            child.send_signal(signal.SIGKILL)  # no chance to save or clean up: like a crash or a power cut
            child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    window = make_window()
    unlock(qtbot, window, "Alex")
    page = page_of(window)
    assert page.draft_offer.isVisible()
    assert "Before the crash" in page.draft_offer.message.text()
    qtbot.mouseClick(page.draft_offer.restore_button, Qt.MouseButton.LeftButton)

    editor = page.editor
    assert editor.title_edit.text() == "Before the crash"
    assert editor.body_edit.toPlainText() == "Words typed just before the power went out"
    assert editor.dirty and not page.draft_offer.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert window.journal.drafts() == []
    assert window.journal.count(EntryQuery()) == 1
