"""The command line. Uses the services directly and never imports Qt.

Each ``*_commands`` module adds its sub-commands, each with a ``handler``
``(args, services, passphrase_reader) -> exit status``. Every user-caused error
prints one line on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from desktop import __version__
from desktop.cli import (
    balance_commands,
    data_commands,
    demo_commands,
    journal_commands,
    profile_commands,
    quiz_commands,
)
from desktop.cli.passphrases import PassphraseReader
from desktop.errors import TandemError
from desktop.services.container import Services
from desktop.store.paths import DataDir
from desktop.store.single_writer import SingleWriterLock

EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    # The same options may also follow the command (`tandem profile list --data-dir D`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument("--passphrase-stdin", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog="tandem",
        description="Tandem, a private relationship journal. With no command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"tandem {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="where Tandem keeps its files (default: TANDEM_DATA_DIR or the user data dir)"
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read each passphrase asked for as one line of standard input, in the order asked",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    profile_commands.add_commands(commands, common)
    quiz_commands.add_commands(commands, common)
    journal_commands.add_commands(commands, common)
    balance_commands.add_commands(commands, common)
    data_commands.add_commands(commands, common)
    demo_commands.add_commands(commands, common)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace, data_dir: DataDir) -> int:
    reader = PassphraseReader(bool(getattr(args, "passphrase_stdin", False)))
    try:
        if getattr(args, "takes_data_dir", False):  # check and restore: they must work on a damaged data dir
            if not data_dir.root.exists():  # nothing to guard, and a check must not create the folder
                return args.handler(args, data_dir, reader)
            with SingleWriterLock(data_dir.lock_path):
                return args.handler(args, data_dir, reader)
        with _open_services(data_dir) as services:
            return args.handler(args, services, reader)
    except TandemError as exc:
        print(f"tandem: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("tandem: interrupted; nothing more was changed.", file=sys.stderr)
        return 130


@contextmanager
def _open_services(data_dir: DataDir) -> Iterator[Services]:
    with SingleWriterLock(data_dir.lock_path):
        services = Services.open(data_dir)
        try:
            yield services
        finally:
            services.close()
