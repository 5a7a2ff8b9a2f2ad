"""`tandem export`, `import`, `backup`, `check` and `restore`, run as a person would run them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import assert_user_error, tandem
from tests.cli.test_cli import with_alex as with_alex  # a fixture, shared

ALEX = "alex passphrase\n"


def _write(data: Path, text: str, *tags: str) -> None:
    args = [f"--tag={tag}" for tag in tags]
    written = tandem(data, "write", "--profile", "Alex", "--passphrase-stdin", "--date", "2025-06-10 18:30", *args,
                     text, stdin=ALEX)  # fmt: skip
    assert written.returncode == 0, written.stderr


def test_export_then_import_into_another_profile(with_alex: Path, tmp_path: Path) -> None:
    data = with_alex
    _write(data, "A walk by the river", "trust+", "#hiking")
    logged = tandem(data, "time", "add", "--profile", "Alex", "together", "90", "--activity", "walk", "--date",
                    "2025-06-10 18:30", "--passphrase-stdin", stdin=ALEX)  # fmt: skip
    assert logged.returncode == 0, logged.stderr
    out = tmp_path / "alex.json"
    exported = tandem(data, "export", "--profile", "Alex", "--format", "json", "-o", str(out), "--passphrase-stdin",
                      stdin=ALEX)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "not encrypted" in exported.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["entries"][0]["tags"] == ["#hiking", "trust+"]
    assert [(s["kind"], s["who"], s["activity"]) for s in document["time_spans"]] == [("together", "me", "walk")]

    assert tandem(data, "profile", "create", "Sam", "--passphrase-stdin", stdin="sam passphrase\n").returncode == 0
    args = ("import", "--profile", "Sam", "--from", "tandem", str(out), "--passphrase-stdin")
    first = tandem(data, *args, stdin="sam passphrase\n")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Added 1 entries, skipped 0, refused 0.")
    assert "Time spans: added 1, skipped 0, refused 0." in first.stdout
    again = tandem(data, *args, stdin="sam passphrase\n")
    assert again.stdout.startswith("Added 0 entries, skipped 1, refused 0.")
    assert "Time spans: added 0, skipped 1, refused 0." in again.stdout


def test_encrypted_export_and_pdf(with_alex: Path, tmp_path: Path) -> None:
    _write(with_alex, "Private words")
    sealed = tmp_path / "alex.tandem"
    result = tandem(with_alex, "export", "--profile", "Alex", "--format", "json", "--encrypt", "-o", str(sealed),
                    "--passphrase-stdin", stdin=ALEX + "export password\n")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "not encrypted" not in result.stderr and b"Private" not in sealed.read_bytes()
    imported = tandem(with_alex, "import", "--profile", "Alex", "--from", "tandem", str(sealed), "--passphrase-stdin",
                      stdin=ALEX + "export password\n")  # fmt: skip
    assert imported.stdout.startswith("Added 0 entries, skipped 1"), imported.stderr
    pdf = tmp_path / "alex.pdf"
    printed = tandem(with_alex, "export", "--profile", "Alex", "--format", "pdf", "-o", str(pdf), "--passphrase-stdin",
                     stdin=ALEX)  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_malformed_import_is_one_clear_line(with_alex: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"entries": [{"title": 1}]}', encoding="utf-8")
    result = tandem(with_alex, "import", "--profile", "Alex", "--from", "jrnl", str(bad), "--passphrase-stdin",
                    stdin=ALEX)  # fmt: skip
    assert_user_error(result, "is not a jrnl JSON export Tandem can read (entries[0]: “date” is missing)")


def test_backup_check_and_restore_a_truncated_vault(with_alex: Path) -> None:
    data = with_alex
    _write(data, "Keep me safe")
    backed = tandem(data, "backup", "--profile", "Alex", "--passphrase-stdin", stdin=ALEX)
    assert backed.returncode == 0, backed.stderr
    assert "Backed up Alex’s journal" in backed.stdout and "Backed up the profile list" in backed.stdout
    assert tandem(data, "check").returncode == 0

    vault = next((data / "vaults").glob("*.sqlite"))
    vault.write_bytes(vault.read_bytes()[:5000])
    checked = tandem(data, "check")
    assert checked.returncode == 1 and "DAMAGED" in checked.stdout and "cut short" in checked.stdout
    assert_user_error(tandem(data, "search", "--profile", "Alex", "--passphrase-stdin", stdin=ALEX), "damaged")

    listed = tandem(data, "restore", "--profile", "Alex", "--passphrase-stdin", stdin=ALEX)
    assert listed.returncode == 0 and " 1. " in listed.stdout
    restored = tandem(data, "restore", "--profile", "Alex", "--latest", "--passphrase-stdin", stdin=ALEX)
    assert restored.returncode == 0, restored.stderr
    assert "is kept as" in restored.stdout
    found = tandem(data, "search", "--profile", "Alex", "--passphrase-stdin", "--json", stdin=ALEX)
    assert [entry["body"] for entry in json.loads(found.stdout)] == ["Keep me safe"]
    assert list((data / "vaults").glob("*.damaged-*"))


def test_restore_a_damaged_profile_list(with_alex: Path) -> None:
    data = with_alex
    assert tandem(data, "backup").returncode == 0
    (data / "registry.sqlite").write_bytes(b"garbage" * 1000)
    assert_user_error(tandem(data, "profile", "list"), "damaged")
    assert tandem(data, "check").returncode == 1
    restored = tandem(data, "restore", "--registry", "--latest")
    assert restored.returncode == 0, restored.stderr
    assert tandem(data, "profile", "list").stdout.strip() == "Alex"


def test_check_on_a_folder_without_tandem_data_creates_nothing(tmp_path: Path) -> None:
    nothing = tmp_path / "nothing"
    checked = tandem(nothing, "check")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == f"No Tandem data here yet: {nothing}"
    assert not nothing.exists()
    restored = tandem(nothing, "restore", "--registry")
    assert restored.returncode != 0 and "Traceback" not in restored.stderr
    assert not nothing.exists()


def test_check_reports_a_missing_profile_list_without_making_a_new_one(with_alex: Path) -> None:
    (with_alex / "registry.sqlite").unlink()
    checked = tandem(with_alex, "check")
    assert checked.returncode == 1
    assert "DAMAGED registry.sqlite" in checked.stdout and "it is missing" in checked.stdout
    assert not (with_alex / "registry.sqlite").exists()
