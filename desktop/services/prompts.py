"""Writing prompts for the journal, read from ``resources/prompts/prompts.toml``."""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass

from desktop.resources import resource


@dataclass(frozen=True)
class Prompt:
    theme: str  # the theme's title, e.g. "Talking openly"
    text: str
    guide_topic: str  # the Guide topic the theme links to, e.g. "communication"


def load_prompts() -> tuple[Prompt, ...]:
    """Every prompt in file order, grouped by theme."""
    data = tomllib.loads(resource("prompts", "prompts.toml").read_text(encoding="utf-8"))
    return tuple(
        Prompt(theme["title"], text, theme["guide"]) for theme in data.get("theme", ()) for text in theme["prompts"]
    )


class PromptDeck:
    """Hands out prompts one at a time, shuffled, going through them all before any comes back."""

    def __init__(self, prompts: tuple[Prompt, ...], rng: random.Random | None = None) -> None:
        if not prompts:
            raise ValueError("a prompt deck needs at least one prompt")
        self._prompts = prompts
        self._rng = rng or random.Random()
        self._order: list[Prompt] = []

    def next(self) -> Prompt:
        if not self._order:
            self._order = list(self._prompts)
            self._rng.shuffle(self._order)
        return self._order.pop()
