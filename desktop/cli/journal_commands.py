"""`tandem write` and `tandem search`: the journal from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.cli.passphrases import PassphraseReader
from desktop.cli.profile_commands import unlocked_profile
from desktop.core.dates import parse_date, parse_datetime
from desktop.core.qualities import parse_tag
from desktop.errors import InvalidInput
from desktop.services.container import Services

if TYPE_CHECKING:
    from desktop.services.journal import EntryView

DEFAULT_SEARCH_LIMIT = 100


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    write = commands.add_parser(
        "write", help="write a journal entry (the text from standard input when not given)", parents=[common]
    )
    write.add_argument("--profile", required=True, metavar="NAME")
    write.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="trust+, communication-, control, #own-tag …"
    )
    write.add_argument("--mood", type=int, metavar="N", help="from 1 (very low) to 5 (very good)")
    write.add_argument("--shared", action="store_true", help="put the entry in the couple's shared vault")
    write.add_argument("--date", metavar="ISO", help="when it happened, e.g. 2025-06-10 18:30 (default: now)")
    write.add_argument("--title", default="", metavar="T")
    write.add_argument("text", nargs="?", help="the entry's text (Markdown)")
    write.set_defaults(handler=write_entry)

    search = commands.add_parser("search", help="search the journal, newest first", parents=[common])
    search.add_argument("--profile", required=True, metavar="NAME")
    search.add_argument("query", nargs="?", default="", help='words, "a phrase", or a prefix*')
    search.add_argument("--tag", action="append", default=[], metavar="TAG", help="trust, trust+ or trust- …")
    search.add_argument("--from", dest="date_from", metavar="DATE")
    search.add_argument("--to", dest="date_to", metavar="DATE")
    search.add_argument("--limit", type=int, default=DEFAULT_SEARCH_LIMIT, metavar="N")
    search.add_argument("--json", action="store_true", help="print a JSON array of entries")
    search.set_defaults(handler=search_entries)


def write_entry(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    from desktop.services.journal import EntryInput

    tags = tuple(parse_tag(text) for text in args.tag)
    written_at = parse_datetime(args.date) if args.date else datetime.now().replace(second=0, microsecond=0)
    with unlocked_profile(services, args.profile, reader) as unlocked:
        body = args.text if args.text is not None else sys.stdin.read()
        journal = services.open_journal(unlocked)
        try:
            entry = EntryInput(
                written_at=written_at, body=body, title=args.title, mood=args.mood, tags=tags, shared=args.shared
            )
            saved = journal.create(entry)
        finally:
            journal.close()
    where = "shared with your partner" if saved.shared else "private"
    print(f"Saved entry of {saved.written_at:%Y-%m-%d %H:%M} ({where}).")
    return 0


def search_entries(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    from desktop.services.journal import EntryQuery

    if args.limit < 1:
        raise InvalidInput("--limit must be at least 1.")
    query = EntryQuery(
        text=args.query,
        tags=tuple(parse_tag(text, polarity_required=False) for text in args.tag),
        date_from=parse_date(args.date_from) if args.date_from else None,
        date_to=parse_date(args.date_to) if args.date_to else None,
    )
    with unlocked_profile(services, args.profile, reader) as unlocked:
        journal = services.open_journal(unlocked)
        try:
            found = journal.page(query, limit=args.limit, full_body=True)
        finally:
            journal.close()
    if args.json:
        json.dump([_as_json(view) for view in found], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not found:
        print("No entries found.")
    for view in found:
        marks = " ".join(str(tag) for tag in view.tags)
        where = f"shared by {view.author_name}" if view.shared else "private"
        print(f"{view.written_at:%Y-%m-%d %H:%M}  [{where}]  {view.title or _first_line(view.body)}  {marks}".rstrip())
    return 0


def _as_json(view: EntryView) -> dict[str, object]:
    return {
        "id": view.id,
        "date": view.written_at.isoformat(),
        "title": view.title,
        "body": view.body,
        "tags": [str(tag) for tag in view.tags],
        "mood": view.mood,
        "shared": view.shared,
        "author": view.author_name,
    }


def _first_line(body: str, width: int = 60) -> str:
    line = body.strip().splitlines()[0] if body.strip() else ""
    return line if len(line) <= width else line[: width - 1] + "…"
