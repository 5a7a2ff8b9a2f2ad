"""`tandem time add|list|edit|delete`, `tandem report` and `tandem chart`: balance from the command line.

`tandem time list --json` prints a list with one object per span, newest first:

    [{"id": "3f2a…", "start": "2025-06-10T18:30:00+02:00", "end": "2025-06-10T20:00:00+02:00", "minutes": 90,
      "kind": "together", "person": null, "activity": "date night", "note": "", "tags": ["quality-time+"],
      "shared": true}]

`person` is the name of the one it was logged for, or null for both partners; `shared` is true when the
span is in the couple's vault. `time edit` and `time delete` take an id, or the start of one that is unique
(at least 4 characters, as `time list` shows it).

`tandem report --json` prints a list with one object per ISO week, oldest first:

    [{"week": "2025-W23", "start": "2025-06-02", "end": "2025-06-08",
      "people": [{"name": "Alex", "together_minutes": 120, "apart_minutes": 45},
                 {"name": "Sam", "together_minutes": 120, "apart_minutes": 0}]}]

Minutes are whole minutes in each person's local wall-clock week (Monday to Sunday); time logged for
both partners counts for each. The person asking comes first, then their partner when paired.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.charts import KINDS
from desktop.cli.passphrases import PassphraseReader
from desktop.cli.profile_commands import unlocked_profile
from desktop.core.balance.bins import BinSize, DateRange, bin_label
from desktop.core.balance.rules import KINDS as SPAN_KINDS
from desktop.core.dates import parse_datetime
from desktop.errors import InvalidInput
from desktop.services.container import Services

if TYPE_CHECKING:
    from desktop.services.balance import BalanceSeries, BalanceService, SpanView

DEFAULT_REPORT_WEEKS = 8
DEFAULT_CHART_WEEKS = {"heatmap": 52}
CHART_DEFAULT_WEEKS = 16
DEFAULT_LIST_LIMIT = 50
SHORT_ID = 8  # characters of a span's id that `time list` shows
MIN_ID_PREFIX = 4


ACTIVITY_HELP = "date night, walk, own hobby, friends …"
TAG_HELP = "quality-time+, individuality+ …"


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    time_parser = commands.add_parser("time", help="log time together or apart", parents=[common])
    actions = time_parser.add_subparsers(dest="time_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="log a span of time together or apart", parents=[common])
    add.add_argument("--profile", required=True, metavar="NAME")
    add.add_argument("kind", choices=SPAN_KINDS)
    add.add_argument("minutes", type=int, metavar="MINUTES")
    add.add_argument("--activity", default="", metavar="TEXT", help=ACTIVITY_HELP)
    add.add_argument("--date", metavar="ISO", help="when it started, e.g. 2025-06-10 18:30 (default: it ends now)")
    add.add_argument("--with-partner", action="store_true", help="the span is for both partners (when paired)")
    add.add_argument("--note", default="", metavar="TEXT")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help=TAG_HELP)
    add.set_defaults(handler=time_add)

    listed = actions.add_parser("list", help="the logged spans, newest first", parents=[common])
    listed.add_argument("--profile", required=True, metavar="NAME")
    listed.add_argument("--limit", type=int, default=DEFAULT_LIST_LIMIT, metavar="N", help="how many (default 50)")
    listed.add_argument("--json", action="store_true", help="print a JSON list of spans")
    listed.set_defaults(handler=time_list)

    edit = actions.add_parser("edit", help="change a logged span: only what is given", parents=[common])
    edit.add_argument("--profile", required=True, metavar="NAME")
    edit.add_argument("id", metavar="ID", help="the span's id, or its first characters as `time list` shows them")
    edit.add_argument("--start", "--date", dest="start", metavar="ISO", help="when it started (keeps its length)")
    length = edit.add_mutually_exclusive_group()
    length.add_argument("--minutes", type=int, metavar="N", help="its length, from the start")
    length.add_argument("--end", metavar="ISO", help="when it ended")
    edit.add_argument("--kind", choices=SPAN_KINDS)
    edit.add_argument("--activity", metavar="TEXT", help=ACTIVITY_HELP + ' ("" for none)')
    edit.add_argument("--note", metavar="TEXT", help='("" for none)')
    tags = edit.add_mutually_exclusive_group()
    tags.add_argument("--tag", action="append", metavar="TAG", help="replaces its tags; give it once per tag")
    tags.add_argument("--no-tags", action="store_true", help="remove its tags")
    edit.set_defaults(handler=time_edit)

    remove = actions.add_parser("delete", help="delete a logged span", parents=[common])
    remove.add_argument("--profile", required=True, metavar="NAME")
    remove.add_argument("id", metavar="ID", help="the span's id, or its first characters as `time list` shows them")
    remove.add_argument("--yes", action="store_true", help="do not ask first (needed when there is no terminal)")
    remove.set_defaults(handler=time_delete)

    report = commands.add_parser("report", help="minutes together and apart per week and person", parents=[common])
    report.add_argument("--profile", required=True, metavar="NAME")
    report.add_argument("--weeks", type=int, default=DEFAULT_REPORT_WEEKS, metavar="N", help="how many weeks back")
    report.add_argument("--json", action="store_true", help="print a JSON list of weeks")
    report.set_defaults(handler=report_weeks)

    chart = commands.add_parser("chart", help="save a chart as PNG or SVG", parents=[common])
    chart.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    chart.add_argument("--profile", required=True, metavar="NAME")
    chart.add_argument("-o", "--output", required=True, metavar="FILE", help="where to save: a .png or .svg file")
    chart.add_argument("--weeks", type=int, metavar="N", help="how many weeks back (default 16; a year for heatmap)")
    chart.set_defaults(handler=save_chart)


def time_add(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    from desktop.services.balance import SpanInput

    start = _moment(args.date)
    with unlocked_profile(services, args.profile, reader) as unlocked:
        balance = services.open_balance(unlocked)
        try:
            if start is None:
                end = balance.now().replace(second=0, microsecond=0)
                start = end - timedelta(minutes=args.minutes)  # aware: real minutes, across a DST change too
            person = None if args.with_partner else unlocked.profile.id
            span = SpanInput(
                kind=args.kind, start=start, minutes=args.minutes, person_id=person, activity=args.activity,
                note=args.note, tags=tuple(args.tag),
            )  # fmt: skip
            saved = balance.add(span)
        finally:
            balance.close()
    print(f"Logged {saved.minutes} minutes {saved.kind} ({_what_and_who(saved)}) from {saved.start:%Y-%m-%d %H:%M}.")
    return 0


def time_list(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    if args.limit < 1:
        raise InvalidInput("--limit must be at least 1.")
    with unlocked_profile(services, args.profile, reader) as unlocked:
        balance = services.open_balance(unlocked)
        try:
            found = balance.recent(args.limit)
        finally:
            balance.close()
    if args.json:
        print(json.dumps([_span_json(span) for span in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("No time logged yet.")
    for span in found:
        marks = " ".join((*span.tags, " ".join(span.note.split()))).strip()
        print(
            f"{span.id[:SHORT_ID]}  {_when(span)}  {_hours(span.minutes):>8}  {span.kind:<8}  {span.person_name}"
            f"  {span.activity or '–'}  {marks}".rstrip()
        )
    return 0


def time_edit(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    from desktop.services.balance import SpanInput

    start, end = _moment(args.start), _moment(args.end)  # before asking for a passphrase
    with unlocked_profile(services, args.profile, reader) as unlocked:
        balance = services.open_balance(unlocked)
        try:
            old = _find_span(balance, args.id)
            minutes: int | None = args.minutes
            if end is None and minutes is None:  # the length stays as it is; a moved span keeps it
                end, minutes = (None, old.minutes) if start is not None else (old.end, None)
            if args.no_tags:
                tags: tuple[str, ...] = ()
            else:
                tags = tuple(args.tag) if args.tag is not None else old.tags
            span = SpanInput(
                kind=args.kind or old.kind, start=start or old.start, end=end, minutes=minutes,
                person_id=old.person_id,
                activity=old.activity if args.activity is None else args.activity,
                note=old.note if args.note is None else args.note, tags=tags,
                zone="" if args.start or args.end else old.zone,  # new times are read in this computer's zone
            )  # fmt: skip
            saved = balance.update(old.id, span)
        finally:
            balance.close()
    print(f"Changed the span {saved.id[:SHORT_ID]}: {_describe(saved)}.")
    return 0


def time_delete(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    if not args.yes and not sys.stdin.isatty():  # before asking for a passphrase
        raise InvalidInput("Deleting a span asks first, on a terminal; add --yes to delete it without asking.")
    with unlocked_profile(services, args.profile, reader) as unlocked:
        balance = services.open_balance(unlocked)
        try:
            span = _find_span(balance, args.id)
            if not args.yes and not _confirm(f"Delete the span {_describe(span)}? [y/N] "):
                print("Kept it; nothing was deleted.")
                return 0
            balance.delete(span.id)
        finally:
            balance.close()
    print(f"Deleted the span {_describe(span)}.")
    return 0


def _moment(text: str | None) -> datetime | None:
    """A start or end as `time add --date` reads it: wall-clock time in this computer's zone."""
    return parse_datetime(text) if text else None


