"""Smoke-test a built Tandem bundle: it starts, opens a vault, finds its resources, draws, exits cleanly.

    uv run python packaging/smoke_test.py dist/tandem/tandem

Every run uses a fresh data dir, home and cache, a working directory outside the checkout and no PYTHON*
variables, so the bundle has only itself to go on. Used by packaging/build_linux.sh and tests/packaging/.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "a calm river under seven bridges"
PROFILE = "Robin"
ENTRY = "The bundle opened its vault today."
TIMEOUT_S = 120  # per step; Argon2id at the default cost takes about a second


class SmokeTestFailed(AssertionError):
    pass


def expected_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def bundle_executable(path: Path) -> Path:
    """`path` itself when it is the executable, else the executable inside a one-folder bundle."""
    path = path.resolve()  # the steps run in another working directory
    if path.is_file():
        return path
    for name in ("tandem", "tandem.exe", "Tandem.app/Contents/MacOS/tandem"):
        if (path / name).is_file():
            return path / name
    raise SmokeTestFailed(f"no tandem executable in {path}")


class Bundle:
    """Runs the bundled executable in a sandbox of temporary folders."""

    def __init__(self, executable: Path, scratch: Path) -> None:
        self.executable = executable
        self.data_dir = scratch / "data"
        self.cwd = scratch / "cwd"
        self.cwd.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TANDEM_", "VIRTUAL_ENV"))}
        env.update(
            HOME=str(scratch / "home"),
            XDG_CONFIG_HOME=str(scratch / "config"),
            XDG_CACHE_HOME=str(scratch / "cache"),
            XDG_DATA_HOME=str(scratch / "share"),
            MPLCONFIGDIR=str(scratch / "matplotlib"),
            QT_QPA_PLATFORM="offscreen",
        )
        self.env = env

    def run(self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> str:
        command = [str(self.executable), "--data-dir", str(self.data_dir), *args]
        done = subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=self.cwd,
            env={**self.env, **(env or {})},
            timeout=TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            raise SmokeTestFailed(
                f"{' '.join(args) or '(the window)'} exited {done.returncode}\n"
                f"--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
            )
        return done.stdout


def steps(bundle: Bundle) -> list[tuple[str, Callable[[], None]]]:
    secret = PASSPHRASE + "\n"

    def version() -> None:
        out = bundle.run("--version")
        if out.strip() != f"tandem {expected_version()}":
            raise SmokeTestFailed(f"--version printed {out!r}")

    def create_profile() -> None:
        out = bundle.run("profile", "create", PROFILE, "--passphrase-stdin", stdin=secret)
        if "recovery key" not in out.lower():
            raise SmokeTestFailed(f"profile create printed no recovery key:\n{out}")

    def write_entry() -> None:
        bundle.run("write", "--profile", PROFILE, "--passphrase-stdin", ENTRY, stdin=secret)

    def search_entry() -> None:
        out = bundle.run("--passphrase-stdin", "search", "--profile", PROFILE, "--json", stdin=secret)
        bodies = [entry["body"] for entry in json.loads(out)]
        if bodies != [ENTRY]:
            raise SmokeTestFailed(f"search found {bodies!r}, not the entry written")

    def list_quizzes() -> None:
        if not bundle.run("quiz", "list").strip():
            raise SmokeTestFailed("quiz list printed nothing: the bundled resources/ were not found")

    def save_chart() -> None:
        chart = bundle.cwd / "balance.png"
        bundle.run("--passphrase-stdin", "chart", "balance", "--profile", PROFILE, "-o", str(chart), stdin=secret)
        if not chart.is_file() or chart.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
            raise SmokeTestFailed("chart balance wrote no PNG: matplotlib or its data is missing from the bundle")

    def show_window() -> None:
        bundle.run(env={"TANDEM_BENCH_EXIT_ON_PAINT": "1"})

    return [
        ("--version", version),
        ("profile create (recovery key printed)", create_profile),
        ("write (vault opened, migrations run)", write_entry),
        ("search --json (the entry comes back)", search_entry),
        ("quiz list (bundled resources found)", list_quizzes),
        ("chart balance (matplotlib renders a PNG)", save_chart),
        ("window paints offscreen and exits 0", show_window),
    ]


def smoke_test(executable: Path, report: Callable[[str], None] = print) -> None:
    """Runs every step; raises SmokeTestFailed at the first that fails."""
    with tempfile.TemporaryDirectory(prefix="tandem-smoke-") as scratch:
        bundle = Bundle(bundle_executable(executable), Path(scratch))
        for name, step in steps(bundle):
            started = time.monotonic()
            step()
            report(f"ok   {name}  ({time.monotonic() - started:.1f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/tandem) or its executable")
    args = parser.parse_args(argv)
    try:
        smoke_test(args.bundle)
    except (SmokeTestFailed, subprocess.TimeoutExpired) as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
