"""The log's rule: event names, ids and counts only; anything that could be someone's writing is scrubbed."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from desktop.logs import (
    LOG_BACKUPS,
    configure_logging,
    crash_hook,
    safe_traceback,
    scrub,
    stop_logging,
    write_crash_report,
)
from tests.helpers import files_containing


def test_scrub_replaces_quotes_sensitive_keys_sql_parameters_and_long_text() -> None:
    assert "SECRET" not in scrub("“SECRET words” is not a tag")
    assert "SECRET" not in scrub("passphrase=SECRET, next=1")
    assert "SECRET" not in scrub("body: SECRET")
    assert "SECRET" not in scrub("[SQL: INSERT INTO entry VALUES (?, ?)]\n[parameters: ('1', 'SECRET')]")
    assert len(scrub("x" * 1000)) < 320
    assert scrub("unlocked profile 3f2a, 12 entries") == "unlocked profile 3f2a, 12 entries"


def _raise_nested() -> None:
    secret = "".join(("SEC", "RET"))  # built, so that the source lines a report keeps do not hold it
    try:
        {}[f"“{secret} key”"]
    except KeyError as error:
        raise RuntimeError(f"while saving '{secret} text'") from error


def test_a_crash_report_has_frames_but_no_locals_or_messages(tmp_path: Path) -> None:
    secret_local = "SECRET local"  # noqa: F841
    try:
        _raise_nested()
    except RuntimeError as error:
        text = safe_traceback(error)
        path = write_crash_report(tmp_path / "logs", error)
    assert "_raise_nested" in text and "RuntimeError" in text and "KeyError" in text
    assert "SECRET" not in path.read_text(encoding="utf-8")
    assert path.name.startswith("crash-") and path.suffix == ".txt"


def test_the_command_line_hook_writes_a_report_and_says_where(tmp_path: Path, capsys) -> None:
    told: list[Path] = []
    hook = crash_hook(tmp_path, told.append)
    try:
        _raise_nested()
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    (report,) = told
    assert report.exists() and files_containing(tmp_path, b"SECRET") == []


def test_the_log_rotates_and_keeps_three_files(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("desktop.logs.LOG_MAX_BYTES", 2_000)
    handler = configure_logging(tmp_path / "logs")
    try:
        log = logging.getLogger("desktop.test")
        for number in range(400):
            log.warning("event %d passphrase=SECRET %s", number, "“SECRET text”")
    finally:
        stop_logging(handler)
    files = sorted(path.name for path in (tmp_path / "logs").iterdir())
    assert files == ["tandem.log", "tandem.log.1", "tandem.log.2"][: LOG_BACKUPS + 1]
    assert files_containing(tmp_path, b"SECRET") == []
