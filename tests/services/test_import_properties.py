"""Adversarial input for the importers and the quiz loader: never a traceback, never partial data.

Every example either is refused whole with a TandemError (and nothing is added), or is imported
with a report whose counts add up and match what the journal gained.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.quiz import QuizFileError, parse_quiz
from desktop.errors import TandemError
from desktop.resources import resource
from desktop.services.container import Services
from desktop.services.exchange.sources import read_batch
from tests.conftest import FAST_KDF
from tests.services.exchange_fixtures import make_profile
from tests.services.test_export_import import DAYONE, JRNL

# How many inputs each property tries; the closing note of the issue sums these.
BYTES_EXAMPLES = 150  # per source
STRUCTURE_EXAMPLES = 250  # per source
QUIZ_EXAMPLES = 300  # per strategy (free text, mutated shipped quiz)
MALFORMED_INPUTS_TRIED = 3 * BYTES_EXAMPLES + 3 * STRUCTURE_EXAMPLES + 2 * QUIZ_EXAMPLES

SOURCES = ("tandem", "jrnl", "dayone")
_fixture_ok = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30) | st.sampled_from(["2024-05-01", "07:15", "2024-03-01T06:30:00Z", "trust+", "@love",
                                              "Europe/Berlin", "tandem-export", "\ud800", "9999-12-31T23:59:59"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)  # fmt: skip


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    from desktop.store.paths import DataDir

    services = Services.open(DataDir(tmp_path_factory.mktemp("fuzz") / "data"), kdf=FAST_KDF)
    unlocked = make_profile(services)
    yield services, unlocked
    unlocked.lock()
    services.close()


def _valid_documents() -> dict[str, dict]:
    tandem = {"format": "tandem-export", "version": 1, "profile": {"id": "x", "name": "A", "colour": "#000000"},
              "entries": [{"id": "e1", "written_at": "2024-01-02T03:04:00", "title": "t", "body": "b", "mood": 3,
                           "tags": ["trust+"], "shared": False, "author": "A", "mine": True}],
              "quiz_results": [{"id": "q", "quiz_id": "attachment", "quiz_title": "Q",
                                "taken_at": "2024-01-02T03:04:00+00:00", "scores": {"anxiety": 2.5},
                                "category": "secure", "answers": {"a1": 3}, "shared": False}],
              "time_spans": []}  # fmt: skip
    return {"tandem": tandem, "jrnl": JRNL, "dayone": DAYONE}


def _mutated(document: dict, data: st.DataObject) -> object:
    """The valid document with one value somewhere replaced by arbitrary JSON."""
    paths: list[tuple] = []

    def walk(node: object, path: tuple) -> None:
        paths.append(path)
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*path, index))

    walk(document, ())
    target = data.draw(st.sampled_from(paths))
    replacement = data.draw(json_values)
    if not target:
        return replacement
    copy = json.loads(json.dumps(document))
    node = copy
    for step in target[:-1]:
        node = node[step]
    node[target[-1]] = replacement
    return copy


def _entry_count(services: Services, unlocked) -> tuple[int, int]:
    from sqlmodel import func, select

    from desktop.store.models import Entry, QuizResult

    with unlocked.vault.session() as session:
        return session.exec(select(func.count()).select_from(Entry)).one(), session.exec(
            select(func.count()).select_from(QuizResult)
        ).one()


def _import_or_refuse(services: Services, unlocked, data: bytes, source: str) -> None:
    entries_before, results_before = _entry_count(services, unlocked)
    try:
        batch = read_batch(data, "fuzz.json", source)  # type: ignore[arg-type]
        report = services.imports.import_batch(unlocked, None, batch)
    except TandemError as refused:
        assert str(refused)
        assert _entry_count(services, unlocked) == (entries_before, results_before)
        return
    entries_after, results_after = _entry_count(services, unlocked)
    assert report.added + report.skipped + report.refused == len(batch.entries)
    assert entries_after - entries_before == report.added
    assert results_after - results_before == report.quiz_results_added
    assert len(report.reasons) == report.skipped + report.refused


@pytest.mark.parametrize("source", SOURCES)
@settings(_fixture_ok, max_examples=BYTES_EXAMPLES)
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_are_imported_or_refused_whole(profile: tuple, source: str, data: bytes) -> None:
    _import_or_refuse(*profile, data, source)


@pytest.mark.parametrize("source", SOURCES)
@settings(_fixture_ok, max_examples=STRUCTURE_EXAMPLES)
@given(data=st.data())
def test_a_valid_file_with_one_value_replaced_is_imported_or_refused_whole(
    profile: tuple, source: str, data: st.DataObject
) -> None:
    document = _mutated(_valid_documents()[source], data)
    _import_or_refuse(*profile, json.dumps(document).encode("utf-8", "surrogatepass"), source)


def test_deeply_nested_json_is_refused_not_a_crash(profile: tuple) -> None:
    for source in SOURCES:
        _import_or_refuse(*profile, b"[" * 100_000 + b"]" * 100_000, source)
        _import_or_refuse(*profile, b'{"entries": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", source)


SHIPPED_QUIZ = next(f for f in resource("quizzes").iterdir() if f.name.endswith(".toml")).read_text(encoding="utf-8")


def _parse_or_refuse(text: str) -> None:
    try:
        parse_quiz(text, "fuzz.toml")
    except QuizFileError as refused:
        assert "fuzz.toml" in str(refused)


@settings(max_examples=QUIZ_EXAMPLES, deadline=None)
@given(text=st.text(max_size=400))
def test_the_quiz_loader_refuses_any_text_with_a_message(text: str) -> None:
    _parse_or_refuse(text)


@settings(max_examples=QUIZ_EXAMPLES, deadline=None)
@given(data=st.data())
def test_the_quiz_loader_refuses_a_damaged_quiz_with_a_message(data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(SHIPPED_QUIZ)))
    end = data.draw(st.integers(start, min(len(SHIPPED_QUIZ), start + 200)))
    insert = data.draw(st.sampled_from(["", "0", "-1", "1e999", '"x"', "[]", "{}", "true", "\n[[items]]\n", "nan"]))
    _parse_or_refuse(SHIPPED_QUIZ[:start] + insert + SHIPPED_QUIZ[end:])
