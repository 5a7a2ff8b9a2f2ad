"""`tandem profile create|list|passwd` and `tandem pair`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.cli.passphrases import PassphraseReader
from desktop.core.profile_rules import PROFILE_COLOURS
from desktop.errors import TandemError
from desktop.services.container import Services
from desktop.services.profiles import UnlockedProfile


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    profile = commands.add_parser("profile", help="create, list or change profiles", parents=[common])
    actions = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="create a profile and print its recovery key once", parents=[common])
    create.add_argument("name")
    create.add_argument("--colour", default=PROFILE_COLOURS[0], help="the profile's colour, like #3b7dd8")
    create.set_defaults(handler=profile_create)

    actions.add_parser("list", help="list the profiles", parents=[common]).set_defaults(handler=profile_list)

    passwd = actions.add_parser(
        "passwd", help="change a profile's passphrase (asks for the old, then the new)", parents=[common]
    )
    passwd.add_argument("name")
    passwd.set_defaults(handler=profile_passwd)

    pair_parser = commands.add_parser(
        "pair", help="pair two profiles into a couple (asks each partner's passphrase)", parents=[common]
    )
    pair_parser.add_argument("first")
    pair_parser.add_argument("second")
    pair_parser.set_defaults(handler=pair)


@contextmanager
def unlocked_profile(services: Services, name: str, reader: PassphraseReader) -> Iterator[UnlockedProfile]:
    """Unlock for the length of one command; an unknown name fails before a passphrase is asked."""
    profile = services.profiles.find(name)
    unlocked = services.profiles.unlock(profile.name, reader.ask(f"Passphrase for {profile.name}: "))
    try:
        yield unlocked
        _backup_if_due(services, unlocked)
    finally:
        unlocked.lock()


def _backup_if_due(services: Services, unlocked: UnlockedProfile) -> None:
    """After a command that changed something, the automatic backup when 30 minutes have passed."""
    try:
        services.backups.backup_if_due(services.backups.keys_of(unlocked))
    except TandemError as error:  # the command itself succeeded; say why there is no fresh backup
        print(f"tandem: note: {error}", file=sys.stderr)


def profile_create(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    passphrase = reader.ask(f"New passphrase for {args.name}: ", confirm=True)
    created = services.profiles.create_profile(args.name, args.colour, passphrase)
    print(f"Created profile “{created.profile.name}”.\n")
    print("Your recovery key (shown only this once):\n")
    print(f"    {created.recovery_key}\n")
    print("Write it down or save it somewhere safe: if you forget your passphrase, it is the only way back in.")
    return 0


def profile_list(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
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


def profile_passwd(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    with unlocked_profile(services, args.name, reader) as unlocked:
        new_passphrase = reader.ask(f"New passphrase for {unlocked.profile.name}: ", confirm=True)
        services.profiles.change_passphrase(unlocked, new_passphrase)
        print(f"The passphrase of “{unlocked.profile.name}” is changed. The recovery key stays the same.")
    return 0


def pair(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    with (
        unlocked_profile(services, args.first, reader) as first,
        unlocked_profile(services, args.second, reader) as second,
    ):
        services.couples.pair(first, second)
        print(
            f"Paired {first.profile.name} and {second.profile.name}. Either of you can now read what you share; "
            "neither can open the other's private journal."
        )
    return 0
