"""A profile with a small journal and a quiz result, for the export, import and backup tests."""

from __future__ import annotations

from datetime import datetime

from desktop.core.qualities import Tag
from desktop.services.container import Services
from desktop.services.journal import EntryInput
from desktop.services.profiles import UnlockedProfile

PASSPHRASE = "correct horse battery"


def make_profile(services: Services, name: str = "Alex") -> UnlockedProfile:
    services.profiles.create_profile(name, "#3b7dd8", PASSPHRASE)
    return services.profiles.unlock(name, PASSPHRASE)


def write_sample_journal(services: Services, unlocked: UnlockedProfile) -> None:
    journal = services.open_journal(unlocked)
    try:
        journal.create(EntryInput(datetime(2025, 6, 10, 18, 30), "We walked by the **river**.", "A walk",
                                  mood=4, tags=(Tag("trust", 1), Tag("#hiking"))))  # fmt: skip
        journal.create(EntryInput(datetime(2025, 6, 11, 9, 5), "Café talk.\n\n## Later\n\nA long day.", "",
                                  mood=2, tags=(Tag("communication", -1), Tag("control"))))  # fmt: skip
        journal.create(EntryInput(datetime(2024, 2, 29, 23, 59), "Leap day, ünïcödé ✓ and <b>tags</b> & stuff."))
    finally:
        journal.close()
    quiz = next(iter(services.quizzes.shipped_quizzes().values()))
    services.quizzes.save_result(unlocked, quiz.id, {item.id: quiz.scale.min for item in quiz.items})


def journal_snapshot(services: Services, unlocked: UnlockedProfile) -> list[tuple]:
    """What a person sees of their journal, ids aside."""
    from desktop.services.journal import EntryQuery

    journal = services.open_journal(unlocked)
    try:
        views = journal.page(EntryQuery(), limit=10_000, full_body=True)
    finally:
        journal.close()
    return sorted((v.written_at, v.title, v.body, v.mood, v.tags, v.shared) for v in views)
