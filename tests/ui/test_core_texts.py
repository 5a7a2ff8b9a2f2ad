"""The words `desktop/core` shows the person are marked for translators and translated where they are shown."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.balance.durations import duration
from desktop.core.entry_rules import MOODS
from desktop.core.profile_rules import passphrase_strength
from desktop.core.qualities import QUALITIES, WARNING_SIGNS
from desktop.services.container import Services
from desktop.ui.core_texts import duration_text, mood_label, quality_description, quality_label
from desktop.ui.i18n import pseudo_translate
from tests.ui.driving import add_profile, unlock
from tests.ui.journal_driving import page_of

ROOT = Path(__file__).resolve().parents[2]
# One passphrase for each score 0–4 and for each hint, weak with three words among them.
PASSPHRASES = ("", "abc", "abcdefgh", "aa bb cc", "abcdefghijkl", "abcdefghijklmnop", "correct horse battery staple")
MINUTES = (0, 0.4, 55, 59.6, 60, 264, 599, 600, 6000)


def core_texts_for_translators(context_name: str) -> set[str]:
    source = ET.parse(ROOT / "resources" / "translations" / "tandem.ts").getroot()
    return {
        message.findtext("source", "")
        for context in source.iter("context")
        if context.findtext("name") == context_name
        for message in context.iter("message")
    }


def test_every_core_text_the_person_sees_is_marked_for_translators() -> None:
    strengths = [passphrase_strength(passphrase) for passphrase in PASSPHRASES]
    assert {strength.score for strength in strengths} == {0, 1, 2, 3, 4}
    qualities = {text for quality in (*QUALITIES, *WARNING_SIGNS) for text in (quality.label, quality.description)}
    passphrase = {text for strength in strengths for text in (strength.label, strength.hint)}
    # Each group in a context of its own, so a word two groups share ("Good") can be translated twice.
    groups = {"CoreTexts": qualities, "CoreMoods": set(MOODS.values()), "CorePassphrase": passphrase}
    for context, shown in groups.items():
        unmarked = shown - core_texts_for_translators(context)
        assert unmarked == set(), f"mark these in desktop/ui/core_texts.py under {context}, then update the .ts"
    assert {"{minutes} min", "{hours} h"} <= core_texts_for_translators("CoreTexts")


def test_english_reads_as_the_core_writes_it() -> None:
    trust = QUALITIES[0]
    assert quality_label(trust) == quality_label("trust") == "Trust"
    assert quality_description(trust) == trust.description
    assert quality_label("control") == "Control"
    assert quality_label("#hiking") == "#hiking"  # the person's own tag, as written
    assert [mood_label(value) for value in MOODS] == list(MOODS.values())
    assert [duration_text(minutes) for minutes in MINUTES] == [duration(minutes) for minutes in MINUTES]


def test_durations_keep_their_number_and_translate_their_unit(pseudo_locale: None) -> None:
    for minutes in MINUTES:
        number, _, _unit = duration(minutes).partition(" ")
        assert duration_text(minutes).startswith(f"⟦{number} "), minutes
    assert quality_label("#hiking") == "#hiking"


def test_a_new_entry_shows_qualities_and_moods_in_the_persons_language(
    qtbot: QtBot, pseudo_locale: None, make_window, services: Services
) -> None:
    add_profile(services, "Alex")
    window = make_window()
    unlock(qtbot, window, "Alex")
    editor = page_of(window).editor
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.body_edit.hasFocus()

    trust = editor.tag_picker.quality_toggles["trust"]
    assert trust.text() == pseudo_translate("Trust")
    assert pseudo_translate(QUALITIES[0].description) in trust.toolTip()
    assert pseudo_translate("Trust") in trust.accessibleName()
    control = editor.tag_picker.warning_toggles["control"]
    assert control.text() == pseudo_translate("Control")

    moods = [editor.mood_combo.itemText(row) for row in range(1, editor.mood_combo.count())]
    assert len(moods) == len(MOODS)
    for (value, mood), shown in zip(MOODS.items(), moods, strict=True):
        assert shown.startswith("⟦") and shown.endswith("⟧"), shown
        assert f"{value} · {pseudo_translate(mood)}" in shown
