"""`tandem time add|list|edit|delete`, `tandem report` and `tandem chart`, run as a person would run them."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.test_cli import TANDEM, assert_user_error, tandem, with_alex
from tests.helpers import files_containing

__all__ = ["with_alex"]  # the fixtures, imported for pytest

ALEX = "alex passphrase\n"


def add(data: Path, *args: str, stdin: str = ALEX) -> subprocess.CompletedProcess[str]:
    return tandem(data, "--passphrase-stdin", "time", "add", "--profile", "Alex", *args, stdin=stdin)


@pytest.fixture
def paired(with_alex: Path) -> Path:
    assert tandem(with_alex, "profile", "create", "Sam", "--passphrase-stdin", stdin="sam passphrase\n").returncode == 0
    paired = tandem(with_alex, "pair", "Alex", "Sam", "--passphrase-stdin", stdin=ALEX + "sam passphrase\n")
    assert paired.returncode == 0, paired.stderr
    return with_alex


def monday_this_week() -> date:
    today = date.today()
    return today - timedelta(days=today.weekday())


def test_time_add_and_the_weekly_report_as_json(paired: Path) -> None:
    monday = monday_this_week()
    logged = add(paired, "together", "90", "--activity", "date night", "--with-partner", "--date", f"{monday} 09:00")
    assert logged.returncode == 0, logged.stderr
    assert "Logged 90 minutes together (date night, both of you)" in logged.stdout
    assert add(paired, "apart", "45", "--activity", "climbing", "--date", f"{monday} 12:00").returncode == 0
    last_week = monday - timedelta(days=7)
    assert add(paired, "apart", "30", "--date", f"{last_week} 12:00").returncode == 0

    report = tandem(paired, "--passphrase-stdin", "report", "--profile", "Sam", "--weeks", "3", "--json",
                    stdin="sam passphrase\n")  # fmt: skip
    assert report.returncode == 0, report.stderr
    weeks = json.loads(report.stdout)
    assert [week["start"] for week in weeks] == [str(monday - timedelta(days=14)), str(last_week), str(monday)]
    assert weeks[-1]["week"] == f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}"
    assert weeks[-1]["end"] == str(monday + timedelta(days=6))
    assert weeks[-1]["people"] == [
        {"name": "Sam", "together_minutes": 90, "apart_minutes": 0},
        {"name": "Alex", "together_minutes": 90, "apart_minutes": 45},
    ]
    assert weeks[1]["people"][1] == {"name": "Alex", "together_minutes": 0, "apart_minutes": 30}

    text = tandem(paired, "--passphrase-stdin", "report", "--profile", "Alex", "--weeks", "1", stdin=ALEX)
    assert "Alex: 1:30 h together, 0:45 h apart" in text.stdout


def test_a_span_note_is_not_readable_on_disk(paired: Path) -> None:
    marker = "NOTE-MARKER-4c1d-only-in-the-vault"
    assert add(paired, "apart", "20", "--note", marker, "--activity", "ACTIVITY-MARKER-99").returncode == 0
    assert files_containing(paired, marker.encode()) == []
    assert files_containing(paired, b"ACTIVITY-MARKER-99") == []


@pytest.mark.parametrize(
    ("kind", "suffix"),
    [("balance", ".png"), ("balance", ".svg"), ("share", ".svg"), ("activities", ".png"), ("qualities", ".svg"),
     ("mood", ".png"), ("heatmap", ".svg")],
)  # fmt: skip
def test_chart_saves_each_kind(with_alex: Path, tmp_path: Path, kind: str, suffix: str) -> None:
    if kind == "balance" and suffix == ".png":
        assert add(with_alex, "apart", "60", "--activity", "walk").returncode == 0
    out = tmp_path / f"{kind}{suffix}"
    saved = tandem(with_alex, "--passphrase-stdin", "chart", kind, "--profile", "Alex", "-o", str(out), stdin=ALEX)
    assert saved.returncode == 0, saved.stderr
    data = out.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 5000
    else:
        assert data.startswith(b"<?xml") and b"<svg" in data[:500]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("time", "add", "--profile", "Alex", "apart", "0"), "1 minute to 24 hours"),
        (("time", "add", "--profile", "Alex", "apart", "2000"), "1 minute to 24 hours"),
        (("time", "add", "--profile", "Alex", "together", "30", "--with-partner"), "needs a partner"),
        (("time", "add", "--profile", "Alex", "together", "30", "--date", "2099-01-01"), "more than a day from now"),
        (("time", "add", "--profile", "Alex", "together", "30", "--date", "soon"), "is not a date"),
        (("time", "add", "--profile", "Nobody", "together", "30"), "no profile called"),
        (("report", "--profile", "Alex", "--weeks", "0"), "1 to 520 weeks"),
        (("chart", "mood", "--profile", "Alex", "-o", "mood.pdf"), ".png or .svg"),
    ],
)
def test_errors_exit_2_with_one_line(with_alex: Path, args: tuple[str, ...], message: str) -> None:
    assert_user_error(tandem(with_alex, "--passphrase-stdin", *args, stdin=ALEX), message)


def test_overlapping_span_is_refused(with_alex: Path) -> None:
    assert add(with_alex, "apart", "60", "--date", "2025-06-10 18:00", "--activity", "choir").returncode == 0
    assert_user_error(add(with_alex, "together", "30", "--date", "2025-06-10 18:30"), "overlaps Alex’s span: choir")


def test_help_and_time_add_do_not_import_matplotlib(with_alex: Path) -> None:
    code = (
        "import sys; from desktop.app import main; "
        f"main(['--data-dir', {str(with_alex)!r}, '--passphrase-stdin', 'time', 'add', '--profile', 'Alex', "
        "'apart', '5']); "
        "sys.exit(3 if any(n.startswith('matplotlib') for n in sys.modules) else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], input=ALEX, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    help_code = (
        "import sys\nfrom desktop.app import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "sys.exit(3 if any(n.startswith('matplotlib') for n in sys.modules) else 0)"
    )
    helped = subprocess.run([sys.executable, "-c", help_code], capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0, helped.stderr


def spans_json(data: Path, profile: str = "Alex", stdin: str = ALEX) -> list[dict]:
    listed = tandem(data, "--passphrase-stdin", "time", "list", "--profile", profile, "--json", stdin=stdin)
    assert listed.returncode == 0 and "Traceback" not in listed.stderr, listed.stderr
    return json.loads(listed.stdout)


def time(data: Path, action: str, *args: str, stdin: str = ALEX) -> subprocess.CompletedProcess[str]:
    result = tandem(data, "--passphrase-stdin", "time", action, "--profile", "Alex", *args, stdin=stdin)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_time_list_edit_and_delete(with_alex: Path) -> None:
    assert time(with_alex, "list").stdout.strip() == "No time logged yet."
    choir = ("apart", "60", "--activity", "choir", "--date", "2025-06-10 18:00", "--note", "tenor", "--tag", "growth+")
    assert add(with_alex, *choir).returncode == 0
    assert add(with_alex, "apart", "30", "--activity", "walk", "--date", "2025-06-11 08:00").returncode == 0

    walk, choir_span = spans_json(with_alex)
    assert (walk["activity"], choir_span["activity"]) == ("walk", "choir")  # newest first
    assert choir_span["start"].startswith("2025-06-10T18:00:00") and choir_span["end"].startswith("2025-06-10T19:00")
    assert choir_span | {"id": "", "start": "", "end": ""} == {
        "id": "", "start": "", "end": "", "minutes": 60, "kind": "apart", "person": "Alex", "activity": "choir",
        "note": "tenor", "tags": ["growth+"], "shared": False,
    }  # fmt: skip
    text = time(with_alex, "list", "--limit", "5").stdout.splitlines()
    assert len(text) == 2 and text[0].startswith(walk["id"][:8] + "  2025-06-11 08:00–08:30")
    assert all(
        word in text[1] for word in ("2025-06-10 18:00–19:00", "1:00 h", "apart", "Alex", "choir", "growth+ tenor")
    )
    assert [line[:8] for line in time(with_alex, "list", "--limit", "1").stdout.splitlines()] == [walk["id"][:8]]

    edited = time(with_alex, "edit", choir_span["id"][:8], "--activity", "choir rehearsal")
    assert edited.returncode == 0, edited.stderr
    assert "60 minutes apart (choir rehearsal, Alex)" in edited.stdout
    assert spans_json(with_alex)[1] == choir_span | {"activity": "choir rehearsal"}  # only what was given changed

    moved = time(with_alex, "edit", choir_span["id"], "--start", "2025-06-10 17:00", "--no-tags", "--note", "")
    assert moved.returncode == 0, moved.stderr
    after_move = spans_json(with_alex)[1]
    assert after_move["start"].startswith("2025-06-10T17:00") and after_move["minutes"] == 60  # it keeps its length
    assert (after_move["tags"], after_move["note"]) == ([], "")
    assert time(with_alex, "edit", walk["id"][:6], "--end", "2025-06-11 09:15", "--kind", "apart").returncode == 0
    assert spans_json(with_alex)[0]["minutes"] == 75

    deleted = time(with_alex, "delete", walk["id"][:8], "--yes")
    assert deleted.returncode == 0, deleted.stderr
    assert "Deleted the span 2025-06-11 08:00–09:15, 75 minutes apart (walk, Alex)." in deleted.stdout
    assert [span["id"] for span in spans_json(with_alex)] == [choir_span["id"]]
    assert_user_error(time(with_alex, "delete", walk["id"], "--yes"), "No span has the id")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("edit", "0123456789abcdef", "--note", "x"), "No span has the id “0123456789abcdef”"),
        (("delete", "fedcba98", "--yes"), "No span has the id"),
        (("edit", "ab", "--note", "x"), "at least 4 characters"),
        (("edit", "abcd", "--start", "soon"), "is not a date"),
        (("delete", "abcd"), "add --yes"),  # no terminal to ask on
        (("list", "--limit", "0"), "at least 1"),
    ],
)
def test_span_ids_and_options_are_checked(with_alex: Path, args: tuple[str, ...], message: str) -> None:
    assert_user_error(time(with_alex, *args), message)


def test_an_edit_that_breaks_a_rule_changes_nothing(with_alex: Path) -> None:
    assert add(with_alex, "apart", "60", "--date", "2025-06-10 18:00", "--activity", "choir").returncode == 0
    assert add(with_alex, "apart", "30", "--date", "2025-06-10 20:00").returncode == 0
    before = spans_json(with_alex)
    assert_user_error(time(with_alex, "edit", before[0]["id"], "--start", "2025-06-10 18:30"), "overlaps Alex’s span")
    assert_user_error(time(with_alex, "edit", before[0]["id"], "--minutes", "0"), "1 minute to 24 hours")
    assert spans_json(with_alex) == before


def test_a_partner_edits_shared_spans_but_never_finds_private_ones(with_alex: Path) -> None:
    assert add(with_alex, "apart", "20", "--date", "2025-06-01 10:00", "--activity", "before pairing").returncode == 0
    (private,) = spans_json(with_alex)
    sam = "sam passphrase\n"
    assert tandem(with_alex, "profile", "create", "Sam", "--passphrase-stdin", stdin=sam).returncode == 0
    assert tandem(with_alex, "pair", "Alex", "Sam", "--passphrase-stdin", stdin=ALEX + sam).returncode == 0
    assert add(with_alex, "together", "90", "--with-partner", "--date", "2025-06-10 18:00").returncode == 0

    (shared,) = spans_json(with_alex, "Sam", sam)
    assert (shared["person"], shared["shared"]) == (None, True)
    as_sam = ("--passphrase-stdin", "time", "edit", "--profile", "Sam")
    assert tandem(with_alex, *as_sam, shared["id"][:8], "--note", "from Sam", stdin=sam).returncode == 0
    assert spans_json(with_alex)[0]["note"] == "from Sam"
    assert_user_error(tandem(with_alex, *as_sam, private["id"], "--note", "x", stdin=sam), "No span has the id")
    assert spans_json(with_alex)[1] == private


def test_delete_asks_first_on_a_terminal(with_alex: Path) -> None:
    assert add(with_alex, "apart", "20", "--date", "2025-06-10 10:00").returncode == 0
    (span,) = spans_json(with_alex)
    for answer, told in (("n", "Kept it; nothing was deleted."), ("y", "Deleted the span 2025-06-10 10:00–10:20")):
        primary, terminal = pty.openpty()
        try:
            os.write(primary, f"{ALEX}{answer}\n".encode())  # typed ahead: the terminal keeps it until read
            asked = subprocess.run(
                [TANDEM, "--data-dir", str(with_alex), "--passphrase-stdin", "time", "delete", "--profile", "Alex",
                 span["id"][:8]],
                stdin=terminal, capture_output=True, text=True, timeout=60,
                env={name: value for name, value in os.environ.items() if name != "TANDEM_DATA_DIR"},
            )  # fmt: skip
        finally:
            os.close(primary)
            os.close(terminal)
        assert asked.returncode == 0, asked.stderr
        assert "Delete the span 2025-06-10 10:00–10:20, 20 minutes apart (Alex)? [y/N]" in asked.stdout
        assert told in asked.stdout
    assert spans_json(with_alex) == []
