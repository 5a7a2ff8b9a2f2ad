"""Start-up and unlock times, run by hand: ``uv run python benchmarks/startup.py``.

Start-up is the whole process, from spawning ``tandem`` to its first painted
window (offscreen), reported as a ratio to a bare PySide6 one-label window
measured in the same run, alternating the two so machine noise hits both alike.
Unlock is the time from passphrase to an open vault with the default Argon2id
parameters (64 MiB, t=3, p=4).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
TANDEM = str(Path(sys.executable).with_name("tandem"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "10"))


def wall_time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - started


def startup(data_dir: Path) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TANDEM_BENCH_EXIT_ON_PAINT": "1"}
    bare, app = [], []
    wall_time([sys.executable, str(HERE / "bare_window.py")], env)  # warm the file cache for both
    wall_time([TANDEM, "--data-dir", str(data_dir)], env)
    for _ in range(ROUNDS):
        bare.append(wall_time([sys.executable, str(HERE / "bare_window.py")], env))
        app.append(wall_time([TANDEM, "--data-dir", str(data_dir)], env))
    return statistics.median(bare), statistics.median(app)


def unlock_times(data_dir: Path) -> tuple[float, float, float]:
    from desktop.services.container import Services
    from desktop.store import crypto
    from desktop.store.paths import DataDir

    services = Services.open(DataDir(data_dir))
    services.profiles.create_profile("Bench", "#3b7dd8", "benchmark passphrase")
    unlocks, derivations = [], []
    row = services.registry.profile_by_name("Bench")
    assert row is not None
    for _ in range(5):
        started = time.perf_counter()
        services.profiles.unlock("Bench", "benchmark passphrase").lock()
        unlocks.append(time.perf_counter() - started)
        started = time.perf_counter()
        crypto.derive_passphrase_key("benchmark passphrase", row.kdf_salt, crypto.DEFAULT_KDF)
        derivations.append(time.perf_counter() - started)
    services.close()
    return _first_unlock_in_fresh_process(data_dir), statistics.median(unlocks), statistics.median(derivations)


def _first_unlock_in_fresh_process(data_dir: Path) -> float:
    """What the app pays at its first unlock: Argon2id plus loading SQLAlchemy and SQLModel."""
    code = (
        "import time; from pathlib import Path; from desktop.services.container import Services; "
        "from desktop.store.paths import DataDir; "
        f"services = Services.open(DataDir(Path({str(data_dir)!r}))); started = time.perf_counter(); "
        "services.profiles.unlock('Bench', 'benchmark passphrase').lock(); print(time.perf_counter() - started)"
    )
    timings = [
        float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
        for _ in range(5)
    ]
    return statistics.median(timings)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bare, app = startup(Path(tmp) / "startup")
        first_unlock, unlock, argon2 = unlock_times(Path(tmp) / "unlock")
    print(f"start-up to first paint, median of {ROUNDS} (offscreen):")
    print(f"  bare PySide6 label window  {bare * 1000:7.0f} ms")
    print(f"  tandem (profile picker)    {app * 1000:7.0f} ms")
    print(f"  ratio                      {app / bare:7.2f}x   (aim: at most 2.5x)")
    print("unlock with default Argon2id (64 MiB, t=3, p=4):")
    print(f"  first in a process         {first_unlock * 1000:7.0f} ms   (median of 5; loads the ORM too)")
    print(f"  later, median of 5         {unlock * 1000:7.0f} ms")
    print(f"  Argon2id alone, median     {argon2 * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
