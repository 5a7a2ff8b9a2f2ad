"""Screenshots of the real app over demo data, for the README: `uv run python packaging/screenshots.py`.

Builds a demo couple in a temporary folder (as `tandem demo` does), opens the same main window the app opens,
unlocks "Demo Alex" by typing the passphrase, and grabs each main screen. `--dark` uses the dark palette,
`--scale 2` renders at 200 %, `--pseudo` uses the pseudo-locale that lengthens every text.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--pseudo", action="store_true")
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -dark")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    if args.pseudo:
        os.environ["TANDEM_LOCALE"] = "pseudo"
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tandem-screens-") as folder:
        take_screenshots(Path(folder), args.out, args.dark, args.suffix)
    return 0


def take_screenshots(folder: Path, out: Path, dark: bool, suffix: str) -> None:
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.services.container import Services
    from desktop.services.demo import DEMO_PEOPLE, create_demo
    from desktop.store.paths import DataDir
    from desktop.ui.i18n import install_translator
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shell import PAGE_TITLES
    from desktop.ui.theme import ThemeFollower

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Tandem")
    theme = ThemeFollower(app, app)
    theme.apply(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    install_translator(app, app)

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    data_dir = DataDir(folder / "data")
    services = Services.open(data_dir)
    print("creating the demo couple (about 15 seconds)")
    create_demo(services)
    window = MainWindow(services, ui_settings=QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    window.resize(1200, 760)
    window.show()
    save(window, "picker")

    alex = DEMO_PEOPLE[0]
    QTest.mouseClick(window.picker.profile_buttons[alex.name], Qt.MouseButton.LeftButton)
    QTest.keyClicks(window.unlock_page.passphrase_edit, alex.passphrase)
    QTest.keyClick(window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    while window.shell is None:
        settle(100)
    journal = window.shell.page("Journal")
    journal.list_view.setCurrentIndex(journal.model.index(1, 0))  # a recent entry, with tags
    save(window, "journal")

    for index, title in enumerate(PAGE_TITLES[1:], start=1):
        window.go_to(index)
        page = window.shell.page(title)
        if title == "Quiz":
            page.history_view.setCurrentIndex(page.history_view.model().index(0, 0))
        if title in ("Balance", "Insights"):  # charts are drawn after a load off the GUI thread
            loop = QEventLoop()
            (page.chart.drawn if title == "Balance" else page.loaded).connect(loop.quit)
            QTimer.singleShot(20_000, loop.quit)
            loop.exec()
        save(window, title.lower())

    window.open_guide("interdependence")
    save(window.help.guide_window, "guide")
    window.close()
    services.close()
    theme.deleteLater()


if __name__ == "__main__":
    sys.exit(main())
