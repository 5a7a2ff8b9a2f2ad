"""A profile with a small journal and a quiz result, for the export, import and backup tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.core.qualities import Tag
from desktop.services.balance import SpanInput
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
    balance = services.open_balance(unlocked, zone=ZoneInfo("Europe/Paris"))
    try:
        me = balance.me.id
        balance.add(SpanInput("together", datetime(2025, 6, 10, 17, 0), datetime(2025, 6, 10, 18, 30), person_id=me,
                              activity="Walk", note="By the river", tags=("quality-time+",)))  # fmt: skip
        balance.add(SpanInput("apart", datetime(2025, 6, 11, 8, 0), minutes=45, person_id=me, activity="Work"))
    finally:
        balance.close()


def journal_snapshot(services: Services, unlocked: UnlockedProfile) -> list[tuple]:
    """What a person sees of their journal, ids aside."""
    from desktop.services.journal import EntryQuery

    journal = services.open_journal(unlocked)
    try:
        views = journal.page(EntryQuery(), limit=10_000, full_body=True)
    finally:
        journal.close()
    return sorted((v.written_at, v.title, v.body, v.mood, v.tags, v.shared) for v in views)


def spans_snapshot(services: Services, unlocked: UnlockedProfile) -> list[tuple]:
    """The profile's time spans as the Balance page shows them, ids aside."""
    balance = services.open_balance(unlocked)
    try:
        views = balance.every_span()
    finally:
        balance.close()
    me = unlocked.profile.id
    return [(v.kind, "both" if v.person_id is None else "me" if v.person_id == me else "partner",
             v.start, v.end, v.zone, v.activity, v.note, v.tags, v.shared) for v in views]  # fmt: skip


def quiz_snapshot(services: Services, unlocked: UnlockedProfile) -> list[tuple]:
    """The profile's quiz results, ids aside, to the second (as the export writes times)."""
    from desktop.services.exchange.export import quiz_results_section

    return sorted((r.quiz_id, r.quiz_title, r.taken_at.replace(microsecond=0), r.scores, r.category, r.answers,
                   r.shared) for r in quiz_results_section(unlocked))  # fmt: skip
