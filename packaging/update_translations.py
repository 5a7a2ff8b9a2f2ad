"""Refresh `resources/translations/tandem.ts`, the texts for translators, from the `tr()` calls in `desktop/ui/`.

Run after changing any text in the GUI: `uv run python packaging/update_translations.py`. A test fails while the
file is out of date (`--check` says whether it is). A translation `tandem_<lang>.ts` is compiled with
`pyside6-lrelease` to `tandem_<lang>.qm` beside it, where the app finds it for that locale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_TS = ROOT / "resources" / "translations" / "tandem.ts"


def ui_sources() -> list[Path]:
    return sorted((ROOT / "desktop" / "ui").rglob("*.py"))


def write_ts(target: Path) -> None:
    """Extract every marked text into `target` (no line numbers, so editing code elsewhere changes nothing)."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    sources = [str(path.relative_to(ROOT)) for path in ui_sources()]
    subprocess.run(
        [lupdate, *sources, "-locations", "none", "-no-obsolete", "-source-language", "en", "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def is_up_to_date() -> bool:
    """Whether extracting again would leave `tandem.ts` as it is."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / SOURCE_TS.name
        shutil.copyfile(SOURCE_TS, fresh)
        write_ts(fresh)
        return fresh.read_bytes() == SOURCE_TS.read_bytes()


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        if not is_up_to_date():
            sys.exit(f"{SOURCE_TS.relative_to(ROOT)} is out of date: run packaging/update_translations.py")
        print(f"{SOURCE_TS.relative_to(ROOT)} is up to date")
    else:
        write_ts(SOURCE_TS)
        print(f"wrote {SOURCE_TS.relative_to(ROOT)}")
