"""Writing prompts: read from resources, grouped by theme, handed out without repeats."""

from __future__ import annotations

import random

from desktop.services.guide import Guide
from desktop.services.prompts import PromptDeck, load_prompts


def test_prompts_cover_the_five_themes() -> None:
    prompts = load_prompts()
    assert 20 <= len(prompts) <= 30
    assert len({prompt.theme for prompt in prompts}) == 5
    assert all(prompt.text.strip() and len(prompt.text) < 120 for prompt in prompts)


def test_every_theme_links_to_a_guide_topic() -> None:
    topic_ids = {topic.id for topic in Guide().topics}  # a topic's own id, so a typo or a stale alias fails
    themes = {prompt.theme: prompt.guide_topic for prompt in load_prompts()}
    for theme, topic_id in themes.items():
        assert topic_id in topic_ids, (theme, topic_id)
    assert themes["Talking openly"] == "communication"


def test_deck_goes_through_every_prompt_before_repeating() -> None:
    prompts = load_prompts()
    deck = PromptDeck(prompts, random.Random(7))
    first_round = [deck.next() for _ in prompts]
    assert sorted(first_round, key=prompts.index) == list(prompts)
    assert deck.next() in prompts
