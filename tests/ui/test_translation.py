"""Texts marked for translation: the `.ts` source is current, and a pseudo-locale ~40 % longer clips nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.i18n import LOCALE_ENV, install_translator, pseudo_translate
from desktop.ui.shell import PAGE_TITLES
from tests.ui.driving import add_profile, unlock

ROOT = Path(__file__).resolve().parents[2]


def test_pseudo_text_is_longer_and_keeps_what_code_relies_on() -> None:
    assert pseudo_translate("Save").startswith("⟦Sávé")
    assert len(pseudo_translate("Write about your week")) >= len("Write about your week") * 1.4
    kept = pseudo_translate('&Export {count} entries to <a href="guide:trust">the Guide</a> &amp; more, %n left')
    for piece in ("&É", "{count}", '<a href="guide:trust">', "</a>", "&amp;", "%n"):
        assert piece in kept
    assert pseudo_translate("Lock {name}").format(name="Alex").count("Alex") == 1
    assert pseudo_translate("   ") == "   "


def test_the_translation_source_holds_every_marked_text() -> None:
    checked = subprocess.run(
        [sys.executable, "packaging/update_translations.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr + checked.stdout
    source = (ROOT / "resources" / "translations" / "tandem.ts").read_text(encoding="utf-8")
    assert source.count("<source>") > 400
    for text in ("Lock your journal now", "Sections", "Journal"):
        assert f"<source>{text}</source>" in source


def test_english_needs_no_translation_file(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOCALE_ENV, "en_GB")
    assert install_translator(qapp, qapp) is None


def test_a_compiled_translation_reaches_the_widgets(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, make_window, services: Services
) -> None:
    """The whole path a translator's work takes: the shipped .ts, one text translated, lrelease, the app in German."""
    source = (ROOT / "resources" / "translations" / "tandem.ts").read_text(encoding="utf-8")
    untranslated = '<source>Lock your journal now</source>\n        <translation type="unfinished"></translation>'
    assert untranslated in source
    german = source.replace(untranslated, "<source>Lock your journal now</source>\n"
                            "        <translation>Tagebuch jetzt sperren</translation>")  # fmt: skip
    (tmp_path / "tandem_de.ts").write_text(german.replace('sourcelanguage="en"', 'sourcelanguage="en" language="de"'))
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([lrelease, tmp_path / "tandem_de.ts", "-qm", tmp_path / "tandem_de.qm"], check=True,
                   capture_output=True)  # fmt: skip
    monkeypatch.setenv(LOCALE_ENV, "de_DE")
    translator = install_translator(qapp, qapp, folder=tmp_path)
    assert translator is not None
    try:
        add_profile(services, "Alex")
        window = make_window()
        assert window.menus.lock_action.statusTip() == "Tagebuch jetzt sperren"
        assert window.menus.switch_action.statusTip() == "Lock your journal and choose who's writing"  # untranslated
    finally:
        qapp.removeTranslator(translator)


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels, buttons and check boxes narrower than their text needs."""
    clipped = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        one_line_label = isinstance(widget, QLabel) and not widget.wordWrap()
        if not (one_line_label or isinstance(widget, QAbstractButton)) or not widget.text():
            continue
        needed = widget.minimumSizeHint().width()
        if widget.width() + 1 < needed:
            clipped.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {needed}")
    return clipped


def shown_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text().strip():
            texts.append(widget.text())
    return texts


def test_the_clip_check_sees_a_squeezed_label(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("A label far longer than the room it is given", box)
    label.setFixedWidth(60)
    box.show()
    qtbot.waitExposed(box)
    assert len(clipped_texts(box)) == 1


SMALL_LAPTOP = QSize(1280, 800)


def test_every_page_holds_a_longer_language(qtbot: QtBot, pseudo_locale: None, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    assert "⟦" in window.menuBar().actions()[0].text()
    assert clipped_texts(window.picker) == []

    unlock(qtbot, window, "Alex")
    window.resize(SMALL_LAPTOP)
    for index, title in enumerate(PAGE_TITLES):
        window.go_to(index)
        page = window.shell.page(title)
        qtbot.waitUntil(page.isVisible)
        qtbot.wait(50)  # a layout pass after the page appears
        assert clipped_texts(window) == [], title
        translated = [text for text in shown_texts(page) if "⟦" in text]
        assert len(translated) >= 3, (title, shown_texts(page))
        assert "⟦" in window.shell.navigation.item(index).text()
    minimum = window.minimumSizeHint()
    assert minimum.width() <= SMALL_LAPTOP.width() and minimum.height() <= SMALL_LAPTOP.height(), minimum


def test_dialogs_hold_a_longer_language(qtbot: QtBot, pseudo_locale: None, make_window, services: Services) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    for action in (window.menus.reminders_action, window.menus.export_action, window.menus.import_action,
                   window.help.shortcuts_action, window.help.welcome_action, window.help.guide_action):  # fmt: skip
        before = set(QApplication.topLevelWidgets())
        action.trigger()
        qtbot.waitUntil(lambda before=before: any(w.isVisible() for w in set(QApplication.topLevelWidgets()) - before
                                                  if not isinstance(w, QMenu)))  # fmt: skip
        dialog = next(w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible())
        qtbot.wait(50)
        assert "⟦" in dialog.windowTitle(), action.text()
        assert clipped_texts(dialog) == [], action.text()
        QTimer.singleShot(0, dialog.close)
        qtbot.waitUntil(lambda dialog=dialog: not shiboken6.isValid(dialog) or not dialog.isVisible())
