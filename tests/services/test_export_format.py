"""resources/export-format.md documents every key the exporter writes."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.core.qualities import Tag
from desktop.resources import resource
from desktop.services.exchange.document import (
    SECTIONS,
    ExportDocument,
    ExportedEntry,
    ExportedProfile,
    ExportedQuizResult,
    ExportedTimeSpan,
    to_json,
)


def test_every_key_written_is_documented() -> None:
    doc = resource("export-format.md").read_text(encoding="utf-8")
    document = ExportDocument(
        exported_at=datetime(2025, 1, 1, tzinfo=UTC), app_version="0", profile=ExportedProfile("p", "A", "#000000"),
        entries=(ExportedEntry("e", datetime(2025, 1, 1), "", "b", None, (Tag("trust", 1),), False, "A", True),),
        quiz_results=(ExportedQuizResult("q", "quiz", "Q", datetime(2025, 1, 1, tzinfo=UTC), {}, "c", None, False),),
        time_spans=(ExportedTimeSpan("s", "together", "me", "A", datetime(2025, 1, 1, tzinfo=UTC),
                                     datetime(2025, 1, 1, 1, tzinfo=UTC), "", "", "", (), False),),
    )  # fmt: skip
    data = to_json(document)
    keys = set(data) | set(data["entries"][0]) | set(data["quiz_results"][0]) | set(data["profile"])
    keys |= set(data["time_spans"][0])
    assert [key for key in sorted(keys) if f"`{key}`" not in doc] == []
    assert all(f"`{section}`" in doc for section in SECTIONS)
