"""Start-up stays light: the window's modules load no ORM, charts, migrations or command parser."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("sqlmodel", "sqlalchemy", "matplotlib", "alembic", "desktop.cli")


def test_the_gui_start_path_imports_nothing_heavy() -> None:
    # What `tandem` imports before its first window: these load later, when a journal is unlocked or a chart shown.
    probe = (
        "import sys; import desktop.app, desktop.ui.launch; "
        f"heavy = sorted({{name.split('.')[0] if name.split('.')[0] != 'desktop' else name for name in sys.modules "
        f"if name.startswith({HEAVY!r})}}); print(' '.join(heavy))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout.split()  # fmt: skip
    assert found == []
