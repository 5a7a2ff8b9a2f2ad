"""The PyInstaller bundle builds on Linux and passes the smoke test (packaging/build_linux.sh, about two minutes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYINSTALLER = "pyinstaller>=6.11,<7"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build_linux.sh builds the Linux bundle"),
]


def _require_pyinstaller() -> None:
    if shutil.which("uv") is None:
        pytest.skip("uv is not on PATH, so PyInstaller cannot be brought in")
    probe = subprocess.run(
        ["uv", "run", "--with", PYINSTALLER, "pyinstaller", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(f"PyInstaller could not be installed: {probe.stderr.strip()[-500:]}")


def test_the_linux_bundle_builds_and_passes_the_smoke_test(tmp_path: Path) -> None:
    _require_pyinstaller()
    env = {
        **os.environ,
        "TANDEM_DIST": str(tmp_path / "dist"),
        "TANDEM_BUILD": str(tmp_path / "build"),
        "TANDEM_PYINSTALLER": PYINSTALLER,
    }
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_linux.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, f"--- stdout\n{done.stdout[-6000:]}\n--- stderr\n{done.stderr[-6000:]}"
    assert "smoke test passed" in done.stdout
    assert (tmp_path / "dist" / "tandem" / "tandem").is_file()
    print(done.stdout.splitlines()[-1])  # build time, smoke-test time and size, shown with pytest -s
