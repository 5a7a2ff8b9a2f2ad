"""A clearly labelled demo couple with a year of entries, quiz results and time spans, for looking around.

Everything is built from the templates in ``resources/demo/demo.toml`` with a fixed seed, through the
same services the app uses, so the demo shows exactly what real use would.
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.core.qualities import NURTURED, QUALITIES, STRAINED, Tag, parse_tag
from desktop.core.quiz.model import Quiz
from desktop.errors import InvalidInput
from desktop.resources import resource
from desktop.services.container import Services
from desktop.services.profiles import UnlockedProfile


@dataclass(frozen=True)
class DemoPerson:
    name: str
    colour: str
    passphrase: str
    apart_key: str  # which list of apart activities in demo.toml
    leaning: dict[str, float]  # quiz subscale id -> the mean answer this person tends towards


DEMO_PEOPLE: tuple[DemoPerson, DemoPerson] = (
    DemoPerson("Demo Alex", "#3b7dd8", "demo-alex-passphrase", "apart_alex",
               {"anxiety": 2.6, "avoidance": 2.4, "interdependence": 4.1, "codependent": 1.8}),
    DemoPerson("Demo Sam", "#d8703b", "demo-sam-passphrase", "apart_sam",
               {"anxiety": 5.2, "avoidance": 2.8, "interdependence": 3.4, "codependent": 2.9}),
)  # fmt: skip
DEMO_QUIZZES = ("attachment", "interdependence")


@dataclass(frozen=True)
class DemoSummary:
    people: tuple[DemoPerson, ...]
    entries: int
    shared_entries: int
    spans: int
    quiz_results: int


def _texts() -> dict:
    return tomllib.loads(resource("demo", "demo.toml").read_text(encoding="utf-8"))


def check_no_demo(services: Services) -> None:
    taken = [person.name for person in DEMO_PEOPLE if services.registry.profile_by_name(person.name) is not None]
    if taken:
        raise InvalidInput(
            f"This data folder already has the demo ({', '.join(taken)}). "
            "Open Tandem to look at it, or use another folder with --data-dir."
        )


def create_demo(
    services: Services, *, days: int = 365, seed: int = 2024, today: date | None = None,
    progress: Callable[[str], None] = lambda _step: None,
) -> DemoSummary:  # fmt: skip
    """Create, pair and fill the two demo profiles; refuses (InvalidInput) if either already exists."""
    check_no_demo(services)
    rng = random.Random(seed)
    texts = _texts()
    last_day = (today or date.today()) - timedelta(days=1)
    first_day = last_day - timedelta(days=days - 1)

    progress("Creating the demo profiles")
    for person in DEMO_PEOPLE:
        services.profiles.create_profile(person.name, person.colour, person.passphrase)
    unlocked = [services.profiles.unlock(person.name, person.passphrase) for person in DEMO_PEOPLE]
    try:
        services.couples.pair(unlocked[0], unlocked[1])
        progress("Writing a year of journal entries")
        entries, shared = 0, 0
        for index, profile in enumerate(unlocked):
            written, shared_here = _write_entries(services, profile, DEMO_PEOPLE[1 - index], texts, rng,
                                                  first_day, last_day)  # fmt: skip
            entries, shared = entries + written, shared + shared_here
        progress("Logging time together and apart")
        spans = _log_spans(services, unlocked, texts, rng, first_day, last_day)
        progress("Taking the quizzes")
        results = _take_quizzes(services, unlocked, rng)
    finally:
        for profile in unlocked:
            profile.lock()
    return DemoSummary(DEMO_PEOPLE, entries, shared, spans, results)


def _write_entries(
    services: Services, profile: UnlockedProfile, partner: DemoPerson, texts: dict, rng: random.Random,
    first_day: date, last_day: date,
) -> tuple[int, int]:  # fmt: skip
    from desktop.services.journal import EntryInput

    journal = services.open_journal(profile)
    partner_name = partner.name.removeprefix("Demo ")
    written = shared = 0
    try:
        day = first_day
        while day <= last_day:
            if rng.random() < 0.55:
                entry = _entry(texts, rng, day, partner_name)
                journal.create(EntryInput(**entry))
                written += 1
                shared += entry["shared"]
            day += timedelta(days=1)
    finally:
        journal.close()
    return written, shared


def _entry(texts: dict, rng: random.Random, day: date, partner: str) -> dict:
    qualities = rng.sample([quality.id for quality in QUALITIES], rng.choice((1, 1, 2, 2, 3)))
    tags: list[Tag] = []
    lines = [rng.choice(texts["openers"])]
    for quality in qualities:
        polarity = NURTURED if rng.random() < 0.72 else STRAINED
        tags.append(Tag(quality, polarity))
        lines.append(rng.choice(texts["nurtured" if polarity == NURTURED else "strained"][quality]))
    if rng.random() < 0.06:
        sign = rng.choice(sorted(texts["warning_signs"]))
        tags.append(Tag(sign))
        lines.append(texts["warning_signs"][sign])
    if rng.random() < 0.25:
        tags.append(parse_tag(rng.choice(texts["own_tags"])))
    lines.append(rng.choice(texts["closers"]))
    strained = sum(tag.polarity == STRAINED for tag in tags)
    mood = max(1, min(5, round(rng.gauss(3.9 - strained * 0.9, 0.7))))
    body = " ".join(line for line in lines if line).replace("{partner}", partner)
    return {
        "written_at": datetime.combine(day, time(rng.randint(7, 22), rng.choice((0, 10, 25, 40, 55)))),
        "title": rng.choice(texts["titles"][qualities[0]]),
        "body": body,
        "mood": mood,
        "tags": tuple(tags),
        "shared": rng.random() < 0.2,
    }


def _log_spans(
    services: Services, unlocked: list[UnlockedProfile], texts: dict, rng: random.Random,
    first_day: date, last_day: date,
) -> int:  # fmt: skip
    from desktop.services.balance import SpanInput

    balance = services.open_balance(unlocked[0])
    ids = [profile.profile.id for profile in unlocked]
    count = 0
    try:
        day = first_day
        while day <= last_day:
            weekend = day.weekday() >= 5
            if rng.random() < (0.9 if weekend else 0.7):
                start = datetime.combine(day, time(13 if weekend else 19, rng.choice((0, 15, 30))))
                minutes = rng.randint(150, 300) if weekend else rng.randint(60, 150)
                tags = ("quality-time+",) if rng.random() < 0.3 else ()
                activity = rng.choice(texts["activities"]["together"])
                balance.add(SpanInput("together", start, minutes=minutes, activity=activity, tags=tags))
                count += 1
            for index, person in enumerate(DEMO_PEOPLE):
                if rng.random() < 0.45:
                    start = datetime.combine(day, time(8 + 2 * index, rng.choice((0, 30))))
                    activity = rng.choice(texts["activities"][person.apart_key])
                    balance.add(SpanInput("apart", start, minutes=rng.randint(45, 110), person_id=ids[index],
                                          activity=activity))  # fmt: skip
                    count += 1
            day += timedelta(days=1)
    finally:
        balance.close()
    return count


def demo_answers(quiz: Quiz, leaning: dict[str, float], rng: random.Random) -> dict[str, int]:
    """Answers that score near `leaning` on each subscale, reverse-keyed items answered the other way."""
    low, high = quiz.scale.min, quiz.scale.max
    answers = {}
    for item in quiz.items:
        target = leaning.get(item.subscale, (low + high) / 2) + rng.uniform(-0.8, 0.8)
        value = min(high, max(low, round(target)))
        answers[item.id] = low + high - value if item.reverse else value
    return answers


def _take_quizzes(services: Services, unlocked: list[UnlockedProfile], rng: random.Random) -> int:
    count = 0
    for person, profile in zip(DEMO_PEOPLE, unlocked, strict=True):
        for quiz_id in DEMO_QUIZZES:
            quiz = services.quizzes.quiz(quiz_id)
            result = services.quizzes.save_result(profile, quiz_id, demo_answers(quiz, person.leaning, rng))
            services.quizzes.share_result(profile, result.id)
            count += 1
    return count
