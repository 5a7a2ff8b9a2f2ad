"""The `tandem` command, run as a person would run it: a subprocess against a temporary data dir."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from desktop.store.single_writer import SingleWriterLock
from tests.helpers import files_containing

TANDEM = str(Path(sys.executable).with_name("tandem"))
RECOVERY_KEY = re.compile(r"\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b")


def tandem(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TANDEM_DATA_DIR"}
    return subprocess.run(
        [TANDEM, "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def assert_user_error(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert message in result.stderr


@pytest.fixture
def with_alex(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    created = tandem(data, "profile", "create", "Alex", "--passphrase-stdin", stdin="alex passphrase\n")
    assert created.returncode == 0, created.stderr
    return data


def test_version_and_help(tmp_path: Path) -> None:
    version = tandem(tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.strip() == "tandem 0.1.0"
    helped = tandem(tmp_path, "--help")
    assert helped.returncode == 0
    for command in ("profile", "pair", "--data-dir", "--passphrase-stdin"):
        assert command in helped.stdout


def test_create_prints_the_recovery_key_once_and_list_shows_the_profile(tmp_path: Path) -> None:
    data = tmp_path / "data"
    created = tandem(data, "--passphrase-stdin", "profile", "create", "Alex", stdin="alex passphrase\n")
    assert created.returncode == 0, created.stderr
    assert len(RECOVERY_KEY.findall(created.stdout)) == 1
    listed = tandem(data, "profile", "list")
    assert listed.returncode == 0 and listed.stdout.strip() == "Alex"
    assert RECOVERY_KEY.search(listed.stdout) is None
    assert files_containing(data, RECOVERY_KEY.search(created.stdout).group().encode()) == []


def test_data_dir_comes_from_the_environment_too(tmp_path: Path) -> None:
    env = {**os.environ, "TANDEM_DATA_DIR": str(tmp_path / "from-env")}
    result = subprocess.run(
        [TANDEM, "profile", "create", "Env", "--passphrase-stdin"],
        input="env passphrase\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-env" / "registry.sqlite").is_file()


def test_wrong_passphrase_exits_2_with_one_clear_line(with_alex: Path) -> None:
    result = tandem(with_alex, "profile", "passwd", "Alex", "--passphrase-stdin", stdin="not it at all\nnew one here\n")
    assert_user_error(result, "doesn't open this profile")


def test_passwd_reads_old_then_new(with_alex: Path) -> None:
    changed = tandem(
        with_alex, "profile", "passwd", "alex", "--passphrase-stdin", stdin="alex passphrase\nsecond phrase\n"
    )
    assert changed.returncode == 0, changed.stderr
    old = tandem(with_alex, "profile", "passwd", "Alex", "--passphrase-stdin", stdin="alex passphrase\nthird phrase\n")
    assert_user_error(old, "doesn't open")
    new = tandem(with_alex, "profile", "passwd", "Alex", "--passphrase-stdin", stdin="second phrase\nthird phrase\n")
    assert new.returncode == 0, new.stderr


def test_pair_reads_each_partners_passphrase_in_order(with_alex: Path) -> None:
    assert tandem(with_alex, "profile", "create", "Sam", "--passphrase-stdin", stdin="sam passphrase\n").returncode == 0
    swapped = tandem(with_alex, "pair", "Alex", "Sam", "--passphrase-stdin", stdin="sam passphrase\nalex passphrase\n")
    assert_user_error(swapped, "doesn't open")
    paired = tandem(with_alex, "pair", "Alex", "Sam", "--passphrase-stdin", stdin="alex passphrase\nsam passphrase\n")
    assert paired.returncode == 0, paired.stderr
    assert len(list((with_alex / "vaults").glob("couple-*.sqlite"))) == 1
    listed = tandem(with_alex, "profile", "list")
    assert "Alex  (paired with Sam)" in listed.stdout and "Sam  (paired with Alex)" in listed.stdout
    again = tandem(with_alex, "pair", "Sam", "Alex", "--passphrase-stdin", stdin="sam passphrase\nalex passphrase\n")
    assert_user_error(again, "already paired")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("profile", "create", "Alex", "--passphrase-stdin"), "another passphrase\n", "already exists"),
        (("profile", "create", "Bo", "--passphrase-stdin"), "short\n", "at least 8"),
        (("profile", "create", "Bo", "--passphrase-stdin"), "", "standard input"),
        (("profile", "create", "Bo", "--colour", "red", "--passphrase-stdin"), "long enough phrase\n", "#3b7dd8"),
        (("profile", "passwd", "Nobody", "--passphrase-stdin"), "x\n", "no profile called"),
        (("profile", "passwd", "Alex"), "", "no terminal"),
    ],
)
def test_user_errors_exit_2_without_a_traceback(
    with_alex: Path, args: tuple[str, ...], stdin: str, message: str
) -> None:
    assert_user_error(tandem(with_alex, *args, stdin=stdin), message)


def test_unknown_command_is_a_usage_error(tmp_path: Path) -> None:
    result = tandem(tmp_path, "frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr and "Traceback" not in result.stderr


def test_busy_data_dir_is_refused_while_another_process_writes(with_alex: Path) -> None:
    with SingleWriterLock(with_alex / "tandem.lock"):
        result = tandem(with_alex, "profile", "list")
    assert_user_error(result, "already running")


def test_damaged_registry_is_a_clear_error(with_alex: Path) -> None:
    (with_alex / "registry.sqlite").write_bytes(b"\x00garbage" * 512)
    assert_user_error(tandem(with_alex, "profile", "list"), "damaged")


def test_partner_cannot_read_a_private_vault_through_the_cli_or_the_files(with_alex: Path) -> None:
    assert tandem(with_alex, "profile", "create", "Sam", "--passphrase-stdin", stdin="sam passphrase\n").returncode == 0
    assert_user_error(
        tandem(with_alex, "profile", "passwd", "Alex", "--passphrase-stdin", stdin="sam passphrase\nmine now ok\n"),
        "doesn't open",
    )
    marker = f"MARK-{uuid.uuid4().hex}".encode()
    assert files_containing(with_alex, marker) == []
    for vault in (with_alex / "vaults").iterdir():
        assert not vault.read_bytes().startswith(b"SQLite format 3")


def test_the_command_line_never_imports_qt(with_alex: Path) -> None:
    code = (
        "import sys; from desktop.app import main; "
        f"main(['--data-dir', {str(with_alex)!r}, 'profile', 'list']); "
        "sys.exit(3 if any(name.startswith('PySide6') for name in sys.modules) else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Alex"
