"""`tandem demo`: a clearly labelled demo couple with a year of entries, quiz results and time logs."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.cli.passphrases import PassphraseReader
from desktop.services.container import Services
from desktop.services.demo import DEMO_PEOPLE, create_demo


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo",
        help="create a demo couple (Demo Alex and Demo Sam) with a year of entries, to look around",
        description="Creates two paired demo profiles with a year of made-up entries, quiz results and time "
        "logs, so every screen has something to show. Use a separate --data-dir to keep it apart from your own "
        "journal. The demo passphrases are printed at the end.",
        parents=[common],
    )
    demo.set_defaults(handler=demo_create)


def demo_create(args: argparse.Namespace, services: Services, reader: PassphraseReader) -> int:
    started = time.monotonic()
    summary = create_demo(services, progress=lambda step: print(f"{step}…", file=sys.stderr, flush=True))
    seconds = time.monotonic() - started
    print(f"Demo ready in {seconds:.0f} s: {summary.entries} entries ({summary.shared_entries} shared), "
          f"{summary.spans} time logs, {summary.quiz_results} quiz results.")  # fmt: skip
    print("Open Tandem and choose a demo profile; these passphrases are for the demo only:")
    for person in DEMO_PEOPLE:
        print(f"  {person.name}: {person.passphrase}")
    return 0
