"""Charts over ten years of daily spans and entries. Run by hand:

    uv run python benchmarks/charts.py
    BENCH_YEARS=2 uv run python benchmarks/charts.py

Bulk-loads a paired couple's vaults (in one transaction each, like benchmarks/journal.py): every day a
span together, a span apart for each partner, and a journal entry with a mood and a quality tag. Then, for
ranges of four weeks, a year and everything, reports the time to aggregate each chart's data (SQL, over
both vaults) and to draw each chart (building the Figure and rendering it with Agg, as a canvas would).
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

YEARS = int(os.environ.get("BENCH_YEARS", "10"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
ZONE = ZoneInfo("Europe/Berlin")
ACTIVITIES = ["climbing", "friends", "choir", "reading", "running", "pottery", "family", "work trip"]
QUALITIES = ["trust", "support", "honesty", "respect", "love", "communication", "growth", "compromise"]


def fill(data_dir: Path, today: date) -> tuple[object, object]:
    """Two paired profiles with YEARS of data; returns (services, Alex's balance service)."""
    from desktop.core.balance.zones import as_utc, offset_minutes
    from desktop.services.balance import BalanceService, Person
    from desktop.services.container import Services
    from desktop.store.models import Entry, EntryTag, TimeSpan
    from desktop.store.paths import DataDir

    services = Services.open(DataDir(data_dir))
    for name in ("Alex", "Sam"):
        services.profiles.create_profile(name, "#3b7dd8" if name == "Alex" else "#d8703b", f"{name} passphrase")
    alex = services.profiles.unlock("Alex", "Alex passphrase")
    services.couples.pair(alex, services.profiles.unlock("Sam", "Sam passphrase"))
    sam_id = services.profiles.find("Sam").id
    shared = services.couples.open_couple_vault(alex)
    rng = random.Random(20261128)
    now = datetime.now(UTC)
    first = today - timedelta(days=365 * YEARS)
    spans = entries = 0
    with shared.session() as couple_session, alex.vault.session() as private_session:
        day = first
        while day < today:
            midnight = datetime(day.year, day.month, day.day, tzinfo=ZONE)
            for person, kind, hour, minutes in (
                (None, "together", 19, rng.choice([60, 90, 120, 180])),
                (alex.profile.id, "apart", 9, rng.choice([30, 60, 120])),
                (sam_id, "apart", 13, rng.choice([30, 60, 120])),
            ):
                start = (midnight + timedelta(hours=hour)).replace(tzinfo=ZONE)
                end = (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(ZONE)
                couple_session.add(
                    TimeSpan(id=uuid.uuid4().hex, author_id=alex.profile.id, person_id=person, kind=kind,
                             started_at=as_utc(start), ended_at=as_utc(end), start_offset=offset_minutes(start),
                             end_offset=offset_minutes(end), zone=ZONE.key, activity=rng.choice(ACTIVITIES),
                             created_at=now, updated_at=now)
                )  # fmt: skip
                spans += 1
            entry_id = uuid.uuid4().hex
            session = couple_session if rng.random() < 0.3 else private_session
            session.add(
                Entry(id=entry_id, author_id=alex.profile.id, written_at=datetime(day.year, day.month, day.day, 21),
                      title="Day", body="words " * 50, mood=rng.randint(1, 5), created_at=now, updated_at=now)
            )  # fmt: skip
            session.flush()
            session.add(EntryTag(entry_id=entry_id, tag=rng.choice(QUALITIES), polarity=rng.choice([1, -1])))
            entries += 1
            day += timedelta(days=1)
        couple_session.commit()
        private_session.commit()
    print(f"loaded {spans:,} spans and {entries:,} entries over {YEARS} years")
    people = {p.id: Person(p.id, p.name, p.colour) for p in services.profiles.list_profiles()}
    balance = BalanceService(people[alex.profile.id], people[sam_id], alex.vault, shared, zone=ZONE)
    return services, balance


def median_ms(action, rounds: int = ROUNDS) -> float:  # type: ignore[no-untyped-def]
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def main() -> None:
    started = time.perf_counter()
    import desktop.charts.kinds  # noqa: F401  (the first import of matplotlib, timed on its own)

    print(f"importing matplotlib and the chart modules: {(time.perf_counter() - started) * 1000:.0f} ms")
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from desktop.charts.colours import LIGHT
    from desktop.charts.kinds import CHARTS
    from desktop.core.balance.bins import DateRange

    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        _services, balance = fill(Path(tmp), today)
        print(f"(bulk load took {time.perf_counter() - began:.0f} s)\n")
        stats = balance.stats  # type: ignore[attr-defined]
        aggregations = {
            "balance": lambda span: stats.balance(span),
            "share": lambda span: stats.share(stats.balance(span), (40, 60)),
            "activities": stats.activities,
            "qualities": lambda span: stats.qualities(span),
            "mood": lambda span: stats.mood(span),
            "heatmap": stats.journal_days,
        }
        ranges = {
            "4 weeks": DateRange(today - timedelta(days=27), today),
            "1 year": DateRange(today - timedelta(days=364), today),
            f"{YEARS} years": DateRange(today - timedelta(days=365 * YEARS), today),
        }
        print(f"{'chart':<11}{'range':<10}{'bins':>6}{'aggregate (ms)':>16}{'draw (ms)':>11}")
        for label, span in ranges.items():
            for kind, aggregate in aggregations.items():
                data = aggregate(span)
                aggregate_ms = median_ms(lambda aggregate=aggregate, span=span: aggregate(span))
                figure = CHARTS[kind][2](data, LIGHT, None)
                canvas = FigureCanvasAgg(figure)

                def draw(kind: str = kind, data: object = data, figure: object = figure, canvas=canvas) -> None:  # type: ignore[no-untyped-def]
                    CHARTS[kind][2](data, LIGHT, figure)  # redraw into the same figure, as the UI does
                    canvas.draw()

                draw_ms = median_ms(draw)
                bins = len(getattr(data, "bins", ())) or len(getattr(data, "activities", ())) or span.days
                print(f"{kind:<11}{label:<10}{bins:>6}{aggregate_ms:>16.1f}{draw_ms:>11.1f}")
            dashboard_ms = median_ms(lambda span=span: balance.dashboard(span))  # type: ignore[attr-defined]
            print(f"{'dashboard':<11}{label:<10}{'':>6}{dashboard_ms:>16.1f}   (all six, plus the sentences)\n")
        balance.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
