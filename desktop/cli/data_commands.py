"""`tandem export`, `import`, `backup`, `check` and `restore`: keeping the journal safe.

`check` and `restore` take the data dir rather than opened services, so they still work when
the profile list itself is damaged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.passphrases import PassphraseReader
from desktop.cli.profile_commands import unlocked_profile
from desktop.errors import InvalidInput, TandemError
from desktop.services.backups import REGISTRY, BackupInfo, VaultKey
from desktop.services.container import Services
from desktop.services.exchange.export import NOT_ENCRYPTED_WARNING
from desktop.services.exchange.importer import NeedsPassword
from desktop.services.restore import restore_service_without_registry
from desktop.store.paths import DataDir

EXIT_PROBLEMS_FOUND = 1


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export", help="export a profile's journal, quiz results and time spans", parents=[common]
    )
    export.add_argument("--profile", required=True, metavar="NAME")
    export.add_argument("--format", required=True, choices=("json", "markdown", "pdf"))
    export.add_argument("-o", "--output", required=True, metavar="PATH", type=Path)
    export.add_argument(
        "--encrypt",
        action="store_true",
        help="json only: protect the file with a password (asked after the passphrase)",
    )
    export.add_argument("--split", action="store_true", help="markdown only: PATH is a new folder, one file per entry")
    export.set_defaults(handler=export_journal)

    imports = commands.add_parser(
        "import",
        help="import entries (and, from Tandem, quiz results and time spans) from a JSON export",
        parents=[common],
    )
    imports.add_argument("--profile", required=True, metavar="NAME")
    imports.add_argument("--from", dest="source", required=True, choices=("tandem", "jrnl", "dayone"))
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--verbose", action="store_true", help="say why each entry or span was skipped or refused")
    imports.set_defaults(handler=import_journal)

    backup = commands.add_parser(
        "backup", help="back up the profile list, and a profile's journals with --profile", parents=[common]
    )
    backup.add_argument("--profile", action="append", default=[], metavar="NAME")
    backup.set_defaults(handler=backup_now)

    check = commands.add_parser(
        "check", help="check every file for damage; with --profile, every page of its journals", parents=[common]
    )
    check.add_argument("--profile", action="append", default=[], metavar="NAME")
    check.set_defaults(handler=check_files, takes_data_dir=True)

    restore = commands.add_parser(
        "restore", help="list backups, or restore one (the damaged file is kept aside)", parents=[common]
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("--profile", metavar="NAME", help="restore this profile's journal")
    which.add_argument("--registry", action="store_true", help="restore the profile list")
    restore.add_argument("--shared", action="store_true", help="with --profile: the couple's shared journal")
    choice = restore.add_mutually_exclusive_group()
    choice.add_argument("--number", type=int, metavar="N", help="the backup numbered N in the list")
    choice.add_argument("--latest", action="store_true", help="the newest backup that opens")
    restore.set_defaults(handler=restore_backup, takes_data_dir=True)


# -- export and import ---------------------------------------------------------------------------


def export_journal(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    if args.encrypt and args.format != "json":
        raise InvalidInput("--encrypt works with --format json.")
    if args.split and args.format != "markdown":
        raise InvalidInput("--split works with --format markdown.")
    with unlocked_profile(services, args.profile, reader) as unlocked:
        password = reader.ask("Password for the encrypted export: ", confirm=True) if args.encrypt else None
        journal = services.open_journal(unlocked)
        balance = services.open_balance(unlocked)
        try:
            if args.format == "pdf":
                from desktop.ui.export.pdf import write_pdf  # QtGui, for this command only

                text = services.exports.journal_markdown(unlocked, journal, balance=balance)
                write_pdf(text, args.output, f"{unlocked.profile.name}’s journal")
                where = args.output
            else:
                fmt = {"json": "sealed" if args.encrypt else "json", "markdown": "markdown"}[args.format]
                fmt = "markdown-folder" if args.split else fmt
                report = services.exports.export(
                    unlocked,
                    journal,
                    args.output,
                    fmt,
                    password=password,
                    balance=balance,  # type: ignore[arg-type]
                )
                where = report.path
        finally:
            balance.close()
            journal.close()
    if not args.encrypt:
        print(f"tandem: note: {NOT_ENCRYPTED_WARNING}", file=sys.stderr)
    print(f"Exported {unlocked.profile.name}’s journal to {where}.")
    return 0


def import_journal(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    with unlocked_profile(services, args.profile, reader) as unlocked:
        try:
            batch = services.imports.read(args.file, args.source)
        except NeedsPassword:
            batch = services.imports.read(args.file, args.source, reader.ask(f"Password for {args.file.name}: "))
        journal_shared = services.couples.open_couple_vault(unlocked)
        balance = services.open_balance(unlocked)
        try:
            report = services.imports.import_batch(unlocked, journal_shared, batch, balance=balance)
        finally:
            balance.close()
            if journal_shared is not None:
                journal_shared.close()
    print(report.summary())
    reasons = report.reasons if args.verbose else [r for r in report.reasons if "refused" in r]
    for line in (*reasons, *report.notes):
        print(f"  {line}")
    return 0


# -- backups -------------------------------------------------------------------------------------


def backup_now(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    keys: list[VaultKey] = []
    for name in args.profile:
        summary, key = services.profiles.data_key(name, reader.ask(f"Passphrase for {name}: "))
        keys += [k for k in services.backups.keys_for(summary.id, summary.name, key) if k not in keys]
    report = services.backups.backup_now(keys)
    for info in report.made:
        print(f"Backed up {_file_label(info.stem, keys)} to {info.path.name}.")
    if not args.profile:
        print("A journal is backed up with its passphrase: add --profile NAME.")
    print(f"Backups are in {services.data_dir.backups_dir}; the newest {services.backups.keep} of each file are kept.")
    return 0


def check_files(args: argparse.Namespace, data_dir: DataDir, reader: PassphraseReader) -> int:
    if not _holds_tandem_data(data_dir):
        # Exit 0: nothing is damaged. Opening the registry here would create one, and a check only reads.
        print(f"No Tandem data here yet: {data_dir.root}")
        return 0
    services = _services_if_readable(data_dir)
    keys: list[VaultKey] = []
    if services is not None:
        try:
            for name in args.profile:
                summary, key = services.profiles.data_key(name, reader.ask(f"Passphrase for {name}: "))
                keys += services.backups.keys_for(summary.id, summary.name, key)
            report = services.restores.check(keys)
        finally:
            services.close()
    else:
        if args.profile:
            print("tandem: the profile list cannot be read, so journals are checked by shape only.", file=sys.stderr)
        report = restore_service_without_registry(data_dir).check([])
    width = max((len(line.name) for line in report.lines), default=0)
    for line in report.lines:
        print(f"{'ok' if line.ok else 'DAMAGED':<8}{line.name:<{width}}  {line.detail}")
    damaged = sum(not line.ok for line in report.lines)
    if damaged:
        print(f"{damaged} of {len(report.lines)} files are damaged. `tandem restore` brings back a backup.")
        return EXIT_PROBLEMS_FOUND
    print(f"All {len(report.lines)} files are sound.")
    return 0


def restore_backup(args: argparse.Namespace, data_dir: DataDir, reader: PassphraseReader) -> int:
    if args.registry:
        restores = restore_service_without_registry(data_dir)
        return _restore_chosen(
            args, restores.registry_backups(), "the profile list", restores.restore_registry, restores.usable_registry
        )
    services = Services.open(data_dir)
    try:
        summary, key = services.profiles.data_key(args.profile, reader.ask(f"Passphrase for {args.profile}: "))
        keys = services.backups.keys_for(summary.id, summary.name, key)
        if args.shared and len(keys) < 2:
            raise InvalidInput(f"{summary.name} is not paired, so there is no shared journal to restore.")
        vault = keys[1] if args.shared else keys[0]
        backups = services.backups.backups(vault.path.stem)
        return _restore_chosen(
            args,
            backups,
            vault.label,
            lambda info: services.restores.restore_vault(vault, info),
            lambda: services.restores.usable_backups(vault),
        )
    finally:
        services.close()


def _restore_chosen(args, backups: list[BackupInfo], label: str, restore, usable) -> int:
    if not backups:
        raise InvalidInput(f"There are no backups of {label} yet.")
    if args.number is None and not args.latest:
        print(f"Backups of {label}, newest first:")
        for number, info in enumerate(backups, start=1):
            made = f"{info.made_at.astimezone():%Y-%m-%d %H:%M:%S}"
            print(f"  {number:>2}. {made}  {info.reason:<28} {info.size:>10,} bytes")
        print("Restore one with --number N, or the newest that opens with --latest.")
        return 0
    if args.latest:
        candidates = usable()
        if not candidates:
            raise InvalidInput(f"None of the backups of {label} opens. Nothing was changed.")
        chosen = candidates[0]
    else:
        if not 1 <= args.number <= len(backups):
            raise InvalidInput(f"There is no backup number {args.number}; there are {len(backups)}.")
        chosen = backups[args.number - 1]
    restored = restore(chosen)
    print(f"Restored {label} from the backup of {chosen.made_at.astimezone():%Y-%m-%d %H:%M:%S}.")
    if restored.moved_aside is not None:
        print(f"The file it replaced is kept as {restored.moved_aside}.")
    return 0


def _holds_tandem_data(data_dir: DataDir) -> bool:
    return (
        data_dir.registry_path.exists()
        or any(data_dir.vaults_dir.glob("*.sqlite"))
        or any(data_dir.backups_dir.glob("*.sqlite"))
    )


def _services_if_readable(data_dir: DataDir) -> Services | None:
    """The services, or None when the registry is damaged or missing (opening would make a new, empty one)."""
    if not data_dir.registry_path.exists():
        return None
    try:
        return Services.open(data_dir)
    except TandemError:
        return None


def _file_label(stem: str, keys: list[VaultKey]) -> str:
    if stem == REGISTRY:
        return "the profile list"
    return next((key.label for key in keys if key.path.stem == stem), stem)
