"""The command line. Uses the services directly and never imports Qt.

Every user-caused error prints one line on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from desktop import __version__
from desktop.core.profile_rules import PROFILE_COLOURS
from desktop.errors import InvalidInput, TandemError
from desktop.services.container import Services
from desktop.services.profiles import UnlockedProfile
from desktop.store.paths import DataDir
from desktop.store.single_writer import SingleWriterLock

EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    # Options that may also follow the command (`tandem profile list --data-dir D`).
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

    profile = commands.add_parser("profile", help="create, list or change profiles", parents=[common])
    profile_commands = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    create = profile_commands.add_parser(
        "create", help="create a profile and print its recovery key once", parents=[common]
    )
    create.add_argument("name")
    create.add_argument("--colour", default=PROFILE_COLOURS[0], help="the profile's colour, like #3b7dd8")
    profile_commands.add_parser("list", help="list the profiles", parents=[common])
    passwd = profile_commands.add_parser(
        "passwd", help="change a profile's passphrase (asks for the old, then the new)", parents=[common]
    )
    passwd.add_argument("name")

    pair = commands.add_parser(
        "pair", help="pair two profiles into a couple (asks each partner's passphrase)", parents=[common]
    )
    pair.add_argument("first")
    pair.add_argument("second")
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


class PassphraseReader:
    """Asks on the terminal without echo, or reads one line of stdin per passphrase in order."""

    def __init__(self, from_stdin: bool) -> None:
        self._from_stdin = from_stdin
        self._asked = 0

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        self._asked += 1
        if self._from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise InvalidInput(f"Expected passphrase number {self._asked} on standard input, but it ended.")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise InvalidInput("There is no terminal to ask for a passphrase; use --passphrase-stdin.")
        passphrase = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != passphrase:
            raise InvalidInput("The two passphrases differ. Nothing was changed.")
        return passphrase


def run_command(args: argparse.Namespace, data_dir: DataDir) -> int:
    reader = PassphraseReader(bool(getattr(args, "passphrase_stdin", False)))
    handler = _HANDLERS[args.command if args.command != "profile" else f"profile {args.profile_command}"]
    try:
        with _open_services(data_dir) as services:
            return handler(args, services, reader)
    except TandemError as exc:
        print(f"tandem: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("tandem: interrupted; nothing more was changed.", file=sys.stderr)
        return 130


@contextmanager
def _open_services(data_dir: DataDir) -> Iterator[Services]:
    data_dir.ensure()
    with SingleWriterLock(data_dir.lock_path):
        services = Services.open(data_dir)
        try:
            yield services
        finally:
            services.close()


@contextmanager
def _unlocked(services: Services, name: str, reader: PassphraseReader) -> Iterator[UnlockedProfile]:
    profile = services.profiles.find(name)  # an unknown name fails before a passphrase is asked
    unlocked = services.profiles.unlock(profile.name, reader.ask(f"Passphrase for {profile.name}: "))
    try:
        yield unlocked
    finally:
        unlocked.lock()


def _profile_create(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    passphrase = reader.ask(f"New passphrase for {args.name}: ", confirm=True)
    created = services.profiles.create_profile(args.name, args.colour, passphrase)
    print(f"Created profile “{created.profile.name}”.\n")
    print("Your recovery key (shown only this once):\n")
    print(f"    {created.recovery_key}\n")
    print("Write it down or save it somewhere safe: if you forget your passphrase, it is the only way back in.")
    return 0


def _profile_list(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    profiles = services.profiles.list_profiles()
    if not profiles:
        print("No profiles yet. Create one with: tandem profile create NAME")
        return 0
    names = {profile.id: profile.name for profile in profiles}
    for profile in profiles:
        couple = services.couples.couple_of(profile.id)
        partner = next((names.get(pid) for pid in couple.partner_ids if pid != profile.id), None) if couple else None
        print(profile.name if partner is None else f"{profile.name}  (paired with {partner})")
    return 0


def _profile_passwd(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    with _unlocked(services, args.name, reader) as unlocked:
        services.profiles.change_passphrase(
            unlocked, reader.ask(f"New passphrase for {unlocked.profile.name}: ", confirm=True)
        )
        print(f"The passphrase of “{unlocked.profile.name}” is changed. The recovery key stays the same.")
    return 0


def _pair(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    with _unlocked(services, args.first, reader) as first, _unlocked(services, args.second, reader) as second:
        services.couples.pair(first, second)
        print(
            f"Paired {first.profile.name} and {second.profile.name}. Either of you can now read what you share; "
            "neither can open the other's private journal."
        )
    return 0


_Handler = Callable[[argparse.Namespace, Services, PassphraseReader], int]
_HANDLERS: dict[str, _Handler] = {
    "profile create": _profile_create,
    "profile list": _profile_list,
    "profile passwd": _profile_passwd,
    "pair": _pair,
}
