"""The words `desktop/core` shows the person, in the person's language.

The core stays free of Qt, so its English texts (quality and warning-sign labels and descriptions, moods,
passphrase strength) are marked here for `lupdate` and translated when shown. The English in the core is the
source of truth: `tests/ui/test_core_texts.py` fails when a core text is not marked here, word for word.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.balance.durations import duration
from desktop.core.entry_rules import MOODS
from desktop.core.profile_rules import Strength
from desktop.core.qualities import Quality, label_of

CONTEXT = "CoreTexts"

# For lupdate only: each text as `desktop/core` writes it.
_QUALITIES = (
    QT_TRANSLATE_NOOP("CoreTexts", "Trust"),
    QT_TRANSLATE_NOOP("CoreTexts", "Relying on each other's word and good will."),
    QT_TRANSLATE_NOOP("CoreTexts", "Support"),
    QT_TRANSLATE_NOOP("CoreTexts", "Being there for each other, in small things and large."),
    QT_TRANSLATE_NOOP("CoreTexts", "Honesty"),
    QT_TRANSLATE_NOOP("CoreTexts", "Saying what is true, kindly."),
    QT_TRANSLATE_NOOP("CoreTexts", "Respect"),
    QT_TRANSLATE_NOOP("CoreTexts", "Taking each other's views, limits and choices seriously."),
    QT_TRANSLATE_NOOP("CoreTexts", "Love"),
    QT_TRANSLATE_NOOP("CoreTexts", "Warmth, affection and care, shown and felt."),
    QT_TRANSLATE_NOOP("CoreTexts", "Communication"),
    QT_TRANSLATE_NOOP("CoreTexts", "Talking openly and listening well."),
    QT_TRANSLATE_NOOP("CoreTexts", "Quality time"),
    QT_TRANSLATE_NOOP("CoreTexts", "Time together with attention on each other."),
    QT_TRANSLATE_NOOP("CoreTexts", "Individuality"),
    QT_TRANSLATE_NOOP("CoreTexts", "Room for each of you to be yourself and follow your own interests."),
    QT_TRANSLATE_NOOP("CoreTexts", "Growth"),
    QT_TRANSLATE_NOOP("CoreTexts", "Encouraging each other to learn and change."),
    QT_TRANSLATE_NOOP("CoreTexts", "Compromise"),
    QT_TRANSLATE_NOOP("CoreTexts", "Meeting in the middle; both needs count."),
)
_WARNING_SIGNS = (
    QT_TRANSLATE_NOOP("CoreTexts", "One-sided sacrifice"),
    QT_TRANSLATE_NOOP("CoreTexts", "One of you keeps giving up what matters to them."),
    QT_TRANSLATE_NOOP("CoreTexts", "Control"),
    QT_TRANSLATE_NOOP("CoreTexts", "One of you decides for the other, or checks up on them."),
    QT_TRANSLATE_NOOP("CoreTexts", "Fear of losing the partner"),
    QT_TRANSLATE_NOOP("CoreTexts", "Worry about the relationship ending drives choices."),
    QT_TRANSLATE_NOOP("CoreTexts", "Losing self"),
    QT_TRANSLATE_NOOP("CoreTexts", "Your own interests, friends or views are fading."),
)
_MOODS = (
    QT_TRANSLATE_NOOP("CoreMoods", "Very low"),
    QT_TRANSLATE_NOOP("CoreMoods", "Low"),
    QT_TRANSLATE_NOOP("CoreMoods", "Okay"),
    QT_TRANSLATE_NOOP("CoreMoods", "Good"),  # a context of its own: not the passphrase strength "Good"
    QT_TRANSLATE_NOOP("CoreMoods", "Very good"),
)
_STRENGTHS = (
    QT_TRANSLATE_NOOP("CorePassphrase", "Very weak"),
    QT_TRANSLATE_NOOP("CorePassphrase", "Weak"),
    QT_TRANSLATE_NOOP("CorePassphrase", "Fair"),
    QT_TRANSLATE_NOOP("CorePassphrase", "Good"),
    QT_TRANSLATE_NOOP("CorePassphrase", "Strong"),
    QT_TRANSLATE_NOOP(
        "CorePassphrase", "Several unrelated words make a passphrase that is strong and easy to remember."
    ),
    QT_TRANSLATE_NOOP("CorePassphrase", "A good passphrase. Keep it somewhere only you can find."),
    QT_TRANSLATE_NOOP("CorePassphrase", "Try three or four unrelated words; length helps more than symbols."),
    QT_TRANSLATE_NOOP("CorePassphrase", "Longer is stronger: add another word or two."),
)
# `duration()` writes "55 min", "4.4 h" or "12 h"; the number stays as it is written, the unit is translated.
_DURATION_UNITS = {
    "min": QT_TRANSLATE_NOOP("CoreTexts", "{minutes} min"),
    "h": QT_TRANSLATE_NOOP("CoreTexts", "{hours} h"),
}


def _translate(english: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, english)


def quality_label(quality: Quality | str) -> str:
    """The label of a quality or warning sign (or its id); any other tag name, such as `#hiking`, as written."""
    if isinstance(quality, Quality):
        return _translate(quality.label)
    label = label_of(quality)
    return quality if label == quality else _translate(label)


def quality_description(quality: Quality) -> str:
    return _translate(quality.description)


def mood_label(value: int) -> str:
    """ "Very low" … "Very good" for a mood of 1 … 5."""
    return _translate(MOODS[value], "CoreMoods")


def strength_label(strength: Strength) -> str:
    return _translate(strength.label, "CorePassphrase")


def strength_hint(strength: Strength) -> str:
    return _translate(strength.hint, "CorePassphrase")


def duration_text(minutes: float) -> str:
    """A length of time as `duration()` writes it ("55 min", "4.4 h"), with its unit translated."""
    english = duration(minutes)
    number, _, unit = english.rpartition(" ")
    if unit not in _DURATION_UNITS:
        return english
    return _translate(_DURATION_UNITS[unit]).format(minutes=number, hours=number)
