"""Shared steps for the journal page tests: profiles with entries, and finding what the page shows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.journal import EntryInput, EntryView, JournalService
from desktop.ui.journal import JournalPage
from desktop.ui.journal.entry_rows import EntryRole
from desktop.ui.main_window import MainWindow
from tests.ui.driving import PASSPHRASE, add_profile

SAM_PASSPHRASE = "sam's own passphrase"


def add_couple(services: Services) -> None:
    """Alex and Sam, paired (both present, as pairing needs)."""
    add_profile(services, "Alex")
    add_profile(services, "Sam", SAM_PASSPHRASE, "#d0505f")
    alex, sam = services.profiles.unlock("Alex", PASSPHRASE), services.profiles.unlock("Sam", SAM_PASSPHRASE)
    services.couples.pair(alex, sam)
    alex.lock()
    sam.lock()


@contextmanager
def journal_of(services: Services, name: str, passphrase: str = PASSPHRASE) -> Iterator[JournalService]:
    """Writes straight through the service, as if earlier sessions had."""
    unlocked = services.profiles.unlock(name, passphrase)
    journal = services.open_journal(unlocked)
    try:
        yield journal
    finally:
        journal.close()
        unlocked.lock()


def entry(body: str, when: str = "2025-06-10 18:00", **fields: object) -> EntryInput:
    tags = tuple(fields.pop("tags", ()))  # type: ignore[arg-type]
    return EntryInput(written_at=datetime.fromisoformat(when), body=body, tags=tags, **fields)  # type: ignore[arg-type]


def page_of(window: MainWindow) -> JournalPage:
    assert window.shell is not None
    page = window.shell.page("Journal")
    assert isinstance(page, JournalPage)
    return page


def shown_headings(page: JournalPage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data(EntryRole.Heading) for row in range(model.rowCount())]


def shown_entries(page: JournalPage) -> list[EntryView]:
    return [page.model.index(row, 0).data(EntryRole.Entry) for row in range(page.model.rowCount())]


def click_row(qtbot: QtBot, page: JournalPage, row: int) -> None:
    view = page.list_view
    rect = view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def search_for(qtbot: QtBot, page: JournalPage, text: str) -> None:
    """Types into the search box and waits for the debounced search to run."""
    edit = page.filter_bar.search_edit
    edit.clear()
    with qtbot.waitSignal(page.filter_bar.query_changed, timeout=3_000):
        qtbot.keyClicks(edit, text)
