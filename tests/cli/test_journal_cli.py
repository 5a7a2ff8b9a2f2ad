"""`tandem write` and `tandem search` in a subprocess."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_user_error, tandem
from tests.helpers import files_containing

A, S = "alex passphrase\n", "sam passphrase\n"


@pytest.fixture
def paired(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert tandem(data, "profile", "create", "Alex", "--passphrase-stdin", stdin=A).returncode == 0
    assert tandem(data, "profile", "create", "Sam", "--passphrase-stdin", stdin=S).returncode == 0
    assert tandem(data, "pair", "Alex", "Sam", "--passphrase-stdin", stdin=A + S).returncode == 0
    return data


def search_json(data: Path, profile: str, passphrase: str, *args: str) -> list[dict]:
    result = tandem(data, "search", "--profile", profile, "--json", "--passphrase-stdin", *args, stdin=passphrase)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_write_then_search_as_json(paired: Path) -> None:
    written = tandem(
        paired, "write", "--profile", "Alex", "--tag", "trust+", "--tag", "Quality time-", "--mood", "4",
        "--date", "2025-06-10 18:30", "--title", "Café", "--passphrase-stdin",
        stdin=A + "We went to the café.\nIt was *lovely*.\n",
    )  # fmt: skip
    assert written.returncode == 0, written.stderr
    (found,) = search_json(paired, "Alex", A, "cafe")
    assert found["title"] == "Café" and found["body"] == "We went to the café.\nIt was *lovely*.\n"
    assert found["date"] == "2025-06-10T18:30:00" and found["mood"] == 4 and found["shared"] is False
    assert sorted(found["tags"]) == ["quality-time-", "trust+"]
    assert {"id", "date", "title", "body", "tags", "mood", "shared"} <= found.keys()


def test_search_filters_by_tag_and_dates(paired: Path) -> None:
    for date, tag, text in [("2025-01-05", "trust+", "january"), ("2025-02-05", "trust-", "february")]:
        args = ("write", "--profile", "Alex", "--date", date, "--tag", tag, "--passphrase-stdin", text)
        assert tandem(paired, *args, stdin=A).returncode == 0
    assert [e["body"] for e in search_json(paired, "Alex", A, "--tag", "trust")] == ["february", "january"]
    assert [e["body"] for e in search_json(paired, "Alex", A, "--tag", "trust+")] == ["january"]
    assert [e["body"] for e in search_json(paired, "Alex", A, "--from", "2025-02-01")] == ["february"]
    assert [e["body"] for e in search_json(paired, "Alex", A, "--to", "2025-01-31")] == ["january"]
    plain = tandem(paired, "search", "--profile", "Alex", "--passphrase-stdin", "janu*", stdin=A)
    assert plain.returncode == 0 and "2025-01-05 12:00" in plain.stdout and "february" not in plain.stdout


def test_partner_sees_shared_entries_never_private_ones(paired: Path) -> None:
    secret = f"SECRET{uuid.uuid4().hex}"
    args = ("write", "--profile", "Alex", "--passphrase-stdin")
    assert tandem(paired, *args, f"{secret} private", stdin=A).returncode == 0
    assert tandem(paired, *args, "--shared", "our shared note", stdin=A).returncode == 0
    seen_by_sam = search_json(paired, "Sam", S)
    assert [(e["body"], e["shared"], e["author"]) for e in seen_by_sam] == [("our shared note", True, "Alex")]
    assert search_json(paired, "Sam", S, secret) == []
    assert files_containing(paired, secret.encode()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--tag", "bogus+"), "trust, support, honesty"),
        (("--tag", "trust"), "trust+ or trust-"),
        (("--mood", "9"), "mood"),
        (("--date", "2025-13-45"), "not a date"),
        (("--date", "2999-01-01"), "future"),
    ],
)
def test_bad_entries_are_refused_with_a_reason(paired: Path, args: tuple[str, ...], message: str) -> None:
    result = tandem(paired, "write", "--profile", "Alex", "--passphrase-stdin", *args, "text", stdin=A)
    assert_user_error(result, message)
    assert search_json(paired, "Alex", A) == []


def test_wrong_passphrase_writes_nothing(paired: Path) -> None:
    result = tandem(paired, "write", "--profile", "Alex", "--passphrase-stdin", "hello", stdin=S)
    assert_user_error(result, "doesn't open")
    assert search_json(paired, "Alex", A) == []
