"""`tandem demo`: a labelled demo couple, a year of entries, shared quiz results and time logs; refused twice."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desktop.core.balance.bins import DateRange
from desktop.services.container import Services
from desktop.services.demo import DEMO_PEOPLE
from desktop.services.journal import EntryQuery
from desktop.store.paths import DataDir
from tests.cli.test_cli import assert_user_error, tandem


def test_demo_creates_a_paired_couple_with_a_year_of_data(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    result = tandem(data, "demo")
    assert result.returncode == 0, result.stderr
    for person in DEMO_PEOPLE:
        assert person.name.startswith("Demo ")
        assert f"{person.name}: {person.passphrase}" in result.stdout

    services = Services.open(DataDir(data))
    try:
        assert sorted(p.name for p in services.profiles.list_profiles()) == ["Demo Alex", "Demo Sam"]
        alex = services.profiles.unlock("Demo Alex", DEMO_PEOPLE[0].passphrase)
        try:
            assert services.couples.couple_of(alex.profile.id) is not None
            journal = services.open_journal(alex)
            try:
                visible = journal.count(EntryQuery())
                shared = journal.count(EntryQuery(private=False))
                assert 150 < visible < 400 and 30 < shared < visible
            finally:
                journal.close()
            comparison = services.quizzes.comparison(alex, "attachment")
            assert comparison.revealed
            assert services.quizzes.comparison(alex, "interdependence").revealed
            balance = services.open_balance(alex)
            try:
                year = DateRange(date.today() - timedelta(days=366), date.today())
                together, apart = balance.balance(year).totals()
                assert sum(together) > 60 * 200 and sum(apart) > 60 * 100
                assert len(balance.recent(limit=1000)) > 400
            finally:
                balance.close()
        finally:
            alex.lock()
    finally:
        services.close()

    assert_user_error(tandem(data, "demo"), "already has the demo")