def _find_span(balance: BalanceService, text: str) -> SpanView:
    """The span with this id, or the one span whose id starts with it."""
    prefix = text.strip().lower()
    if len(prefix) < MIN_ID_PREFIX:
        raise InvalidInput(f"Give at least {MIN_ID_PREFIX} characters of the span's id, as `tandem time list` shows.")
    matches = [span for span in balance.every_span() if span.id.startswith(prefix)]
    if not matches:
        raise InvalidInput(f"No span has the id “{text}”; `tandem time list` shows them.")
    if len(matches) > 1:  # ids are all the same length, so a whole id matches only itself
        raise InvalidInput(f"{len(matches)} spans have ids starting with “{text}”; give more of the id.")
    return matches[0]


def _confirm(question: str) -> bool:
    try:
        return input(question).strip().lower() in {"y", "yes"}
    except EOFError:
        return False


def _span_json(span: SpanView) -> dict[str, object]:
    return {
        "id": span.id,
        "start": span.start.isoformat(),
        "end": span.end.isoformat(),
        "minutes": span.minutes,
        "kind": span.kind,
        "person": None if span.person_id is None else span.person_name,
        "activity": span.activity,
        "note": span.note,
        "tags": list(span.tags),
        "shared": span.shared,
    }


def _when(span: SpanView) -> str:
    until = f"{span.end:%H:%M}" if span.end.date() == span.start.date() else f"{span.end:%Y-%m-%d %H:%M}"
    return f"{span.start:%Y-%m-%d %H:%M}–{until}"


