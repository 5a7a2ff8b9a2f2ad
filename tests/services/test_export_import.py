"""Export to every format, and import it back: the round trip, idempotency, other journals' files."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.qualities import Tag
from desktop.errors import InvalidInput, WrongPassphrase
from desktop.services.container import Services
from desktop.services.exchange.importer import NeedsPassword
from desktop.services.exchange.progress import Cancelled, Progress
from desktop.services.exchange.sources import MalformedImport
from tests.services.exchange_fixtures import (
    journal_snapshot,
    make_profile,
    quiz_snapshot,
    spans_snapshot,
    write_sample_journal,
)


def _export(services: Services, unlocked, path: Path, fmt: str = "json", **kwargs):
    journal = services.open_journal(unlocked)
    balance = services.open_balance(unlocked)
    try:
        return services.exports.export(unlocked, journal, path, fmt, balance=balance, **kwargs)
    finally:
        balance.close()
        journal.close()


def _import(services: Services, unlocked, path: Path, source: str = "tandem", password: str | None = None):
    batch = services.imports.read(path, source, password)
    shared = services.couples.open_couple_vault(unlocked)
    balance = services.open_balance(unlocked)
    try:
        return services.imports.import_batch(unlocked, shared, batch, balance=balance)
    finally:
        balance.close()
        if shared is not None:
            shared.close()


def test_json_export_imported_into_a_fresh_profile_gives_back_the_same_journal(
    services: Services, tmp_path: Path
) -> None:
    alex = make_profile(services, "Alex")
    write_sample_journal(services, alex)
    report = _export(services, alex, tmp_path / "alex.json")
    assert (report.entries, report.quiz_results, report.time_spans) == (3, 1, 2)
    data = json.loads((tmp_path / "alex.json").read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("tandem-export", 1)
    assert list(data) == ["format", "version", "exported_at", "app_version", "profile", "entries", "quiz_results",
                          "time_spans"]  # fmt: skip
    assert data["time_spans"][0] == {
        "id": data["time_spans"][0]["id"], "kind": "together", "who": "me", "person": "Alex",
        "start": "2025-06-10T17:00:00+02:00", "end": "2025-06-10T18:30:00+02:00", "zone": "Europe/Paris",
        "activity": "Walk", "note": "By the river", "tags": ["quality-time+"], "shared": False,
    }  # fmt: skip

    sam = make_profile(services, "Sam")
    imported = _import(services, sam, tmp_path / "alex.json")
    assert (imported.added, imported.skipped, imported.refused) == (3, 0, 0)
    assert imported.quiz_results_added == 1
    assert (imported.time_spans_added, imported.time_spans_skipped, imported.time_spans_refused) == (2, 0, 0)
    assert journal_snapshot(services, sam) == journal_snapshot(services, alex)
    assert quiz_snapshot(services, sam) == quiz_snapshot(services, alex) != []
    assert spans_snapshot(services, sam) == spans_snapshot(services, alex) != []
    sam_ids = {e["id"] for e in json.loads(_export_text(services, sam, tmp_path / "sam.json"))["entries"]}
    assert not sam_ids & {e["id"] for e in data["entries"]}  # new ids: never a clash in a shared couple vault

    again = _import(services, sam, tmp_path / "alex.json")
    assert (again.added, again.skipped, again.refused, again.quiz_results_added) == (0, 3, 0, 0)
    assert (again.time_spans_added, again.time_spans_skipped, again.time_spans_refused) == (0, 2, 0)
    assert journal_snapshot(services, sam) == journal_snapshot(services, alex)
    assert spans_snapshot(services, sam) == spans_snapshot(services, alex)


def _export_text(services: Services, unlocked, path: Path) -> str:
    _export(services, unlocked, path)
    return path.read_text(encoding="utf-8")


def test_reimport_into_the_same_profile_adds_nothing(services: Services, tmp_path: Path) -> None:
    alex = make_profile(services)
    write_sample_journal(services, alex)
    _export(services, alex, tmp_path / "alex.json")
    before = journal_snapshot(services, alex)
    report = _import(services, alex, tmp_path / "alex.json")
    assert (report.added, report.skipped) == (0, 3)
    assert journal_snapshot(services, alex) == before


def test_encrypted_export_needs_its_password(services: Services, tmp_path: Path) -> None:
    alex = make_profile(services)
    write_sample_journal(services, alex)
    path = tmp_path / "alex.tandem"
    _export(services, alex, path, "sealed", password="export password")
    assert b"river" not in path.read_bytes() and b"Alex" not in path.read_bytes()
    with pytest.raises(NeedsPassword):
        services.imports.read(path, "tandem")
    with pytest.raises(WrongPassphrase):
        services.imports.read(path, "tandem", "not the password")
    damaged = bytearray(path.read_bytes())
    damaged[-5] ^= 1
    (tmp_path / "damaged.tandem").write_bytes(bytes(damaged))
    with pytest.raises(WrongPassphrase):
        services.imports.read(tmp_path / "damaged.tandem", "tandem", "export password")
    sam = make_profile(services, "Sam")
    assert _import(services, sam, path, password="export password").added == 3
    with pytest.raises(InvalidInput, match="at least"):
        _export(services, alex, tmp_path / "weak.tandem", "sealed", password="short")


def test_markdown_one_file_and_a_folder_per_entry(services: Services, tmp_path: Path) -> None:
    alex = make_profile(services)
    write_sample_journal(services, alex)
    _export(services, alex, tmp_path / "journal.md", "markdown")
    text = (tmp_path / "journal.md").read_text(encoding="utf-8")
    assert text.startswith("# Alex’s journal")
    assert "## A walk" in text and "Trust (nurtured)" in text and "\\#hiking" in text
    assert "### Later" in text  # the entry's own heading sits below its title
    assert "## Quiz results" in text
    assert "## Time together and apart" in text and "17:00–18:30 (1 h 30 min): together, Alex · Walk" in text
    assert text.index("Leap day") < text.index("A walk")  # oldest first

    _export(services, alex, tmp_path / "entries", "markdown-folder")
    names = sorted(path.name for path in (tmp_path / "entries").iterdir())
    assert names == ["2024-02-29-2359.md", "2025-06-10-1830-a-walk.md", "2025-06-11-0905.md", "quiz-results.md",
                     "time-spans.md"]  # fmt: skip
    with pytest.raises(InvalidInput, match="not an empty folder"):
        _export(services, alex, tmp_path / "entries", "markdown-folder")


def _cancelling_at(call: int) -> Progress:
    """A Progress whose Cancel button is pressed during its `call`-th report."""
    progress, calls = Progress(), []

    def report(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == call:
            progress.cancel()

    progress.report = report
    return progress


@pytest.mark.parametrize(("fmt", "call"), [("json", 1), ("sealed", 1), ("markdown", 2), ("markdown-folder", 3)])
def test_cancelling_an_export_leaves_no_file(services: Services, tmp_path: Path, fmt: str, call: int) -> None:
    alex = make_profile(services)
    write_sample_journal(services, alex)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled, match="Nothing was written"):
        _export(services, alex, out / "export", fmt, progress=_cancelling_at(call), password="export password")
    assert list(out.iterdir()) == []


def test_a_cancelled_import_adds_nothing(services: Services, tmp_path: Path) -> None:
    alex = make_profile(services)
    write_sample_journal(services, alex)
    _export(services, alex, tmp_path / "alex.json")
    sam = make_profile(services, "Sam")
    cancelled = Progress(what="The import")
    cancelled.cancel()
    with pytest.raises(Cancelled, match="The import was cancelled"):
        services.imports.import_batch(sam, None, services.imports.read(tmp_path / "alex.json", "tandem"), cancelled)
    assert journal_snapshot(services, sam) == []


JRNL = {
    "tags": {"@trust": 1, "@hiking": 1},
    "entries": [
        {"title": "Long walk.", "body": "We talked about @trust- and went @hiking.", "date": "2024-05-01",
         "time": "07:15", "tags": ["@trust-", "@hiking"], "starred": True},
        {"title": "Quiet day.", "body": "", "date": "2024-05-02", "time": "21:00", "tags": ["@quality_time"],
         "starred": False},
        {"title": "From the future.", "body": "", "date": "2999-01-01", "time": "10:00", "tags": [], "starred": False},
    ],
}  # fmt: skip

DAYONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {"uuid": "A1", "creationDate": "2024-03-01T06:30:00Z", "timeZone": "Europe/Berlin",
         "text": "# Breakfast\n\nPancakes together.", "tags": ["love", "Control"], "starred": False},
        {"uuid": "A2", "creationDate": "2024-03-02T20:00:00Z", "timeZone": "America/New_York",
         "text": "Alone time, reading.", "tags": ["individuality+"], "starred": True},
    ],
}  # fmt: skip


def test_jrnl_import_maps_tags_to_qualities_and_refuses_future_entries(services: Services, tmp_path: Path) -> None:
    alex = make_profile(services)
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(JRNL), encoding="utf-8")
    report = _import(services, alex, path, "jrnl")
    assert (report.added, report.skipped, report.refused) == (2, 0, 1)
    assert "future" in report.reasons[0] and "Entry 3" in report.reasons[0]
    entries = journal_snapshot(services, alex)
    assert entries[0][:3] == (datetime(2024, 5, 1, 7, 15), "Long walk.", "We talked about @trust- and went @hiking.")
    assert entries[0][4] == (Tag("#hiking"), Tag("#starred"), Tag("trust", -1))
    assert entries[1][4] == (Tag("quality-time", 1),)
    again = _import(services, alex, path, "jrnl")
    assert (again.added, again.skipped, again.refused) == (0, 2, 1)


def test_day_one_import_uses_the_entry_time_zone_and_title_line(services: Services, tmp_path: Path) -> None:
    alex = make_profile(services)
    path = tmp_path / "dayone.json"
    path.write_text(json.dumps(DAYONE), encoding="utf-8")
    assert _import(services, alex, path, "dayone").added == 2
    first, second = journal_snapshot(services, alex)
    assert first[:3] == (datetime(2024, 3, 1, 7, 30), "Breakfast", "Pancakes together.")
    assert first[4] == (Tag("control"), Tag("love", 1))
    assert second[0] == datetime(2024, 3, 2, 15, 0) and second[4] == (Tag("#starred"), Tag("individuality", 1))
    assert _import(services, alex, path, "dayone").added == 0


@pytest.mark.parametrize(
    ("source", "content", "message"),
    [
        ("jrnl", b"{not json", "not valid JSON"),
        ("jrnl", b'{"entries": [{"title": "x"}]}', "entries[0]: “date” is missing"),
        ("dayone", b'{"entries": [{"creationDate": "yesterday"}]}', "is not a date"),
        ("tandem", json.dumps(JRNL).encode(), "“format” is not “tandem-export”"),
        ("tandem", b"\xff\xfe", "not UTF-8"),
        ("jrnl", b'{"entries": [{"date": "2024-01-01", "body": "\\ud800"}]}', "not valid Unicode"),
    ],
)
def test_a_malformed_file_is_refused_whole(
    services: Services, tmp_path: Path, source: str, content: bytes, message: str
) -> None:
    alex = make_profile(services)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(MalformedImport, match="Nothing was imported") as caught:
        _import(services, alex, path, source)
    assert message in str(caught.value)
    assert journal_snapshot(services, alex) == []


def _tandem_file(path: Path, spans: list[dict]) -> Path:
    path.write_text(json.dumps({"format": "tandem-export", "version": 1, "entries": [], "time_spans": spans}),
                    encoding="utf-8")  # fmt: skip
    return path


def _span(start: str, end: str, who: str = "me", kind: str = "together", activity: str = "Walk") -> dict:
    return {"kind": kind, "who": who, "start": start, "end": end, "zone": "Europe/Paris", "activity": activity,
            "note": "", "tags": [], "shared": False}  # fmt: skip


def test_a_time_span_that_breaks_a_rule_is_refused_alone_with_its_reason(services: Services, tmp_path: Path) -> None:
    alex = make_profile(services)
    path = _tandem_file(tmp_path / "spans.json", [
        _span("2025-06-10T17:00:00+02:00", "2025-06-10T18:00:00+02:00"),
        _span("2025-06-10T17:30:00+02:00", "2025-06-10T19:00:00+02:00", activity="Cinema"),  # overlaps the first
        _span("2025-06-11T17:00:00+02:00", "2025-06-11T18:00:00+02:00", who="partner"),  # Alex has no partner
        _span("2025-06-12T17:00:00+02:00", "2025-06-12T18:00:00+02:00", kind="sideways"),
        _span("2025-06-13T17:00:00+02:00", "2025-06-13T18:00:00+02:00", kind="apart", activity="Gym"),
    ])  # fmt: skip
    report = _import(services, alex, path)
    assert (report.time_spans_added, report.time_spans_skipped, report.time_spans_refused) == (2, 0, 3)
    refused = [line for line in report.reasons if "refused" in line]
    assert "Time span 2" in refused[0] and "overlaps" in refused[0]
    assert "Time span 3" in refused[1] and "no partner" in refused[1]
    assert "Time span 4" in refused[2] and "sideways" in refused[2]
    assert "Time spans: added 2, skipped 0, refused 3." in report.summary()
    assert [(s[0], s[5]) for s in spans_snapshot(services, alex)] == [("together", "Walk"), ("apart", "Gym")]

    again = _import(services, alex, path)
    assert (again.time_spans_added, again.time_spans_skipped, again.time_spans_refused) == (0, 2, 3)


def test_a_time_span_with_an_unknown_who_refuses_the_whole_file(services: Services, tmp_path: Path) -> None:
    alex = make_profile(services)
    path = _tandem_file(tmp_path / "spans.json", [_span("2025-06-10T17:00:00+02:00", "2025-06-10T18:00:00+02:00",
                                                        who="Sam")])  # fmt: skip
    with pytest.raises(MalformedImport, match="time_spans\\[0\\]: “who” is not"):
        _import(services, alex, path)
    assert spans_snapshot(services, alex) == []
