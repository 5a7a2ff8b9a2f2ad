"""The Guide: our own short texts on interdependence, the qualities and the attachment tendencies.

Read from ``resources/guide/`` (``topics.toml`` plus one Markdown file per topic). Links between
topics are written ``guide:<id>``; any alias (a warning-sign tag, a quiz category) opens its topic.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from desktop.resources import resource

GUIDE_SCHEME = "guide"


@dataclass(frozen=True)
class GuideTopic:
    id: str
    title: str
    aliases: tuple[str, ...]

    def text(self) -> str:
        return resource("guide", f"{self.id}.md").read_text(encoding="utf-8")


class Guide:
    def __init__(self) -> None:
        data = tomllib.loads(resource("guide", "topics.toml").read_text(encoding="utf-8"))
        self.topics: tuple[GuideTopic, ...] = tuple(
            GuideTopic(row["id"], row["title"], tuple(row.get("aliases", ()))) for row in data["topics"]
        )
        self._by_id = {topic.id: topic for topic in self.topics}
        for topic in self.topics:
            for alias in topic.aliases:
                self._by_id.setdefault(alias, topic)

    def find(self, topic_id: str) -> GuideTopic | None:
        """The topic for an id or alias (`trust`, `control`, `secure`, `guide:secure`); None when there is none."""
        key = topic_id.removeprefix(f"{GUIDE_SCHEME}:").strip().lower()
        return self._by_id.get(key)

    def __contains__(self, topic_id: str) -> bool:
        return self.find(topic_id) is not None


def guide_link(topic_id: str) -> str:
    return f"{GUIDE_SCHEME}:{topic_id}"
