"""`tandem time add`, `tandem report` and `tandem chart`, run as a person would run them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_user_error, tandem, with_alex
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