def _what_and_who(span: SpanView) -> str:
    what = f"{span.activity}, " if span.activity else ""
    return what + ("both of you" if span.person_id is None else span.person_name)


def _describe(span: SpanView) -> str:
    return f"{_when(span)}, {span.minutes} minutes {span.kind} ({_what_and_who(span)})"


def report_weeks(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    with unlocked_profile(services, args.profile, reader) as unlocked:
        balance = services.open_balance(unlocked)
        try:
            series = balance.weekly_report(args.weeks)
        finally:
            balance.close()
    weeks = report_json(series)
    if args.json:
        print(json.dumps(weeks, ensure_ascii=False, indent=2))
        return 0
    for week in weeks:
        people = "   ".join(
            f"{p['name']}: {_hours(p['together_minutes'])} together, {_hours(p['apart_minutes'])} apart"
            for p in week["people"]
        )
        print(f"{week['week']}  ({week['start']} – {week['end']})   {people}")
    return 0


def report_json(series: BalanceSeries) -> list[dict[str, object]]:
    return [
        {
            "week": bin_label(start, BinSize.WEEK),
            "start": start.isoformat(),
            "end": (start + timedelta(days=6)).isoformat(),
            "people": [
                {
                    "name": person.person.name,
                    "together_minutes": round(person.together[i]),
                    "apart_minutes": round(person.apart[i]),
                }
                for person in series.people
            ],
        }
        for i, start in enumerate(series.bins)
    ]


def save_chart(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    output = Path(args.output).expanduser()
    from desktop.charts.export import check_chart_path, save_figure  # matplotlib: only for this command

    check_chart_path(output)  # before asking for a passphrase
    if not output.parent.is_dir():
        raise InvalidInput(f"The folder {output.parent} does not exist.")
    weeks = args.weeks or DEFAULT_CHART_WEEKS.get(args.kind, CHART_DEFAULT_WEEKS)
    if not 1 <= weeks <= 1040:
        raise InvalidInput(f"--weeks runs from 1 to 1040, not {weeks}.")
    from desktop.charts.kinds import draw
    from desktop.charts.style import LIGHT

    with unlocked_profile(services, args.profile, reader) as unlocked:
        balance = services.open_balance(unlocked)
        try:
            today = balance.today()
            dashboard = balance.dashboard(DateRange(today - timedelta(weeks=weeks) + timedelta(days=1), today))
        finally:
            balance.close()
    save_figure(draw(args.kind, dashboard, LIGHT), output)
    print(f"Saved the {args.kind} chart to {output}.")
    return 0


def _hours(minutes: object) -> str:
    total = int(minutes)  # type: ignore[call-overload]
    return f"{total // 60}:{total % 60:02d} h"
