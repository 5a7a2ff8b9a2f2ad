"""The qualities of an interdependent relationship, the warning signs of codependency, and tag parsing.

A tag on an entry is one of:
- a quality, nurtured (+1) or strained (-1), e.g. ``trust+`` / ``trust-``;
- a warning sign of codependency, e.g. ``control`` (no polarity);
- the person's own tag, written with a leading ``#``, e.g. ``#hiking``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.errors import InvalidInput


@dataclass(frozen=True)
class Quality:
    id: str
    label: str
    description: str


QUALITIES: tuple[Quality, ...] = (
    Quality("trust", "Trust", "Relying on each other's word and good will."),
    Quality("support", "Support", "Being there for each other, in small things and large."),
    Quality("honesty", "Honesty", "Saying what is true, kindly."),
    Quality("respect", "Respect", "Taking each other's views, limits and choices seriously."),
    Quality("love", "Love", "Warmth, affection and care, shown and felt."),
    Quality("communication", "Communication", "Talking openly and listening well."),
    Quality("quality-time", "Quality time", "Time together with attention on each other."),
    Quality("individuality", "Individuality", "Room for each of you to be yourself and follow your own interests."),
    Quality("growth", "Growth", "Encouraging each other to learn and change."),
    Quality("compromise", "Compromise", "Meeting in the middle; both needs count."),
)

WARNING_SIGNS: tuple[Quality, ...] = (
    Quality("one-sided-sacrifice", "One-sided sacrifice", "One of you keeps giving up what matters to them."),
    Quality("control", "Control", "One of you decides for the other, or checks up on them."),
    Quality("fear-of-losing", "Fear of losing the partner", "Worry about the relationship ending drives choices."),
    Quality("losing-self", "Losing self", "Your own interests, friends or views are fading."),
)

NURTURED, STRAINED, NEUTRAL = 1, -1, 0
_QUALITY_IDS = {quality.id for quality in QUALITIES}
_WARNING_IDS = {sign.id for sign in WARNING_SIGNS}
MAX_OWN_TAG_LENGTH = 40


@dataclass(frozen=True, order=True)
class Tag:
    name: str  # a quality id, a warning-sign id, or "#own-tag"
    polarity: int = NEUTRAL

    @property
    def is_quality(self) -> bool:
        return self.name in _QUALITY_IDS

    @property
    def is_warning_sign(self) -> bool:
        return self.name in _WARNING_IDS

    def __str__(self) -> str:
        suffix = {NURTURED: "+", STRAINED: "-"}.get(self.polarity, "") if self.is_quality else ""
        return self.name + suffix


def label_of(tag_name: str) -> str:
    for quality in (*QUALITIES, *WARNING_SIGNS):
        if quality.id == tag_name:
            return quality.label
    return tag_name


def _normalise(text: str) -> str:
    return re.sub(r"[\s_]+", "-", unicodedata.normalize("NFC", text).strip().lower())


def valid_tags_text() -> str:
    qualities = ", ".join(quality.id for quality in QUALITIES)
    signs = ", ".join(sign.id for sign in WARNING_SIGNS)
    return (
        f"Qualities (add + for nurtured or - for strained): {qualities}. Warning signs: {signs}. Own tags start with #."
    )


def parse_tag(text: str, *, polarity_required: bool = True) -> Tag:
    """``trust+``, ``quality time-``, ``control`` or ``#hiking`` → a Tag; anything else is refused."""
    raw = text.strip()
    if raw.startswith("#"):
        own = unicodedata.normalize("NFC", raw[1:]).strip()
        if not own or len(own) > MAX_OWN_TAG_LENGTH or any(unicodedata.category(c).startswith("C") for c in own):
            raise InvalidInput(f"An own tag is # followed by 1 to {MAX_OWN_TAG_LENGTH} characters, like #hiking.")
        return Tag("#" + own)
    polarity = NEUTRAL
    if raw.endswith(("+", "-")):
        polarity = NURTURED if raw.endswith("+") else STRAINED
        raw = raw[:-1]
    name = _normalise(raw)
    if name in _WARNING_IDS:
        return Tag(name)
    if name in _QUALITY_IDS:
        if polarity == NEUTRAL and polarity_required:
            raise InvalidInput(f"Say whether “{name}” was nurtured or strained: {name}+ or {name}-.")
        return Tag(name, polarity)
    raise InvalidInput(f"“{text.strip()}” is not a tag Tandem knows. {valid_tags_text()}")
