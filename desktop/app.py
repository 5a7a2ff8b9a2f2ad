"""The composition root: reads the command line, builds the store and services, then runs the GUI or a command."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import logs
from desktop.cli import parse_args, run_command
from desktop.store.paths import DataDir, default_data_dir


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    data_dir = DataDir(Path(args.data_dir).expanduser() if args.data_dir else default_data_dir())
    logs.configure_logging(data_dir.logs_dir)  # scrubbed, rotating; see desktop/logs.py for what may be logged
    if args.command is None:
        from desktop.ui.launch import launch_gui  # Qt is imported only on this path

        return launch_gui(data_dir, sys.argv[:1])
    sys.excepthook = logs.crash_hook(data_dir.logs_dir, logs.tell_on_stderr)  # the GUI installs its own
    return run_command(args, data_dir)
