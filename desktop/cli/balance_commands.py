"""`tandem time add`, `tandem report` and `tandem chart`: balance from the command line.

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
from datetime import timedelta
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
    from desktop.services.balance import BalanceSeries

DEFAULT_REPORT_WEEKS = 8
DEFAULT_CHART_WEEKS = {"heatmap": 52}
CHART_DEFAULT_WEEKS = 16


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    time_parser = commands.add_parser("time", help="log time together or apart", parents=[common])
    actions = time_parser.add_subparsers(dest="time_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="log a span of time together or apart", parents=[common])
    add.add_argument("--profile", required=True, metavar="NAME")
    add.add_argument("kind", choices=SPAN_KINDS)
    add.add_argument("minutes", type=int, metavar="MINUTES")
    add.add_argument("--activity", default="", metavar="TEXT", help="date night, walk, own hobby, friends …")
    add.add_argument("--date", metavar="ISO", help="when it started, e.g. 2025-06-10 18:30 (default: it ends now)")
    add.add_argument("--with-partner", action="store_true", help="the span is for both partners (when paired)")
    add.add_argument("--note", default="", metavar="TEXT")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="quality-time+, individuality+ …")
    add.set_defaults(handler=time_add)

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

    start = parse_datetime(args.date) if args.date else None
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
    what = f"{saved.activity}, " if saved.activity else ""
    who = "both of you" if saved.person_id is None else saved.person_name
    print(f"Logged {saved.minutes} minutes {saved.kind} ({what}{who}) from {saved.start:%Y-%m-%d %H:%M}.")
    return 0


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
