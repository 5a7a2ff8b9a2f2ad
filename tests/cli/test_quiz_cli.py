"""`tandem quiz list` and `tandem quiz score`, run as a person would run them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import assert_user_error, tandem
from tests.core.quiz_samples import small_quiz, to_toml

ATTACHMENT = "1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6"  # anxiety 3.3, avoidance 4.6 (see tests/core)
INTERDEPENDENCE = "1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1"  # interdependence 3.75, codependent 3.25


def test_list_plain_and_json(tmp_path: Path) -> None:
    plain = tandem(tmp_path, "quiz", "list")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.splitlines() == [
        "attachment       Attachment tendencies (20 items)",
        "interdependence  Interdependence check (16 items)",
    ]
    listed = tandem(tmp_path, "quiz", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [
        {"id": "attachment", "title": "Attachment tendencies", "items": 20},
        {"id": "interdependence", "title": "Interdependence check", "items": 16},
    ]


def test_list_shows_own_quizzes_and_reports_a_bad_one(tmp_path: Path) -> None:
    folder = tmp_path / "quizzes"
    folder.mkdir(parents=True)
    (folder / "small.toml").write_text(to_toml(small_quiz()), encoding="utf-8")
    (folder / "bad.toml").write_text("id = [", encoding="utf-8")
    listed = tandem(tmp_path, "quiz", "list", "--json")
    assert listed.returncode == 0
    assert [row["id"] for row in json.loads(listed.stdout)] == ["attachment", "interdependence", "small"]
    assert "bad.toml" in listed.stderr and "not valid TOML" in listed.stderr and "Traceback" not in listed.stderr


def test_score_both_quizzes(tmp_path: Path) -> None:
    attachment = tandem(tmp_path, "quiz", "score", "attachment", "--answers", ATTACHMENT, "--json")
    assert attachment.returncode == 0, attachment.stderr
    assert json.loads(attachment.stdout) == {
        "quiz": "attachment",
        "scores": {"anxiety": 3.3, "avoidance": 4.6},
        "category": "dismissive-avoidant",
    }
    plain = tandem(tmp_path, "quiz", "score", "attachment", "--answers", ATTACHMENT)
    assert "Anxiety: 3.30" in plain.stdout and "Avoidance: 4.60" in plain.stdout
    assert "Dismissive-avoidant" in plain.stdout and "tendency" in plain.stdout

    check = tandem(tmp_path, "quiz", "score", "interdependence", "--answers", INTERDEPENDENCE, "--json")
    assert json.loads(check.stdout) == {
        "quiz": "interdependence",
        "scores": {"interdependence": 3.75, "codependent": 3.25},
        "category": "some-codependent-patterns",
    }


def test_score_a_quiz_file_by_path(tmp_path: Path) -> None:
    path = tmp_path / "small.toml"
    path.write_text(to_toml(small_quiz()), encoding="utf-8")
    # a = (4 + (6-2)) / 2 = 4; b = (5 + 1 + (6-1)) / 3 = 11/3; c = 5 + (6-2) = 9 (a sum, printed whole)
    result = tandem(tmp_path / "data", "quiz", "score", str(path), "--answers", "4,2,5,1,1,5,2", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"quiz": "small", "scores": {"a": 4, "b": 3.6667, "c": 9}, "category": "both"}


def test_bad_answers_and_bad_files_exit_2_with_one_line(tmp_path: Path) -> None:
    assert_user_error(tandem(tmp_path, "quiz", "score", "attachment", "--answers", "4,4,4"), "needs 20 answers, not 3")
    out_of_range = ATTACHMENT.rsplit(",", 1)[0] + ",8"
    assert_user_error(
        tandem(tmp_path, "quiz", "score", "attachment", "--answers", out_of_range), "Answer 20 is 8, but answers go"
    )
    assert_user_error(
        tandem(tmp_path, "quiz", "score", "interdependence", "--answers", "0," + INTERDEPENDENCE[2:]), "Answer 1 is 0"
    )
    assert_user_error(tandem(tmp_path, "quiz", "score", "attachment", "--answers", "4,four"), "not a whole number")
    assert_user_error(tandem(tmp_path, "quiz", "score", "nope", "--answers", "1"), "no quiz called “nope”")
    broken = small_quiz()
    broken["scale"]["min"] = 9
    (tmp_path / "broken.toml").write_text(to_toml(broken), encoding="utf-8")
    assert_user_error(
        tandem(tmp_path, "quiz", "score", str(tmp_path / "broken.toml"), "--answers", "1"),
        "The quiz file broken.toml, field “scale.max”: must be greater than min (9), not 5.",
    )


def test_quiz_commands_never_import_qt_or_matplotlib(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from desktop.app import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'quiz', 'score', 'attachment', '--answers', {ATTACHMENT!r}]); "
        "sys.exit(3 if any(n.startswith(('PySide6', 'matplotlib')) for n in sys.modules) else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Dismissive-avoidant" in result.stdout
