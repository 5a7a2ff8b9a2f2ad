"""The journal at 1,000 and 100,000 entries, next to jrnl on the same text. Run by hand:

    uv run python benchmarks/journal.py            # both sizes (the large one takes a few minutes)
    BENCH_SIZES=1000 uv run python benchmarks/journal.py

jrnl is installed into its own environment (benchmarks/.jrnl-env) on first run.
Reports: time to the first page of the list after unlock; full-text search latency
(median of many queries) in-process; whole-process `tandem write` / `tandem search`
against `jrnl` adding and searching; peak memory of the app with the journal open.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent
TANDEM = str(Path(sys.executable).with_name("tandem"))
JRNL_ENV = HERE / ".jrnl-env"
JRNL = str(JRNL_ENV / "bin" / "jrnl")
PASSPHRASE = "benchmark passphrase"
SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "1000,100000").split(",")]
QUALITIES = ["trust", "support", "honesty", "respect", "love", "communication", "growth", "compromise"]


def ensure_jrnl() -> None:
    if not Path(JRNL).exists():
        subprocess.run(["uv", "venv", "-q", "-p", sys.executable, str(JRNL_ENV)], check=True)
        subprocess.run(["uv", "pip", "install", "-q", "--python", str(JRNL_ENV / "bin" / "python"), "jrnl"], check=True)


def vocabulary(rng: random.Random) -> list[str]:
    syllables = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "ni", "pa", "qu", "zor", "el", "an", "is"]
    return sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(5000)})


def make_entries(count: int, words: list[str], rng: random.Random) -> list[dict]:
    start = datetime(2000, 1, 1, 8, 0)
    step = timedelta(minutes=max(1, (26 * 365 * 24 * 60) // count))
    entries = []
    for i in range(count):
        body_words = [rng.choice(words) for _ in range(rng.randint(40, 120))]
        quality = rng.choice(QUALITIES)
        entries.append(
            {
                "when": start + step * i,
                "title": " ".join(rng.choice(words) for _ in range(3)).capitalize(),
                "body": " ".join(body_words) + ".",
                "tag": (quality, rng.choice([1, -1])),
            }
        )
    return entries


def fill_tandem(data_dir: Path, entries: list[dict]) -> None:
    """Bulk-load the vault in one transaction (the FTS triggers fire as for any write)."""
    from desktop.services.container import Services
    from desktop.store.models import Entry, EntryTag
    from desktop.store.paths import DataDir

    services = Services.open(DataDir(data_dir))
    services.profiles.create_profile("Bench", "#3b7dd8", PASSPHRASE)
    unlocked = services.profiles.unlock("Bench", PASSPHRASE)
    now = datetime.now().astimezone()
    with unlocked.vault.session() as session:
        for item in entries:
            entry_id = uuid.uuid4().hex
            session.add(
                Entry(id=entry_id, author_id=unlocked.profile.id, written_at=item["when"], title=item["title"],
                      body=item["body"], created_at=now, updated_at=now)
            )  # fmt: skip
            session.add(EntryTag(entry_id=entry_id, tag=item["tag"][0], polarity=item["tag"][1]))
        session.commit()
    unlocked.lock()
    services.close()


def fill_jrnl(folder: Path, entries: list[dict]) -> Path:
    journal = folder / "journal.txt"
    with journal.open("w", encoding="utf-8") as out:
        for item in entries:
            polarity = "plus" if item["tag"][1] > 0 else "minus"
            tag = f"@{item['tag'][0]}{polarity}"
            out.write(f"[{item['when']:%Y-%m-%d %H:%M}] {item['title']}.\n{item['body']} {tag}\n\n")
    config = folder / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\ndefault_hour: 9\ndefault_minute: 0\n"
        "editor: ''\nencrypt: false\nhighlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\nlinewrap: 79\ntagsymbols: '@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n",
        encoding="utf-8",
    )
    return config


def timed(command: list[str], stdin: str = "") -> float:
    started = time.perf_counter()
    subprocess.run(command, input=stdin, text=True, check=True, capture_output=True, timeout=600)
    return time.perf_counter() - started


def median_of(runs: int, action) -> float:  # type: ignore[no-untyped-def]
    return statistics.median(action() for _ in range(runs))


def in_process(data_dir: Path, queries: list[str]) -> tuple[float, float]:
    from desktop.services.container import Services
    from desktop.services.journal import EntryQuery
    from desktop.store.paths import DataDir

    services = Services.open(DataDir(data_dir))

    def first_page() -> float:
        started = time.perf_counter()
        unlocked = services.profiles.unlock("Bench", PASSPHRASE)
        journal = services.open_journal(unlocked)
        journal.count(EntryQuery())
        journal.page(EntryQuery(), limit=200)
        elapsed = time.perf_counter() - started
        journal.close()
        unlocked.lock()
        return elapsed

    first = median_of(3, first_page)
    unlocked = services.profiles.unlock("Bench", PASSPHRASE)
    journal = services.open_journal(unlocked)
    latencies = []
    for query in queries:
        started = time.perf_counter()
        journal.page(EntryQuery(text=query), limit=200)
        journal.count(EntryQuery(text=query))
        latencies.append(time.perf_counter() - started)
    journal.close()
    unlocked.lock()
    services.close()
    return first, statistics.median(latencies)


def peak_memory_of_app(data_dir: Path) -> float:
    """Peak RSS (MiB) of a process that opens the main window, unlocks and shows the journal's first page."""
    code = f"""
import os, resource, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.services.container import Services
from desktop.store.paths import DataDir
from desktop.ui.main_window import MainWindow
app = QApplication(sys.argv)
services = Services.open(DataDir(Path({str(data_dir)!r})))
window = MainWindow(services)
window.show()
window.unlock_page.show_profile(services.profiles.find("Bench"))
window.unlock_page.passphrase_edit.setText({PASSPHRASE!r})
window.unlock_page.passphrase_edit.returnPressed.emit()
while window.shell is None:
    app.processEvents()
for _ in range(50):
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
window.lock()
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=600)
    return float(result.stdout.strip().splitlines()[-1])


def compare_processes(data_dir: Path, jrnl_config: Path, query: str) -> None:
    tandem = [TANDEM, "--data-dir", str(data_dir), "--passphrase-stdin"]
    jrnl = [JRNL, "--config-file", str(jrnl_config)]
    pairs = {
        "write": (
            lambda: timed([*tandem, "write", "--profile", "Bench", "an added entry"], PASSPHRASE + "\n"),
            lambda: timed([*jrnl, "An added entry."]),
        ),
        "search": (
            lambda: timed([*tandem, "search", "--profile", "Bench", query], PASSPHRASE + "\n"),
            lambda: timed([*jrnl, "-contains", query]),
        ),
    }
    for name, (ours, theirs) in pairs.items():
        ours_s, theirs_s = median_of(3, ours), median_of(3, theirs)
        print(
            f"  whole process: {name:<6}  tandem {ours_s * 1000:7.0f} ms   jrnl {theirs_s * 1000:7.0f} ms"
            f"   (tandem/jrnl {ours_s / theirs_s:5.2f})"
        )


def main() -> None:
    ensure_jrnl()
    rng = random.Random(20261128)
    words = vocabulary(rng)
    queries = [rng.choice(words) for _ in range(60)]
    for size in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            entries = make_entries(size, words, rng)
            started = time.perf_counter()
            fill_tandem(root / "tandem", entries)
            config = fill_jrnl(root, entries)
            print(f"\n== {size:,} entries (generated and loaded in {time.perf_counter() - started:.0f} s)")
            first, search = in_process(root / "tandem", queries)
            vault = next((root / "tandem" / "vaults").glob("*.sqlite"))
            print(f"  vault size                          {vault.stat().st_size / 2**20:8.1f} MiB")
            print(f"  unlock + first page of the list     {first * 1000:8.0f} ms")
            print(f"  full-text search, median of {len(queries)}     {search * 1000:8.1f} ms  (in-process)")

            compare_processes(root / "tandem", config, queries[0])
            print(f"  peak memory, app with journal open  {peak_memory_of_app(root / 'tandem'):8.0f} MiB")


if __name__ == "__main__":
    main()
