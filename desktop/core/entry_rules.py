"""What a journal entry may hold: dates within reason, a mood from 1 to 5, text of a sane size."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.errors import InvalidInput

MAX_TITLE_LENGTH = 200
MAX_BODY_LENGTH = 1_000_000  # about 150,000 words: a book, not an entry
MAX_TAGS = 40
EARLIEST_YEAR = 1900
MOODS = {1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good"}


def check_written_at(written_at: datetime, now: datetime) -> None:
    """Backdating is welcome; the far past and the future beyond tomorrow are typos."""
    if written_at.year < EARLIEST_YEAR:
        raise InvalidInput(f"An entry's date must be in {EARLIEST_YEAR} or later.")
    if written_at > now + timedelta(days=1):
        raise InvalidInput("An entry cannot be dated in the future.")


def check_entry_text(title: str, body: str) -> None:
    if len(title) > MAX_TITLE_LENGTH:
        raise InvalidInput(f"A title can be at most {MAX_TITLE_LENGTH} characters long.")
    if len(body) > MAX_BODY_LENGTH:
        raise InvalidInput(
            f"This entry is longer than {MAX_BODY_LENGTH:,} characters. Please split it into several entries."
        )
    if not title.strip() and not body.strip():
        raise InvalidInput("An entry needs a title or some text.")
    if "\x00" in title or "\x00" in body:
        raise InvalidInput("The text contains a NUL character, which cannot be saved.")


def check_mood(mood: int | None) -> None:
    if mood is not None and mood not in MOODS:
        raise InvalidInput("A mood is a number from 1 (very low) to 5 (very good).")


def check_tag_count(count: int) -> None:
    if count > MAX_TAGS:
        raise InvalidInput(f"An entry can have at most {MAX_TAGS} tags.")
