"""The composition root: reads the command line, builds the store and services, then runs the GUI or a command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import logs
from desktop.store.paths import DataDir, default_data_dir


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Only `--data-dir` given (or nothing): the app. The full parser, and every command
    # module behind it, is loaded only for a command, so start-up stays light.
    opening = argparse.ArgumentParser(add_help=False)
    opening.add_argument("--data-dir")
    known, rest = opening.parse_known_args(arguments)
    if not rest:
        return _run_gui(_data_dir(known.data_dir))

    from desktop.cli import parse_args, run_command

    args = parse_args(arguments)
    data_dir = _data_dir(args.data_dir)
    if args.command is None:
        return _run_gui(data_dir)
    logs.configure_logging(data_dir.logs_dir)  # scrubbed, rotating; see desktop/logs.py for what may be logged
    sys.excepthook = logs.crash_hook(data_dir.logs_dir, logs.tell_on_stderr)  # the GUI installs its own
    return run_command(args, data_dir)


def _data_dir(option: str | None) -> DataDir:
    return DataDir(Path(option).expanduser() if option else default_data_dir())


def _run_gui(data_dir: DataDir) -> int:
    from desktop.ui.launch import launch_gui  # Qt is imported only on this path

    logs.configure_logging(data_dir.logs_dir)
    return launch_gui(data_dir, sys.argv[:1])
