"""What makes a profile name, colour and passphrase acceptable, and how strong a passphrase looks."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from desktop.errors import InvalidInput

MAX_NAME_LENGTH = 40
MIN_PASSPHRASE_LENGTH = 8
MAX_PASSPHRASE_LENGTH = 1024
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_RANGE = (1, 240)  # minutes

# A small palette offered when creating a profile; any #RRGGBB is accepted.
PROFILE_COLOURS = ("#3b7dd8", "#d0505f", "#2f9e6e", "#c98a1b", "#8a5cc7", "#2aa3b3")


def clean_name(name: str) -> str:
    """The name as it will be stored: trimmed and NFC-normalised; refuses empty, long or control characters."""
    cleaned = unicodedata.normalize("NFC", name).strip()
    if not cleaned:
        raise InvalidInput("Please give the profile a name.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInput(f"A profile name can be at most {MAX_NAME_LENGTH} characters long.")
    if any(unicodedata.category(ch).startswith("C") for ch in cleaned):
        raise InvalidInput("A profile name cannot contain control characters.")
    return cleaned


def check_colour(colour: str) -> str:
    if not _COLOUR.match(colour):
        raise InvalidInput("A profile colour is written like #3b7dd8.")
    return colour.lower()


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(f"Please choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters.")
    if len(passphrase) > MAX_PASSPHRASE_LENGTH:
        raise InvalidInput(f"A passphrase can be at most {MAX_PASSPHRASE_LENGTH} characters long.")
    if passphrase.strip() != passphrase:
        raise InvalidInput("A passphrase cannot start or end with a space; it is too easy to mistype.")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) … 4 (strong)
    label: str
    hint: str


_LABELS = ("Very weak", "Weak", "Fair", "Good", "Strong")


def passphrase_strength(passphrase: str) -> Strength:
    """A rough estimate from length and variety; a hint, not a guarantee."""
    if not passphrase:
        return Strength(0, _LABELS[0], "Several unrelated words make a passphrase that is strong and easy to remember.")
    pool = 0
    pool += 26 if re.search(r"[a-z]", passphrase) else 0
    pool += 26 if re.search(r"[A-Z]", passphrase) else 0
    pool += 10 if re.search(r"[0-9]", passphrase) else 0
    pool += 33 if re.search(r"[^A-Za-z0-9\s]", passphrase) else 0
    pool += 1 if " " in passphrase else 0
    pool += 100 if any(ord(ch) > 127 for ch in passphrase) else 0
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    words = len(passphrase.split())
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 60 else 3 if bits < 80 else 4
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        score = 0
    if score >= 3:
        hint = "A good passphrase. Keep it somewhere only you can find."
    elif words < 3:
        hint = "Try three or four unrelated words; length helps more than symbols."
    else:
        hint = "Longer is stronger: add another word or two."
    return Strength(score, _LABELS[score], hint)
